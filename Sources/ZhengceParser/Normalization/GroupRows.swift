import ZhengceCore

/// Keeps the TABs of a task table's group rows (`TableRowSyntax.group`).
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
    // Cheap tests first: a marker reads only the first scalars, and unmarked headings are short.
    let marked = MarkerScanner.marker(in: line.scalars).map { TableRowSyntax.isGroupStyle($0.marker.style) }
    guard marked ?? TableRowSyntax.isCategoryHeading(line.scalars[...]), !TextNormalizer.continues(line.scalars),
      let last = out.last, last.scalars.contains("\t"), !TextNormalizer.continues(last.scalars),
      folded.contains("\t"), !line.scalars.contains("\t"),
      let first = folded.firstIndex(where: { !TextNormalizer.isBlank($0) }),
      let end = folded.lastIndex(where: { !TextNormalizer.isBlank($0) })
    else { return nil }
    // An unmarked heading stands in the first cell, where the row's number would.
    guard marked != nil || !folded[..<first].contains("\t") else { return nil }
    var kept = line
    let before = folded[..<first].indices.filter { folded[$0] == "\t" }
    let after = folded[(end + 1)...].indices.filter { folded[$0] == "\t" }
    kept.scalars = before.map { _ in "\t" } + line.scalars + after.map { _ in "\t" }
    kept.sources = before.map { sources[$0] } + line.sources + after.map { sources[$0] }
    return kept
  }

  /// Trims the TABs `keep` kept from every line that is not a group row of a task table.
  static func settle(_ lines: inout [TextLine]) {
    // The last group row kept, and whether its table is numbered: the rows down to it are in its table.
    var kept = (line: -1, numbered: false)
    for k in lines.indices {
      // A kept line starts or ends with a TAB, and has one cell (a row `clean` trimmed has two at least).
      guard let first = lines[k].scalars.first, let last = lines[k].scalars.last, first == "\t" || last == "\t",
        TableRowSyntax.onlyCell(of: lines[k].scalars) != nil
      else { continue }
      let next = k + 1 < lines.count ? lines[k + 1].scalars : nil
      if let numbered = table(lines, above: k, kept: kept),
        TableRowSyntax.isGroup(lines[k].scalars, before: next, numbered: numbered) {
        kept = (k, numbered)
      } else {
        trim(&lines[k])
      }
    }
  }

  /// Whether the table the rows right above line `k` (a run of lines with TABs)
  /// belong to is numbered, when they start at a task table's header or at the
  /// group row `kept`; nil when they are no task table's. A line `settle` looked
  /// at before ends the walk (kept, or trimmed and without TABs): each row is read once.
  private static func table(_ lines: [TextLine], above k: Int, kept: (line: Int, numbered: Bool)) -> Bool? {
    var j = k - 1
    while j >= 0, lines[j].scalars.contains("\t") {
      if j == kept.line { return kept.numbered }
      if TableRowSyntax.isHeader(lines[j].scalars) {
        // The first line of a header of two rows names the 序号 column.
        var top = j
        while top > 0, TableRowSyntax.isHeader(lines[top - 1].scalars) { top -= 1 }
        return TableRowSyntax.isNumbered(header: lines[top].scalars)
      }
      j -= 1
    }
    return nil
  }

  private static func trim(_ line: inout TextLine) {
    guard let first = line.scalars.firstIndex(where: { $0 != "\t" }),
      let last = line.scalars.lastIndex(where: { $0 != "\t" })
    else { return }
    line.scalars = Array(line.scalars[first...last])
    line.sources = Array(line.sources[first...last])
  }
}
