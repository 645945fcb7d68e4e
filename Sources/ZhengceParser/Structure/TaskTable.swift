import ZhengceCore

/// A task-division table (任务分工表) as a line per row with TAB-separated
/// cells (how `ZhengceHTML` lays out a table, and how tables pasted from an
/// office document arrive): a header row that names a department column
/// (牵头单位, 责任部门, 配合单位 …), then one row per task. Each row is a
/// measure of its own; the departments stage reads its roles from the header.
///
/// Rows may be grouped under category rows (`isGroup`): a row whose one
/// non-empty cell starts with a section marker (一、 (一) 第X章), spanning the
/// table (`一、加快基础设施建设⇥⇥⇥⇥`) or in the task column with an empty 序号
/// (`⇥一、加快基础设施建设⇥⇥⇥`). A group row is a block of its own and the task
/// rows below it, to the next group row or the table's end, are its children.
/// It is a group only when a task row follows it (`isGroup(_:before:)`): one
/// that a header, another group, or text without cells follows ends the table.
/// A cell with a number alone, a task whose text starts with 一是, or a row
/// with text in two cells (a number and a task) is never a group.
enum TaskTable {
  /// Whether `line` is the header row of a task table.
  static func isHeader(_ line: [Unicode.Scalar]) -> Bool {
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

  /// A group row's heading: its marker and where its text starts in the row.
  struct Group {
    var marker: Marker
    /// Index in the row of the first scalar of the heading's text (after the marker).
    var textStart: Int
    /// Index in the row just past the heading's text.
    var textEnd: Int
  }

  /// The group heading of `row`, when its only non-empty cell starts with a
  /// section marker (一、 (一) 第X章) followed by text; nil for any other row.
  static func group(of row: [Unicode.Scalar]) -> Group? {
    guard row.contains("\t") else { return nil }
    var start = -1
    var end = 0
    var k = 0
    while k < row.count {
      guard row[k] != "\t" else {
        k += 1
        continue
      }
      // A second non-empty cell: a row of tasks.
      guard start < 0 else { return nil }
      start = k
      while k < row.count, row[k] != "\t" { k += 1 }
      end = k
    }
    guard start >= 0, let match = MarkerScanner.marker(in: Array(row[start..<end])), isGroupStyle(match.marker.style),
      start + match.length < end
    else { return nil }
    return Group(marker: match.marker, textStart: start + match.length, textEnd: end)
  }

  /// Whether `row` is a group row in its table: a group heading followed by a task row.
  static func isGroup(_ row: [Unicode.Scalar], before next: [Unicode.Scalar]?) -> Bool {
    guard group(of: row) != nil, let next else { return false }
    return isRow(next) && !isHeader(next) && group(of: next) == nil
  }

  /// Marker styles a category row opens with: 一、 (一) 第一章 第一部分 (an annex or 第X条 ends a table).
  static func isGroupStyle(_ style: MarkerStyle) -> Bool { style == .cn || style == .cnParen || style == .chapter }

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
