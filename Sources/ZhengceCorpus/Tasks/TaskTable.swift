import Foundation

/// Renders task rows as a register: CSV and Markdown with Chinese headers,
/// JSON Lines with snake_case keys, or a table sized to the terminal.
public enum TaskTable {
  public enum Format: String, Sendable, CaseIterable {
    case table, csv, markdown, json
  }

  /// A register column: its Chinese header (CSV, Markdown) and its cell; the
  /// JSON keys are `TaskRow`'s, in the same order (README: the mapping table).
  struct Column: Sendable {
    var header: String
    var cell: @Sendable (TaskRow) -> String
  }

  static let columns: [Column] = [
    Column(header: "文件") { $0.documentID },
    Column(header: "编号") { $0.path },
    Column(header: "标题") { $0.heading },
    Column(header: "角色") { role($0) },
    Column(header: "单位") { list($0.departments) },
    Column(header: "原文写法") { list($0.asWritten) },
    Column(header: "其他牵头单位") { list($0.coLeads) },
    Column(header: "配合单位") { list($0.supporters) },
    Column(header: "责任单位") { list($0.responsible) },
    Column(header: "完成时限") { $0.due?.date ?? "" },
    Column(header: "时限精度") { $0.due?.precision.rawValue ?? "" },
    Column(header: "时限原文") { $0.dueText ?? "" },
    Column(header: "指标") { list($0.commitments) },
    Column(header: "指标类型") { list($0.commitmentKinds.map { $0?.rawValue ?? "" }) },
    Column(header: "任务内容") { $0.text },
    Column(header: "更名") { row in
      list(row.renamed.map { r in "\(r.written) → \(r.current)" + (r.year.map { " (\($0))" } ?? "") })
    },
    Column(header: "措施编号") { $0.measureID },
    Column(header: "省份") { $0.province ?? "" },
    Column(header: "文件标题") { $0.title },
  ]

  /// The one separator of lists inside a CSV or table cell (a list's items may themselves hold 、).
  public static let listSeparator = ";"

  static func list(_ items: [String]) -> String { items.joined(separator: listSeparator) }

  /// `lead`, or `lead (分别)` when the bodies lead each on their own.
  static func role(_ row: TaskRow) -> String {
    list(row.roles) + (row.separately ? " (分别)" : "")
  }

  /// The selected departments, a renamed one with the name the text used: 省乡村振兴局 (原省扶贫办).
  private static func markedDepartments(_ row: TaskRow) -> String {
    list(row.departments.map { name in
      let written = row.renamed.filter { $0.current == name }.map(\.written)
      return written.isEmpty ? name : "\(name) (原\(written.joined(separator: "、")))"
    })
  }

  /// The rows in `format`; `bom` prefixes CSV with a UTF-8 byte-order mark for
  /// Excel; `width` is the terminal's, for the table.
  public static func render(_ rows: [TaskRow], format: Format, bom: Bool = false, width: Int? = nil) -> String {
    switch format {
    case .csv: (bom ? "\u{FEFF}" : "") + csv(rows)
    case .markdown: markdown(rows)
    case .json: JSONLines.encode(rows)
    case .table: table(rows, width: width)
    }
  }

  /// RFC 4180: CRLF line ends; fields with a comma, quote or line break are quoted, quotes doubled.
  static func csv(_ rows: [TaskRow]) -> String {
    ([columns.map(\.header)] + rows.map { row in columns.map { $0.cell(row) } })
      .map { $0.map(TextCells.csv).joined(separator: ",") + "\r\n" }.joined()
  }

  static func markdown(_ rows: [TaskRow]) -> String {
    func cell(_ text: String) -> String { TerminalTable.flat(text).replacingOccurrences(of: "|", with: "\\|") }
    var lines = ["| " + columns.map(\.header).joined(separator: " | ") + " |", "|" + String(repeating: " --- |", count: columns.count)]
    lines += rows.map { row in "| " + columns.map { cell($0.cell(row)) }.joined(separator: " | ") + " |" }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Document, path, role, department, then co-leads, supporters and due date
  /// when a row has them, and the whole task text, wrapped to the terminal.
  static func table(_ rows: [TaskRow], width: Int?) -> String {
    var columns: [(header: String, cell: (TaskRow) -> String)] = [
      ("文件", \.documentID), ("编号", \.path), ("角色", role), ("单位", markedDepartments),
    ]
    if rows.contains(where: { !$0.coLeads.isEmpty }) { columns.append(("其他牵头单位", { list($0.coLeads) })) }
    if rows.contains(where: { !$0.supporters.isEmpty }) { columns.append(("配合单位", { list($0.supporters) })) }
    if rows.contains(where: { $0.dueText != nil }) { columns.append(("完成时限", { $0.due?.date ?? $0.dueText ?? "" })) }
    columns.append(("任务内容", \.text))
    return TerminalTable(header: columns.map(\.header), rows: rows.map { row in columns.map { $0.cell(row) } }).render(width: width)
  }
}
