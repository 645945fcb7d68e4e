/// A table of contents (目录) before the body: a run of numbered headings with
/// no text between them, under a 目录 line or whose first heading the body
/// repeats (`1总则 1.1编制目的 … 8.4实施时间`, then `1总则` again). Its headings
/// are not sections of the document, so the outline leaves them out, with the
/// 目录 line over them.
enum ContentsList {
  /// Fewest headings a table of contents lists.
  static let minEntries = 3
  /// Longest line read as one of its headings.
  static let maxEntryLength = 40

  /// How many lines the table starting at `index` takes (a 目录 line just
  /// before it included, `index` being that line), or nil if none starts there.
  static func length(_ lines: [[Unicode.Scalar]], from index: Int, isHeading: ([Unicode.Scalar]) -> Bool) -> Int? {
    let titled = isTitleLine(lines[index])
    let first = titled ? index + 1 : index
    // Only where a run of headings starts: each run is read once.
    guard first < lines.count, titled || index == 0 || !isEntry(lines[index - 1], isHeading),
      isEntry(lines[first], isHeading)
    else { return nil }
    var end = first + 1
    while end < lines.count, lines[end] != lines[first], isEntry(lines[end], isHeading) { end += 1 }
    // Under a 目录 line the headings are the table even where the page ends before the body.
    let repeated = end < lines.count && lines[end] == lines[first]
    guard repeated || titled, end - first >= minEntries else { return nil }
    return end - index
  }

  private static func isEntry(_ line: [Unicode.Scalar], _ isHeading: ([Unicode.Scalar]) -> Bool) -> Bool {
    line.count <= maxEntryLength && !line.contains("。") && isHeading(line)
  }

  /// `目录`, `目 录`, `目? 录` (a character a page lost between them).
  static func isTitleLine(_ line: [Unicode.Scalar]) -> Bool {
    line.count <= 5 && line.first == "目" && line.last == "录"
  }
}
