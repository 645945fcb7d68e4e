import ZhengceCore

/// A task-division table (任务分工表) as a line per row with TAB-separated
/// cells (how `ZhengceHTML` lays out a table, and how tables pasted from an
/// office document arrive): a header row that names a department column
/// (牵头单位, 责任部门, 配合单位 …), then one row per task. Each row is a
/// measure of its own; the departments stage reads its roles from the header.
/// Its rows may be grouped under category rows (`TaskTable.group`).
enum TaskTable {
  /// Whether `line` is the header row of a task table.
  static func isHeader(_ line: [Unicode.Scalar]) -> Bool {
    // Every paragraph is asked: one without cells is no header, and is not copied into cells.
    guard line.contains("\t") else { return false }
    let cells = cells(of: line)
    return cells.count >= 2 && cells.contains(where: isDepartmentColumn)
  }

  /// Whether `line` is a row of a table (it has cells).
  static func isRow(_ line: [Unicode.Scalar]) -> Bool { line.contains("\t") }

  /// The row's marker: its number when the first cell is one (序号), else the number after the previous row's.
  static func marker(of row: [Unicode.Scalar], after previous: Int) -> Marker {
    let first = cells(of: row).first ?? []
    if !first.isEmpty, first.count <= 4, first.allSatisfy(ScalarClass.isDigit), let n = Int(String(scalars: first)) {
      return Marker(style: .arabic, label: String(n), ordinal: n)
    }
    return Marker(style: .arabic, label: String(previous + 1), ordinal: previous + 1)
  }

  /// The row's heading: the heading of its first cell that is not its number.
  static func title(of row: [Unicode.Scalar]) -> String {
    let cells = cells(of: row)
    let task = cells.first { cell in !cell.isEmpty && !cell.allSatisfy(ScalarClass.isDigit) } ?? []
    return Heading(task[...]).title
  }

  static func cells(of line: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
    line.split(separator: "\t", omittingEmptySubsequences: false).map(Array.init)
  }

  /// 牵头单位, 责任部门, 配合单位, 主要责任单位 …: a short cell ending in 单位 or 部门
  /// that says which part a department plays.
  private static func isDepartmentColumn(_ cell: [Unicode.Scalar]) -> Bool {
    guard cell.count >= 4, cell.count <= 8 else { return false }
    let tail = String(scalars: Array(cell.suffix(2)))
    guard tail == "单位" || tail == "部门" else { return false }
    let text = String(scalars: cell)
    return roleWords.contains { text.contains($0) }
  }

  private static let roleWords = ["牵头", "责任", "配合", "参与", "协同", "协办", "主办", "承办"]
}
