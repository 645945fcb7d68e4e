import ZhengceCore

/// Category rows of a task table: a row whose one non-empty cell is a heading
/// is a group row, a block of its own; the task rows below it, to the next
/// group row or the table's end, are its children.
///
/// - The cell starts with a section marker (一、 (一) 第X章) and text follows:
///   spanning the table (`一、加快基础设施建设⇥⇥⇥⇥`) or in the task column with
///   an empty 序号 (`⇥一、加快基础设施建设⇥⇥⇥`). The marker is the block's.
/// - Or, in a table whose first column is 序号 (or 编号), the cell is the first
///   and a short heading (2 to `maximumUnmarked` scalars, no 。;:!? and no
///   comma, not a number): where the row's number would be, only a category
///   can stand. It is numbered 一, 二 … in its table.
/// - It is a group only when a task row follows it (`isGroup`): one that a
///   header, another group, or a line without cells follows ends the table,
///   and an unmarked one needs a numbered row after it.
///
/// A cell with a number alone, a task whose text starts with 一是, a task in
/// the task column with an empty 序号 and no marker, and a row with text in two
/// cells (a number and a task) are never groups.
extension TableRowSyntax {
  /// A group row's heading: its marker (nil when the table numbers it) and where its text is in the row.
  struct Group {
    var marker: Marker?
    /// Index in the row of the first scalar of the heading's text (after the marker).
    var textStart: Int
    /// Index in the row just past the heading's text.
    var textEnd: Int
  }

  /// Unmarked category headings are short: longer text is a task's.
  static let maximumUnmarked = 20

  /// The group heading of `row`, when its only non-empty cell is one; `numbered`
  /// when the table's first column is 序号 (`isNumbered`).
  static func group(of row: [Unicode.Scalar], numbered: Bool) -> Group? {
    guard let range = onlyCell(of: row) else { return nil }
    let (start, end) = (range.lowerBound, range.upperBound)
    let cell = row[start..<end]
    if let match = MarkerScanner.marker(in: Array(cell)) {
      guard isGroupStyle(match.marker.style), start + match.length < end else { return nil }
      return Group(marker: match.marker, textStart: start + match.length, textEnd: end)
    }
    guard numbered, start == 0, isCategoryHeading(cell) else { return nil }
    return Group(marker: nil, textStart: start, textEnd: end)
  }

  /// Where the text of a row with TABs and one non-empty cell is; nil for any other line.
  static func onlyCell(of row: [Unicode.Scalar]) -> Range<Int>? {
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
    return start >= 0 ? start..<end : nil
  }

  /// Whether `row` is a group row in its table: a group heading followed by a
  /// task row (a numbered one after an unmarked heading).
  static func isGroup(_ row: [Unicode.Scalar], before next: [Unicode.Scalar]?, numbered: Bool) -> Bool {
    guard let group = group(of: row, numbered: numbered), let next,
      isRow(next), !isHeader(next), self.group(of: next, numbered: numbered) == nil
    else { return false }
    return group.marker != nil || hasNumber(next)
  }

  /// Marker styles a category row opens with: 一、 (一) 第一章 (an annex or 第X条 ends a table).
  static func isGroupStyle(_ style: MarkerStyle) -> Bool { style == .cn || style == .cnParen || style == .chapter }

  /// Whether a header's first column numbers the rows (序号, 编号).
  static func isNumbered(header: [Unicode.Scalar]) -> Bool {
    let first = (cells(of: header).first ?? []).filter { $0 != " " }
    return first == Array("序号".unicodeScalars) || first == Array("编号".unicodeScalars)
  }

  /// A short heading that may stand alone where a row's number would be.
  static func isCategoryHeading(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
    guard text.count >= 2, text.count <= maximumUnmarked, !text.allSatisfy(ScalarClass.isDigit) else { return false }
    return !text.contains { stops.contains($0) }
  }

  /// The marker of the `n`th unmarked group of a table: 一 … 九十九.
  static func groupMarker(_ n: Int) -> Marker {
    let digits = Array("一二三四五六七八九".unicodeScalars)
    var label = ""
    if n >= 10 {
      if n >= 20 { label.unicodeScalars.append(digits[n / 10 - 1]) }
      label += "十"
    }
    if n % 10 > 0 { label.unicodeScalars.append(digits[n % 10 - 1]) }
    return Marker(style: .cn, label: label, ordinal: n)
  }

  private static func hasNumber(_ row: [Unicode.Scalar]) -> Bool {
    let first = cells(of: row).first ?? []
    return !first.isEmpty && first.count <= 4 && first.allSatisfy(ScalarClass.isDigit)
  }

  /// Sentence and clause marks (full-width ones are folded to these before the outline).
  private static let stops: Set<Unicode.Scalar> = ["。", ";", ":", "!", "?", ","]
}
