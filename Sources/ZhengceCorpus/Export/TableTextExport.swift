import Foundation
import ZhengceCore

/// One export table as text: RFC 4180 CSV (header row, CRLF line ends, lists
/// joined by `;`) or JSON Lines (one object per row, keys in column order,
/// nulls written, lists as arrays of strings).
/// Goes to standard output as documents arrive, or to a file put in place on `commit`.
public final class TableTextExport: ExportWriter {
  public enum Format: String, Sendable, CaseIterable {
    case csv, jsonl
  }

  public let table: ExportTable
  public let format: Format
  private let output: TextOutput
  private var pending: String

  /// - Parameters:
  ///   - output: a file to replace, or nil for standard output.
  ///   - bom: start CSV with a UTF-8 byte-order mark, so Excel reads it as UTF-8.
  public init(table: ExportTable, format: Format, output: String?, bom: Bool = false) throws(ExportError) {
    self.table = table
    self.format = format
    self.output = try TextOutput(path: output)
    pending = format == .csv ? (bom ? "\u{FEFF}" : "") + Self.csvLine(table.columns.map { TextCells.csv($0.name) }) : ""
  }

  /// The document's rows as text lines.
  public var prepare: @Sendable (ParsedDocument) -> String {
    { [table, format] document in
      switch format {
      case .csv: table.rows(of: document).map { Self.csvLine($0.map(\.csvField)) }.joined()
      case .jsonl: table.typedRows(of: document).map { Self.jsonLine($0, table: table) }.joined()
      }
    }
  }

  public func add(_ lines: String) throws(ExportError) {
    pending += lines
    try flush()
  }

  public func commit() throws(ExportError) {
    try flush()
    try output.commit()
  }

  public func discard() {
    output.discard()
  }

  /// One row as a JSON object in column order, a list cell as an array; line end included.
  static func jsonLine(_ row: [ExportValue], table: ExportTable) -> String {
    let pairs = zip(table.columns, row).map { ExportValue.jsonString($0.name) + ":" + $1.json }
    return "{" + pairs.joined(separator: ",") + "}\n"
  }

  private static func csvLine(_ fields: [String]) -> String { fields.joined(separator: ",") + "\r\n" }

  private func flush() throws(ExportError) {
    try output.write(pending)
    pending = ""
  }
}
