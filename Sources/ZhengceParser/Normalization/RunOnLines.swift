import ZhengceCore

/// A copy that lost its line breaks runs a whole document on one line, its sections
/// marked only by a space before them (…通知如下: 一、分工原则 (一)明确区分…). Such a line is
/// split again before each section's marker: after a space that follows the end of a
/// sentence or a colon, or that follows a section's short heading ((一)主要指标 1.主要…).
/// Only a long line with two sections of the first rank (一、 二、) or more is read so,
/// since a single inline item is as often prose. The spaces are read before the
/// normaliser drops those between Han characters as stray.
enum RunOnLines {
  /// Shortest line read as a run-on document.
  static let minimumLength = 200
  /// Longest section heading after which a marker opens a section of its own.
  static let maxHeading = 20
  private static let sentenceEnds = Set("。:;!?".unicodeScalars)

  /// Where the sections of a run-on source line start (before its stray spaces are
  /// dropped), or none when it is not one.
  static func cuts(in s: [Unicode.Scalar]) -> [Int] {
    guard s.count >= minimumLength else { return [] }
    var cuts: [Int] = []
    var firstRank = 0
    var segmentStart = 0
    var segmentIsSection = false
    var k = 1
    while k < s.count {
      defer { k += 1 }
      guard s[k - 1] == " ", k >= 2 else { continue }
      let afterSentence = sentenceEnds.contains(s[k - 2])
      let afterHeading = segmentIsSection && k - segmentStart <= maxHeading
      guard afterSentence || afterHeading, let found = MarkerScanner.marker(in: Array(s[k..<min(s.count, k + 16)])),
        found.length < s.count - k, opensSection(found.marker.style)
      else { continue }
      if found.marker.style == .cn { firstRank += 1 }
      cuts.append(k)
      segmentStart = k
      segmentIsSection = true
    }
    return firstRank >= 2 ? cuts : []
  }

  private static func opensSection(_ style: MarkerStyle) -> Bool {
    switch style {
    case .cn, .cnParen, .arabic, .arabicParen, .chapter, .article: return true
    default: return false
    }
  }
}
