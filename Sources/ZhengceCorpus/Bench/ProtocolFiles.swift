import Foundation
import ZhengceSearch

/// The benchmark protocol's input files, as `zhengce bench --export` writes
/// them: the generated records and the query set, one JSON object a line, so
/// another engine (../shared/search_bench) indexes and answers the same.
public enum ProtocolFiles {
  /// Writes `records.jsonl` and `queries.jsonl` in `dir` (created if missing).
  /// - Throws: `IndexError.io` naming the directory or file that cannot be written.
  public static func write(_ records: [IndexRecord], _ queries: [BatchQuery], to dir: String) throws(IndexError) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory), !isDirectory.boolValue {
      throw .io(path: dir, reason: "not a directory (--export names a directory for records.jsonl and queries.jsonl)")
    }
    do {
      try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    } catch {
      throw .io(path: dir, reason: "cannot create directory")
    }
    var out = ""
    for r in records {
      out += "{\"id\": \(BatchQuery.jsonString(r.id)), \"province\": \(r.province.map(BatchQuery.jsonString) ?? "null"), "
      out += "\"doc\": \(BatchQuery.jsonString(r.document)), \"text\": \(BatchQuery.jsonString(r.text))}\n"
    }
    try save(out, to: dir + "/records.jsonl")
    out = ""
    for q in queries {
      let terms = q.terms.map(BatchQuery.jsonString).joined(separator: ", ")
      out += "{\"terms\": [\(terms)], \"province\": \(q.province.map(BatchQuery.jsonString) ?? "null"), \"limit\": \(q.limit)}\n"
    }
    try save(out, to: dir + "/queries.jsonl")
  }

  private static func save(_ text: String, to path: String) throws(IndexError) {
    do {
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
      throw .io(path: path, reason: "cannot write")
    }
  }
}
