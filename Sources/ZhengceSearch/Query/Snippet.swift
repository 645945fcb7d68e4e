/// A window of a measure's text around its matches, for display.
public struct Snippet: Sendable, Hashable {
  /// The window's text.
  public var text: String
  /// Scalar offset of the window in the measure text.
  public var start: Int
  /// Matches inside the window, as scalar ranges of `text`.
  public var matches: [Range<Int>]
  /// Whether text was cut before and after the window.
  public var cutBefore: Bool
  public var cutAfter: Bool

  /// Every occurrence of any of `terms` in `text` (letters/digits case-folded), merged, as scalar ranges.
  public static func matchSpans(in text: String, terms: [String]) -> [Range<Int>] {
    let hay = Analyzer.folded(text).unicodeScalars.map(\.value)
    var spans: [Range<Int>] = []
    for term in terms {
      let needle = Analyzer.folded(term).unicodeScalars.map(\.value)
      guard !needle.isEmpty, needle.count <= hay.count else { continue }
      for i in 0...(hay.count - needle.count) where hay[i] == needle[0] {
        var k = 1
        while k < needle.count, hay[i + k] == needle[k] { k += 1 }
        if k == needle.count { spans.append(i..<(i + k)) }
      }
    }
    spans.sort { $0.lowerBound < $1.lowerBound }
    var merged: [Range<Int>] = []
    for s in spans {
      if let last = merged.last, s.lowerBound <= last.upperBound {
        merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, s.upperBound)
      } else {
        merged.append(s)
      }
    }
    return merged
  }

  /// The `width`-scalar window of `text` holding the most matches, starting a
  /// little before the first of them.
  public init(text: String, spans: [Range<Int>], width: Int = 90) {
    let scalars = Array(text.unicodeScalars)
    var best = 0
    var bestCount = -1
    for (i, s) in spans.enumerated() {
      let count = spans[i...].prefix { $0.upperBound <= s.lowerBound + width }.count
      if count > bestCount {
        bestCount = count
        best = s.lowerBound
      }
    }
    var start = spans.isEmpty ? 0 : max(0, best - width / 6)
    if scalars.count - start < width { start = max(0, scalars.count - width) }
    let end = min(scalars.count, start + width)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    self.text = String(view)
    self.start = start
    matches = spans.compactMap { s in
      let lo = max(s.lowerBound, start)
      let hi = min(s.upperBound, end)
      return lo < hi ? (lo - start)..<(hi - start) : nil
    }
    cutBefore = start > 0
    cutAfter = end < scalars.count
  }
}
