import ZhengceCore

/// The parts of a document that review the past: a heading, or one above it,
/// with a word of `reviewHeadings` (第一章 规划背景, 一、发展基础, (一)发展现状).
/// A plan states there what was done ("十二五"期间…生产总值达到3327亿元), and its
/// figures are facts, as in a measure whose own words review (`KindClassifier`).
struct ReviewHeading {
  private let words: [String]
  /// Outline paths (markers joined by "/") under such a heading.
  private var paths: Set<String> = []

  init(outline: [OutlineSection], words: [String]) {
    self.words = words
    guard !words.isEmpty else { return }
    visit(outline, prefix: "", inherited: false)
  }

  /// Whether the measure's own heading, or one above it, names a review (a measure's
  /// heading is its section's title, which the outline holds).
  func covers(_ measure: Measure) -> Bool {
    !paths.isEmpty && paths.contains(measure.path.joined(separator: "/"))
  }

  private mutating func visit(_ sections: [OutlineSection], prefix: String, inherited: Bool) {
    for section in sections {
      let path = prefix.isEmpty ? section.marker : prefix + "/" + section.marker
      let under = inherited || reviews(section.title)
      if under { paths.insert(path) }
      visit(section.children, prefix: path, inherited: under)
    }
  }

  private func reviews(_ heading: String) -> Bool {
    let search = ByteSearch(heading)
    return words.contains { search.contains($0) }
  }
}
