import Dispatch
import Foundation
import ZhengceCore
import ZhengceSearch

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Records given directly, one JSON object per line: `{"id", "province", "doc", "text"}`
/// (the benchmark protocol; `doc` and `province` may be null or absent, other keys are ignored).
///
/// The file is mapped and cut into line-aligned parts, one per core, each parsed on its own.
public enum RecordsFile {
  /// Every record of `path`, in order.
  /// - Throws: `IndexError.io` naming the file and line of the first bad record.
  public static func read(_ path: String) throws(IndexError) -> [IndexRecord] {
    var records: [IndexRecord] = []
    try inParts(path) { bytes, bounds in
      let parts = ConcurrentSlots<([IndexRecord], Failure?)>(count: bounds.count - 1)
      DispatchQueue.concurrentPerform(iterations: bounds.count - 1) { k in
        var records: [IndexRecord] = []
        let failure = parse(bytes.part(k, bounds)) { records.append($0) }
        parts.set(k, (records, failure))
      }
      for part in parts.written { records += part.0 }
      return parts.written.map(\.1)
    }
    return records
  }

  /// Analyses every record of `path` into `writer`: the file is read a window
  /// of `writer.batchTextBytes` at a time (the whole file without a memory
  /// budget), each window's parts parsed and analysed on a core of their own,
  /// with no list of all records in between; the pages of a window are
  /// dropped from memory once it is analysed.
  /// - Throws: `IndexError.io` naming the file and line of the first bad record;
  ///   `writer` then holds some of the records and is not to be committed.
  public static func add(_ path: String, to writer: IndexWriter) throws(IndexError) {
    try inParts(path, window: writer.batchTextBytes) { bytes, bounds in
      let failures = ConcurrentSlots<Failure?>(count: bounds.count - 1)
      writer.add(parts: bounds.count - 1) { k, add in failures.set(k, parse(bytes.part(k, bounds), add)) }
      return failures.written
    }
  }

  /// A bad line: its number within its part, and what is wrong with it.
  private typealias Failure = (line: Int, reason: String)

  /// Maps `path`, cuts each window of about `window` bytes into parts and runs
  /// `body` on them, which returns each part's failure; the first one is
  /// thrown with its line number in the file.
  private static func inParts(
    _ path: String, window: Int = Int.max, _ body: (MappedBytes, [Int]) -> [Failure?]
  ) throws(IndexError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .io(path: path, reason: "no such file")
    }
    if isDirectory.boolValue { throw .io(path: path, reason: "is a directory, not a records file") }
    let bytes = try MappedBytes(path)
    let buffer = bytes.buffer
    var start = 0
    repeat {
      let end = lineEnd(buffer, after: start + min(window, buffer.count - start))
      let bounds = partBounds(buffer, start..<end, parts: Cores.available)
      for (k, failure) in body(bytes, bounds).enumerated() {
        guard let (line, reason) = failure else { continue }
        let before = buffer[..<bounds[k]].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        throw .io(path: "\(path):\(before + line)", reason: reason)
      }
      bytes.release(upTo: end)
      start = end
    } while start < buffer.count
  }

  /// The offset just after the first line break at or after `offset` (the end when there is none).
  private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, after offset: Int) -> Int {
    var cut = offset
    while cut < bytes.count, bytes[cut] != 0x0A { cut += 1 }
    return min(bytes.count, cut + 1)
  }

  /// Offsets cutting `range` of `bytes` into about `parts` pieces, each cut just after a line break.
  private static func partBounds(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, parts: Int) -> [Int] {
    var bounds = [range.lowerBound]
    for k in 1..<max(1, parts) {
      let cut = lineEnd(bytes, after: max(bounds[bounds.count - 1], range.lowerBound + range.count * k / parts))
      if cut < range.upperBound { bounds.append(cut) }
    }
    bounds.append(range.upperBound)
    return bounds
  }

  /// Gives each record of `bytes` to `add`, in order; returns the first bad line, if any.
  private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ add: (IndexRecord) -> Void) -> Failure? {
    var start = 0
    var line = 0
    while start < bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      line += 1
      let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
      start = end + 1
      if slice.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
      guard let object = FlatJSON.parse(slice) else { return (line, "not a JSON object") }
      guard case .string(let id) = object["id"], case .string(let text) = object["text"] else {
        return (line, "record needs string \"id\" and \"text\"")
      }
      guard let doc = optionalString(object, "doc"), let province = optionalString(object, "province") else {
        let key = optionalString(object, "doc") == nil ? "doc" : "province"
        return (line, "\"\(key)\" must be a string or null")
      }
      add(IndexRecord(id: id, document: doc ?? "", province: province, text: text))
    }
    return nil
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

/// A records file mapped read-only, shared by the workers that parse its parts.
private struct MappedBytes: @unchecked Sendable {
  private let mapping: ReadOnlyMapping
  var buffer: UnsafeBufferPointer<UInt8> { mapping.bytes.assumingMemoryBound(to: UInt8.self) }

  init(_ path: String) throws(IndexError) {
    // Non-blocking, so that a FIFO is refused instead of waited on.
    let fd = open(path, O_RDONLY | O_NONBLOCK)
    guard fd >= 0 else { throw .io(path: path, reason: "cannot read records file") }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .io(path: path, reason: "cannot read records file") }
    guard info.st_mode & S_IFMT == S_IFREG else { throw .io(path: path, reason: "not a regular file") }
    guard let mapping = ReadOnlyMapping(descriptor: fd, size: Int(info.st_size)) else {
      throw .io(path: path, reason: "cannot read records file")
    }
    self.mapping = mapping
  }

  /// Part `k` of the file cut at `bounds`.
  func part(_ k: Int, _ bounds: [Int]) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: buffer[bounds[k]..<bounds[k + 1]])
  }

  /// Drops the mapped pages before `offset` from the process's memory (they are read again if touched).
  func release(upTo offset: Int) { mapping.release(upTo: offset) }
}
