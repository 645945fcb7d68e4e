import Foundation
import ZhengceCore
import ZhengceHTML

/// One input line of `zhengce parse --json --stdin`: a document named by its
/// path, or sent as its bytes in base64 (what a cluster job streams through
/// the program), with the id its result should carry.
///
/// `{"path": "湖南/方案.txt"}` reads the file (id: its stem, unless `id` is given);
/// `{"id": "d1", "base64": "…", "path": "d1.html"}` parses the bytes, and the
/// optional `path` names them (its extension tells a web page from text).
public struct DocumentRecord: Sendable {
  public var id: String?
  public var path: String?
  public var bytes: [UInt8]?

  /// Why an input line is not a record; the message says what was expected.
  public struct Problem: Error, CustomStringConvertible {
    /// The line's `id`, when it has a readable one.
    public var id: String?
    public var description: String
  }

  /// Reads one input line.
  /// - Throws: `Problem` when the line is not a JSON object with `base64` or `path`.
  public init(line: String) throws(Problem) {
    guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
      throw Problem(description: "not a JSON object: one {\"id\": …, \"base64\": …} or {\"path\": …} per line")
    }
    let id = try Self.string(object, "id", of: nil)
    self.id = id
    path = try Self.string(object, "path", of: id)
    if let encoded = try Self.string(object, "base64", of: id) {
      guard let data = Data(base64Encoded: encoded) else {
        throw Problem(id: id, description: "\"base64\" is not base64")
      }
      guard id != nil || path != nil else { throw Problem(description: "\"base64\" needs an \"id\" (or a \"path\" to name it)") }
      bytes = [UInt8](data)
    } else if path == nil {
      throw Problem(id: id, description: "needs \"base64\" (the document's bytes) or \"path\"")
    }
  }

  /// What names the document in its source and in errors: the path, else the id.
  public var name: String { path ?? id ?? "" }

  /// The document's text: the bytes sent, else the file at `path`.
  /// - Parameter html: reads a web page, with its size limit.
  public func load(html: HTMLReader = HTMLReader()) throws(SourceError) -> SourceText {
    if let bytes { return try DocumentLoader.load(bytes: bytes, path: name, html: html) }
    return try DocumentLoader.load(name, html: html)
  }

  /// The string at `key`, nil when absent or null; `id` names the record in the error.
  private static func string(_ object: [String: Any], _ key: String, of id: String?) throws(Problem) -> String? {
    guard let value = object[key], !(value is NSNull) else { return nil }
    guard let text = value as? String, !text.isEmpty else { throw Problem(id: id, description: "\"\(key)\" must be a non-empty string") }
    return text
  }
}
