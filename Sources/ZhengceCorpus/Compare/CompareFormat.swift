import Foundation

/// The output formats of `zhengce compare`.
public enum CompareFormat: String, Sendable, CaseIterable {
  case table, markdown, csv, json, html

  /// The comparison in this format; JSON is pretty-printed with sorted keys
  /// (a comparison is one object, not a stream of records). `terminalWidth`
  /// fits the table; `bom` starts CSV with a byte-order mark for Excel.
  public func render(_ comparison: Comparison, terminalWidth: Int? = nil, bom: Bool = false) throws -> String {
    switch self {
    case .table: return CompareTableRenderer(terminalWidth: terminalWidth).render(comparison)
    case .markdown: return CompareMarkdownRenderer().render(comparison)
    case .csv: return (bom ? "\u{FEFF}" : "") + CompareCSVRenderer().render(comparison)
    case .html: return CompareHTMLRenderer().render(comparison)
    case .json:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      return String(decoding: try encoder.encode(comparison), as: UTF8.self) + "\n"
    }
  }
}
