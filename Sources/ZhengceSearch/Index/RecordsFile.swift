import Foundation

/// Records given directly, one JSON object per line: `{"id", "province", "doc", "text"}`
/// (the benchmark protocol; `doc` and `province` may be null or absent, other keys are ignored).
public enum RecordsFile {
  /// Reads every record of `path`.
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
    var records: [IndexRecord] = []
    var failure: IndexError?
    data.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      var start = 0
      var line = 0
      while start < bytes.count, failure == nil {
        var end = start
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        line += 1
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        start = end + 1
        if slice.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
        guard let object = FlatJSON.parse(slice) else {
          failure = .io(path: "\(path):\(line)", reason: "not a JSON object")
          break
        }
        guard case .string(let id) = object["id"], case .string(let text) = object["text"] else {
          failure = .io(path: "\(path):\(line)", reason: "record needs string \"id\" and \"text\"")
          break
        }
        guard let doc = optionalString(object, "doc"), let province = optionalString(object, "province") else {
          let key = optionalString(object, "doc") == nil ? "doc" : "province"
          failure = .io(path: "\(path):\(line)", reason: "\"\(key)\" must be a string or null")
          break
        }
        records.append(IndexRecord(id: id, document: doc ?? "", province: province, text: text))
      }
    }
    if let failure { throw failure }
    return records
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
