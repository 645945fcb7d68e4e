import ZhengceCore

/// The year a heading names for the goals under it: `一、今年全省经济社会发展的主要预期目标`
/// (the document's year) or `(二)2025年发展目标`. A target listed under such a heading
/// with no date of its own is due that year, as a government work report's task list
/// means it (1.地区生产总值增长5%以上).
struct GoalHeading {
  let documentYear: Int?
  /// The year of each outline path (markers joined by "/") whose heading, or an enclosing one, names goals with a year.
  private var byPath: [String: Int] = [:]

  /// Reads the outline once: most documents have no such heading, and a measure looks its path up.
  init(outline: [OutlineSection], documentYear: Int?) {
    self.documentYear = documentYear
    visit(outline, prefix: "", inherited: nil)
  }

  /// The year for a measure: its own heading's, else its path's.
  func year(of measure: Measure) -> Int? {
    (measure.heading.isEmpty ? nil : year(in: measure.heading)) ?? (byPath.isEmpty ? nil : byPath[measure.path.joined(separator: "/")])
  }

  private mutating func visit(_ sections: [OutlineSection], prefix: String, inherited: Int?) {
    for section in sections {
      let path = prefix.isEmpty ? section.marker : prefix + "/" + section.marker
      let year = year(in: section.title) ?? inherited
      if let year { byPath[path] = year }
      visit(section.children, prefix: path, inherited: year)
    }
  }

  /// The year a heading names before 目标: 今年 (the document's) or a written year (2025年).
  func year(in heading: String) -> Int? {
    var goal: Int?
    ByteSearch(heading).forEach("目标") { at in
      goal = at
      return false
    }
    guard let goal else { return nil }
    let before = String(decoding: heading.utf8.prefix(goal), as: UTF8.self)
    if let documentYear, ByteSearch(before).contains("今年") { return documentYear }
    return Self.writtenYear(in: Array(before.unicodeScalars))
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
}
