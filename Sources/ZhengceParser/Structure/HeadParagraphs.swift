import ZhengceCore

/// The paragraphs of a document's head that say something: a notice without
/// numbering, the preamble of a plan (全省现有贫困人口221.4万…), the body of a
/// cover notice. They become measures, so that no text of a document is
/// unsearchable; titles, info rows, 文号, signatures, dates, 附件 lists,
/// contact lines and bracketed notes (此件公开发布) do not.
enum HeadParagraphs {
  /// Starts of lines that give contact details or how to complain, never measures.
  static let contactPrefixes: [[Unicode.Scalar]] = [
    "联系人", "联系电话", "联系方式", "联系地址", "电话", "传真", "邮箱", "电子邮箱", "电子信箱", "地址", "通讯地址", "邮编",
    "邮政编码", "监督电话", "举报电话", "投诉电话", "咨询电话", "网址",
  ].map { Array($0.unicodeScalars) }

  /// Longest line a contact, annex or bracketed note may be.
  static let maxNoteLength = 80

  /// Whether a head line is text a reader would search: a sentence, or the
  /// addressee line of a notice (各县(市、区)财政局:), not a heading or a note.
  static func isSubstantive(_ line: [Unicode.Scalar]) -> Bool {
    guard line.contains(where: ScalarClass.isHan) else { return false }
    if line.count <= maxNoteLength {
      if contactPrefixes.contains(where: { line.starts(with: $0) }) { return false }
      if line.starts(with: "附件".unicodeScalars) { return false }
      if line.first == "(", line.last == ")" { return false }
    }
    // A question mark inside a line is more often a character a page lost (目?录) than a question.
    if line.contains("。") || line.contains(";") || line.contains("!") || line.last == "?" { return true }
    if line.last == ":" { return line.count >= 4 }
    return line.count >= 40 && line.contains(",")
  }

  /// Spans of the substantive head lines, for `lines` laid out at `starts`:
  /// one span a run of consecutive lines (`merged`), or one a line. A line that
  /// ends with a colon (the addressee, 各镇乡人民政府:, or 现通知如下:) is no
  /// paragraph alone: it opens the line after it.
  static func spans(
    _ lines: [TextLine], starts: [Int], substantive: (Int) -> Bool, merged: Bool
  ) -> [TextSpan] {
    var spans: [TextSpan] = []
    var previous: Int?
    for k in lines.indices where substantive(k) {
      let span = TextSpan(start: starts[k], end: starts[k] + lines[k].scalars.count)
      let opened = previous.map { lines[$0].scalars.last == ":" } ?? false
      if merged || opened, let p = previous, p == k - 1, let last = spans.last {
        spans[spans.count - 1] = TextSpan(start: last.start, end: span.end)
      } else {
        spans.append(span)
      }
      previous = k
    }
    return spans
  }
}
