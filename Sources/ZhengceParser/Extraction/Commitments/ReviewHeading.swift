import ZhengceCore

/// The parts of a document that review the past: a heading, or one above it,
/// with a word of `reviewHeadings` (第一章 规划背景, 一、发展基础, (一)发展现状).
/// A plan states there what was done ("十二五"期间…生产总值达到3327亿元), and its
/// figures are facts, as in a measure whose own words review (`KindClassifier`).
struct ReviewHeading {
  private let reviewed: HeadedPaths<Bool>

  init(outline: [OutlineSection], words: [String]) {
    reviewed = HeadedPaths(outline) { heading in
      let search = ByteSearch(heading)
      return words.contains { search.contains($0) } ? true : nil
    }
  }

  /// Whether the measure's own heading, or one above it, names a review (a measure's
  /// heading is its section's title, which the outline holds).
  func covers(_ measure: Measure) -> Bool {
    reviewed.value(at: measure.path) ?? false
  }
}
