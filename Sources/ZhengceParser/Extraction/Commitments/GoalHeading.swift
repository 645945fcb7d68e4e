import ZhengceCore

/// The year a heading names for the goals under it: `一、今年全省经济社会发展的主要预期目标`
/// (the document's year) or `(二)2025年发展目标`. A target listed under such a heading
/// with no date of its own is due that year, as a government work report's task list
/// means it (1.地区生产总值增长5%以上).
enum GoalHeading {
  /// The year of the innermost heading of `headings` (outermost first) that names goals with a year.
  static func year(_ headings: [String], documentYear: Int?) -> Int? {
    for heading in headings.reversed() {
      let text = ScalarText(scalars: Array(heading.unicodeScalars))
      guard let goal = (0..<text.count).first(where: { text.has(goals, at: $0) }) else { continue }
      if let documentYear, (0..<goal).contains(where: { text.has(thisYear, at: $0) }) { return documentYear }
      if let year = writtenYear(in: Array(text.s[..<goal])) { return year }
    }
    return nil
  }

  /// The headings above a measure at `path`, outermost first, with its own heading last.
  static func headings(of measure: Measure, in outline: [OutlineSection]) -> [String] {
    var out: [String] = []
    var level = outline
    for marker in measure.path {
      guard let section = level.first(where: { $0.marker == marker }) else { break }
      out.append(section.title)
      level = section.children
    }
    if !measure.heading.isEmpty { out.append(measure.heading) }
    return out
  }

  /// A four-digit year written before 年 (2025年).
  private static func writtenYear(in scalars: [Unicode.Scalar]) -> Int? {
    for i in scalars.indices where i + 4 < scalars.count && scalars[i + 4] == "年" {
      let digits = scalars[i..<(i + 4)].compactMap { CommitmentScalarClass.digit($0) }
      guard digits.count == 4, i == 0 || CommitmentScalarClass.digit(scalars[i - 1]) == nil else { continue }
      let year = digits.reduce(0) { $0 * 10 + $1 }
      if (1949...2100).contains(year) { return year }
    }
    return nil
  }

  private static let goals = Array("目标".unicodeScalars)
  private static let thisYear = Array("今年".unicodeScalars)
}
