/// Why a file cannot be read as a document (thrown; the CLI prints one line).
public enum SourceError: Error, Hashable, CustomStringConvertible {
  case missing(path: String)
  case isDirectory(path: String)
  case unreadable(path: String, reason: String)
  case empty(path: String)
  /// Decoded text that is only whitespace (blank lines, a BOM, spaces).
  case blank(path: String)
  case binary(path: String)
  /// Text in an encoding Zhengce does not read; `iconvName` is what to convert from.
  case unsupportedEncoding(path: String, found: String, iconvName: String)
  case undecodable(path: String, invalidBytes: Int)
  case unusable(path: String, reason: String)

  public var path: String {
    switch self {
    case .missing(let p), .isDirectory(let p), .unreadable(let p, _), .empty(let p), .blank(let p), .binary(let p),
      .unsupportedEncoding(let p, _, _), .undecodable(let p, _), .unusable(let p, _):
      return p
    }
  }

  /// One line naming the file (bytes that are not UTF-8 shown as `\xNN`) and the problem.
  public var description: String {
    let p = FileName.display(path)
    switch self {
    case .missing: return "\(p): no such file"
    case .isDirectory: return "\(p): is a directory with no documents (.txt, .htm, .html) in it"
    case .unreadable(_, let reason): return "\(p): cannot be read (\(reason))"
    case .empty: return "\(p): empty file"
    case .blank: return "\(p): no text, only whitespace"
    case .binary: return "\(p): binary data, not a text or HTML document"
    case .unsupportedEncoding(_, let found, let iconvName):
      return "\(p): \(found), not UTF-8 or GB18030; convert it first: iconv -f \(iconvName) -t UTF-8"
    case .undecodable(_, let n):
      return "\(p): neither UTF-8 nor GB18030 text (\(n) invalid byte sequences)"
    case .unusable(_, let reason): return "\(p): \(reason)"
    }
  }
}
