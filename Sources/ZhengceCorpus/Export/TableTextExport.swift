import Foundation
import ZhengceCore

/// One export table as text: RFC 4180 CSV (header row, CRLF line ends) or
/// JSON Lines (one flat object per row, keys in column order, nulls written).
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

  public func add(_ document: ParsedDocument) throws(ExportError) {
    for row in table.rows(of: document) { pending += line(row) }
    try flush()
  }

  public func commit() throws(ExportError) {
    try flush()
    try output.commit()
  }

  public func discard() {
    output.discard()
  }

  /// The text of one row, line end included.
  func line(_ row: [ExportValue]) -> String {
    switch format {
    case .csv: return Self.csvLine(row.map(\.csvField))
    case .jsonl:
      let pairs = zip(table.columns, row).map { ExportValue.jsonString($0.name) + ":" + $1.json }
      return "{" + pairs.joined(separator: ",") + "}\n"
    }
  }

  private static func csvLine(_ fields: [String]) -> String { fields.joined(separator: ",") + "\r\n" }

  private func flush() throws(ExportError) {
    try output.write(pending)
    pending = ""
  }
}
