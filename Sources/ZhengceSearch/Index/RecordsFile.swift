import Dispatch
import Foundation

/// Records given directly, one JSON object per line: `{"id", "province", "doc", "text"}`
/// (the benchmark protocol; `doc` and `province` may be null or absent, other keys are ignored).
public enum RecordsFile {
  /// Reads every record of `path`, parsing line-aligned parts of the file on every core.
  /// - Throws: `IndexError.io` naming the file and line of the first bad record.
  public static func read(_ path: String) throws(IndexError) -> [IndexRecord] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .io(path: path, reason: "no such file")
    }
    if isDirectory.boolValue { throw .io(path: path, reason: "is a directory, not a records file") }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .io(path: path, reason: "cannot read records file")
    }
    let (records, failure) = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> ([IndexRecord], IndexError?) in
      let bytes = ReadOnlyBytes(buffer: raw.bindMemory(to: UInt8.self))
      let bounds = partBounds(bytes.buffer, parts: ProcessInfo.processInfo.activeProcessorCount)
      let parsed = UnsafeSlots<Part>(count: bounds.count - 1)
      DispatchQueue.concurrentPerform(iterations: bounds.count - 1) { k in
        parsed.set(k, parse(UnsafeBufferPointer(rebasing: bytes.buffer[bounds[k]..<bounds[k + 1]])))
      }
      var records: [IndexRecord] = []
      for (k, part) in parsed.values.enumerated() {
        if let (line, reason) = part.failure {
          let before = bytes.buffer[..<bounds[k]].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
          return (records, IndexError.io(path: "\(path):\(before + line)", reason: reason))
        }
        records += part.records
      }
      return (records, nil)
    }
    if let failure { throw failure }
    return records
  }

  /// The file's bytes, read by every worker while the mapping is alive.
  private struct ReadOnlyBytes: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<UInt8>
  }

  /// The records of one part of the file, or its first bad line (counted from the part's start).
  private struct Part {
    var records: [IndexRecord] = []
    var failure: (line: Int, reason: String)?
  }

  /// Offsets cutting `bytes` into about `parts` pieces, each cut just after a line break.
  private static func partBounds(_ bytes: UnsafeBufferPointer<UInt8>, parts: Int) -> [Int] {
    var bounds = [0]
    for k in 1..<max(1, parts) {
      var cut = max(bounds[bounds.count - 1], bytes.count * k / parts)
      while cut < bytes.count, bytes[cut] != 0x0A { cut += 1 }
      if cut < bytes.count { bounds.append(cut + 1) }
    }
    bounds.append(bytes.count)
    return bounds
  }

  private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Part {
    var part = Part()
    var start = 0
    var line = 0
    while start < bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      line += 1
      let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
      start = end + 1
      if slice.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
      guard let object = FlatJSON.parse(slice) else {
        part.failure = (line, "not a JSON object")
        break
      }
      guard case .string(let id) = object["id"], case .string(let text) = object["text"] else {
        part.failure = (line, "record needs string \"id\" and \"text\"")
        break
      }
      guard let doc = optionalString(object, "doc"), let province = optionalString(object, "province") else {
        let key = optionalString(object, "doc") == nil ? "doc" : "province"
        part.failure = (line, "\"\(key)\" must be a string or null")
        break
      }
      part.records.append(IndexRecord(id: id, document: doc ?? "", province: province, text: text))
    }
    return part
  }

  /// `.some(nil)` when `key` is null or absent, `.some(value)` for a string, nil for any other value.
  private static func optionalString(_ object: [String: FlatJSON.Value], _ key: String) -> String?? {
    switch object[key] {
    case .string(let value): return .some(value)
    case .null, nil: return .some(nil)
    case .other: return nil
    }
  }
}
