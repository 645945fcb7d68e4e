import ZhengceCore

/// Keeps the TABs of a task table's group rows (`TaskTable.group`).
///
/// A category row spanning a table (`一、加快基础设施建设⇥⇥⇥⇥`, as `ZhengceHTML`
/// and `SpaceTable` write one) has its text in one cell; trimmed like any line
/// it would lose its TABs and end the table. `keep` gives back such a line
/// with its TABs when it follows a row of a task table, and `settle` then
/// trims again every one that is not a group row after all: one that no task
/// row follows, or that is not in a task table (after its header).
enum GroupRows {
  /// `line` (trimmed from `folded`) with the TABs before and after its text,
  /// when it may be a group row of the table `out` ends with; else nil.
  static func keep(_ line: TextLine, folded: [Unicode.Scalar], sources: [Int32], after out: [TextLine]) -> TextLine? {
    guard folded.contains("\t"), !line.scalars.contains("\t"), let last = out.last, last.scalars.contains("\t"),
      let marker = MarkerScanner.marker(in: line.scalars), TaskTable.isGroupStyle(marker.marker.style),
      !TextNormalizer.continues(line.scalars)
    else { return nil }
    guard let first = folded.firstIndex(where: { !TextNormalizer.isBlank($0) }),
      let end = folded.lastIndex(where: { !TextNormalizer.isBlank($0) })
    else { return nil }
    var kept = line
    let before = folded[..<first].indices.filter { folded[$0] == "\t" }
    let after = folded[(end + 1)...].indices.filter { folded[$0] == "\t" }
    kept.scalars = before.map { _ in "\t" } + line.scalars + after.map { _ in "\t" }
    kept.sources = before.map { sources[$0] } + line.sources + after.map { sources[$0] }
    return kept
  }

  /// Trims the TABs `keep` kept from every line that is not a group row of a task table.
  static func settle(_ lines: inout [TextLine]) {
    var inTaskTable = false
    for k in lines.indices {
      let scalars = lines[k].scalars
      guard scalars.contains("\t") else {
        inTaskTable = false
        continue
      }
      if TaskTable.isHeader(scalars) {
        inTaskTable = true
        continue
      }
      guard TaskTable.group(of: scalars) != nil else { continue }
      let next = k + 1 < lines.count ? lines[k + 1].scalars : nil
      if inTaskTable, TaskTable.isGroup(scalars, before: next) { continue }
      trim(&lines[k])
      inTaskTable = false
    }
  }

  private static func trim(_ line: inout TextLine) {
    guard let first = line.scalars.firstIndex(where: { $0 != "\t" }),
      let last = line.scalars.lastIndex(where: { $0 != "\t" })
    else { return }
    line.scalars = Array(line.scalars[first...last])
    line.sources = Array(line.sources[first...last])
  }
}
