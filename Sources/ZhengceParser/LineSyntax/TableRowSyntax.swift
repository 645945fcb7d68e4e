import ZhengceCore

/// The lines of a task-division table (任务分工表) as the normaliser gives them:
/// a line per row with TAB-separated cells (how `ZhengceHTML` lays out a table,
/// how tables pasted from an office document arrive, and what `SpaceTable` makes
/// of a table laid out with spaces). A header row names a department column
/// (牵头单位, 责任部门, 配合单位 …); the rows under it are tasks, possibly grouped
/// under category rows (`TableRowSyntax.group`). Both the normaliser and the
/// outline read table lines with these rules; the outline turns them into a
/// `TableNode` once.
enum TableRowSyntax {
  /// Whether `line` is the header row of a task table.
  static func isHeader(_ line: [Unicode.Scalar]) -> Bool {
    // Every paragraph is asked: one without cells is no header, and is not copied into cells.
    guard line.contains("\t") else { return false }
    let cells = cells(of: line)
    return cells.count >= 2 && cells.contains(where: isDepartmentColumn)
  }

  /// Whether `line` is a row of a table (it has cells).
  static func isRow(_ line: [Unicode.Scalar]) -> Bool { line.contains("\t") }

  static func cells(of line: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
    line.split(separator: "\t", omittingEmptySubsequences: false).map(Array.init)
  }

  /// Where each cell of `line` is, from its start (empty cells keep their column).
  static func cellRanges(of line: [Unicode.Scalar]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var from = 0
    for i in 0...line.count where i == line.count || line[i] == "\t" {
      out.append(from..<i)
      from = i + 1
    }
    return out
  }

  /// What a header cell says its column holds.
  static func column(of cell: [Unicode.Scalar]) -> TableColumn? {
    let compact = cell.filter { $0 != " " && $0 != "\u{3000}" }
    if compact == Array("序号".unicodeScalars) || compact == Array("编号".unicodeScalars) { return .number }
    if isDepartmentColumn(cell) { return .departments }
    return isDueColumn(compact) ? .due : nil
  }

  /// 牵头单位, 责任部门, 配合单位, 主要责任单位, 牵 头 单 位 …: a short cell ending
  /// in 单位 or 部门 that says which part a department plays.
  private static func isDepartmentColumn(_ cell: [Unicode.Scalar]) -> Bool {
    let cell = cell.count > 8 || cell.contains(" ") || cell.contains("\u{3000}") ? cell.filter { $0 != " " && $0 != "\u{3000}" } : cell
    guard cell.count >= 4, cell.count <= 8 else { return false }
    let tail = String(scalars: Array(cell.suffix(2)))
    guard tail == "单位" || tail == "部门" else { return false }
    let text = String(scalars: cell)
    return roleWords.contains { text.contains($0) }
  }

  private static let roleWords = ["牵头", "责任", "配合", "参与", "协同", "协办", "主办", "承办", "实施"]

  /// 完成时限, 完成时间, 时间节点, 完成期限, 时限要求 …
  private static func isDueColumn(_ cell: [Unicode.Scalar]) -> Bool {
    guard cell.count <= 8 else { return false }
    let text = String(scalars: cell)
    return text.contains("时限") || text.contains("期限") || text.contains("时间") || text.contains("节点")
  }
}
