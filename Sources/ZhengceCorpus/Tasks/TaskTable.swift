import Foundation

/// Renders task rows as an aligned table, RFC 4180 CSV, Markdown or JSON.
public enum TaskTable {
  public enum Format: String, Sendable, CaseIterable {
    case table, csv, markdown, json
  }

  static let header = [
    "document", "path", "heading", "role", "department", "as written", "other leads", "supporters", "responsible", "deadlines",
    "commitments", "excerpt", "renamed",
  ]

  /// One row's fields; `marked` writes a renamed department with the name the text used: 省乡村振兴局 (原省扶贫办).
  static func cells(_ row: TaskRow, marked: Bool = false) -> [String] {
    [
      row.document, row.path, row.heading, row.role, departments(row, marked: marked), row.written.joined(separator: "、"),
      row.leads.joined(separator: "、"),
      row.supporters.joined(separator: "、"), row.responsible.joined(separator: "、"), row.deadlines.joined(separator: "、"),
      row.commitments.joined(separator: "; "), row.excerpt,
      row.renamed.map { r in "\(r.written) → \(r.current)" + (r.year.map { " (\($0))" } ?? "") }.joined(separator: "; "),
    ]
  }

  private static func departments(_ row: TaskRow, marked: Bool) -> String {
    row.departments.map { name in
      let written = row.renamed.filter { $0.current == name }.map(\.written)
      return !marked || written.isEmpty ? name : "\(name) (原\(written.joined(separator: "、")))"
    }.joined(separator: "、")
  }

  /// The rows in `format`; `bom` prefixes CSV with a UTF-8 byte-order mark for Excel.
  public static func render(_ rows: [TaskRow], format: Format, bom: Bool = false) -> String {
    switch format {
    case .csv: (bom ? "\u{FEFF}" : "") + csv(rows)
    case .markdown: markdown(rows)
    case .json: json(rows)
    case .table: table(rows)
    }
  }

  /// RFC 4180: CRLF line ends; fields with a comma, quote or line break are quoted, quotes doubled.
  static func csv(_ rows: [TaskRow]) -> String {
    return ([header] + rows.map { cells($0) }).map { $0.map(TextCells.csv).joined(separator: ",") + "\r\n" }.joined()
  }

  static func markdown(_ rows: [TaskRow]) -> String {
    func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
    var lines = ["| " + header.joined(separator: " | ") + " |", "|" + String(repeating: " --- |", count: header.count)]
    lines += rows.map { "| " + cells($0).map(cell).joined(separator: " | ") + " |" }
    return lines.joined(separator: "\n") + "\n"
  }

  static func json(_ rows: [TaskRow]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
    guard let data = try? encoder.encode(rows) else { return "[]\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// Columns padded by display width (CJK characters are two columns wide); the
  /// deadlines column only when a row has one (a task table's 完成时限, a target date).
  static func table(_ rows: [TaskRow]) -> String {
    let shown = [0, 1, 3, 4, 6, 7] + (rows.contains { !$0.deadlines.isEmpty } ? [9] : []) + [11]
    let grid = ([header] + rows.map { cells($0, marked: true) }).map { row in shown.map { clip(row[$0], to: 40) } }
    var widths = [Int](repeating: 0, count: shown.count)
    for row in grid { for (k, cell) in row.enumerated() { widths[k] = max(widths[k], TextCells.width(cell)) } }
    return grid.map { row in
      row.enumerated().map { k, cell in
        k == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[k] - TextCells.width(cell))
      }.joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
  }

  /// `text` cut to `width` display columns, with … when cut.
  static func clip(_ text: String, to width: Int) -> String {
    guard TextCells.width(text) > width else { return text }
    var out = String.UnicodeScalarView()
    var used = 0
    for scalar in text.unicodeScalars {
      let w = TextCells.width(scalar)
      if used + w > width - 1 { break }
      out.append(scalar)
      used += w
    }
    return String(out) + "…"
  }
}
