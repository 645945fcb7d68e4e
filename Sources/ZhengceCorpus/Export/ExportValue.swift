import Foundation

/// One cell of an exported row: what SQLite stores, CSV prints and JSON Lines writes.
public enum ExportValue: Sendable, Hashable {
  case null
  case integer(Int)
  case real(Double)
  case text(String)
  case bool(Bool)
  /// A list of strings (issuers, topics): a list in JSON Lines and the typed stream, joined by `;` in SQLite and CSV.
  case list([String])

  /// Lists inside a cell are joined by the one separator every CSV of zhengce uses
  /// (an item may itself hold 、).
  static let listSeparator = TaskTable.listSeparator

  /// The cell with a list joined by `;`; other cells as they are.
  var joined: ExportValue {
    if case .list(let items) = self { return .text(items.joined(separator: Self.listSeparator)) }
    return self
  }

  /// `nil` becomes `.null`.
  static func orNull(_ value: String?) -> ExportValue { value.map { .text($0) } ?? .null }
  static func orNull(_ value: Double?) -> ExportValue { value.map { .real($0) } ?? .null }
  static func orNull(_ value: Int?) -> ExportValue { value.map { .integer($0) } ?? .null }

  /// The CSV field, quoted when needed: empty for null, `true`/`false`, 2400000 rather than 2400000.0.
  var csvField: String {
    switch self {
    case .null: ""
    case .integer(let n): String(n)
    case .real(let v): TextCells.csv(TextCells.number(v))
    case .text(let s): TextCells.csv(s)
    case .bool(let b): b ? "true" : "false"
    case .list: joined.csvField
    }
  }

  /// The JSON value: a string, a number, `true`/`false` or `null` (also for a non-finite number);
  /// a list is an array of strings.
  var json: String {
    switch self {
    case .null: "null"
    case .integer(let n): String(n)
    case .real(let v): v.isFinite ? TextCells.number(v) : "null"
    case .text(let s): Self.jsonString(s)
    case .bool(let b): b ? "true" : "false"
    case .list(let items): "[" + items.map(Self.jsonString).joined(separator: ",") + "]"
    }
  }

  /// `s` as a JSON string literal: quotes, backslashes and control characters escaped, the rest as is.
  static func jsonString(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    out.append("\"")
    for u in s.unicodeScalars {
      switch u {
      case "\"": out.append(contentsOf: "\\\"".unicodeScalars)
      case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
      case "\n": out.append(contentsOf: "\\n".unicodeScalars)
      case "\r": out.append(contentsOf: "\\r".unicodeScalars)
      case "\t": out.append(contentsOf: "\\t".unicodeScalars)
      case _ where u.value < 0x20:
        let hex = String(u.value, radix: 16)
        out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
      default: out.append(u)
      }
    }
    out.append("\"")
    return String(out)
  }
}
