import ZhengceCore

/// A measure's text with spaces removed for matching (牵头负 责 → 牵头负责),
/// remembering where each kept scalar was, so surfaces stay as written.
struct AttributionText {
  let original: [Unicode.Scalar]
  /// The scalars without spaces; tabs and line breaks are kept (table cells, rows).
  let scalars: [Unicode.Scalar]
  /// For each kept scalar, its index in `original`; nil when nothing was removed.
  private let origin: [Int]?
  /// The kept scalar that follows a heading run into its text (压实责任,强化保障
  /// 县财政局要…): a clause ends there, though no punctuation says so.
  private(set) var headingEnd: Int?

  init(_ text: String) {
    // One decoding pass; Array(text.unicodeScalars) decodes twice (count, then copy).
    self.init(scalars: [Unicode.Scalar](scalarsOf: text))
  }

  /// - Parameter headingEnd: where a heading run into the text ends, in `decoded`.
  init(scalars decoded: [Unicode.Scalar], headingEnd: Int? = nil) {
    original = decoded
    guard decoded.contains(where: Self.isDropped) else {
      scalars = decoded
      origin = nil
      self.headingEnd = headingEnd
      return
    }
    var kept: [Unicode.Scalar] = []
    var at: [Int] = []
    kept.reserveCapacity(decoded.count)
    at.reserveCapacity(decoded.count)
    for (i, scalar) in decoded.enumerated() where !Self.isDropped(scalar) {
      kept.append(scalar)
      at.append(i)
    }
    scalars = kept
    origin = at
    self.headingEnd = headingEnd.map { end in at.firstIndex { $0 >= end } ?? kept.count }
  }

  /// Whether a clause ends right before kept scalar `i`: a break at `i - 1`, or the heading's end.
  func endsClause(before i: Int) -> Bool {
    i == headingEnd || (i > 0 && Self.isClauseBreak(scalars[i - 1]))
  }

  private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\u{3000}" || scalar == "\u{A0}" || scalar == "\r"
  }

  var count: Int { scalars.count }

  /// The index in `original` of kept scalar `i`.
  private func origin(_ i: Int) -> Int { origin?[i] ?? i }

  /// The text under a range of kept scalars, as the text wrote it (spaces kept).
  func surface(_ range: Range<Int>) -> String {
    guard !range.isEmpty else { return "" }
    return String(scalars: original[origin(range.lowerBound)...origin(range.upperBound - 1)])
  }

  /// The original offsets of a range of kept scalars.
  func originalRange(_ range: Range<Int>) -> Range<Int> {
    guard !range.isEmpty else { return 0..<0 }
    return origin(range.lowerBound)..<(origin(range.upperBound - 1) + 1)
  }

  func string(_ range: Range<Int>) -> String { String(scalars: scalars[range]) }

  /// Whether `phrase` starts at `i`.
  func has(_ phrase: [Unicode.Scalar], at i: Int) -> Bool {
    guard i >= 0, i + phrase.count <= scalars.count else { return false }
    for k in 0..<phrase.count where scalars[i + k] != phrase[k] { return false }
    return true
  }

  /// Whether `phrase` ends right before `end`.
  func has(_ phrase: [Unicode.Scalar], endingAt end: Int) -> Bool { has(phrase, at: end - phrase.count) }

  /// Positions where `phrase` starts, in order.
  func occurrences(of phrase: [Unicode.Scalar]) -> [Int] {
    guard let first = phrase.first, phrase.count <= scalars.count else { return [] }
    return scalars.withUnsafeBufferPointer { s in
      var out: [Int] = []
      for i in 0...(s.count - phrase.count) where s[i] == first {
        var k = 1
        while k < phrase.count && s[i + k] == phrase[k] { k += 1 }
        if k == phrase.count { out.append(i) }
      }
      return out
    }
  }

  static func isClauseBreak(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "\u{3002}", ";", "\u{FF1B}", "\n", ",", "\u{FF0C}", ":", "\u{FF1A}", "!", "\u{FF01}", "?", "\u{FF1F}", "\t": true
    default: false
    }
  }

  static func isOpen(_ s: Unicode.Scalar) -> Bool { s == "(" || s == "\u{FF08}" }
  static func isClose(_ s: Unicode.Scalar) -> Bool { s == ")" || s == "\u{FF09}" }
  static func isColon(_ s: Unicode.Scalar) -> Bool { s == ":" || s == "\u{FF1A}" }
  /// Commas and semicolons, which separate the chunks of an attribution clause.
  static func isChunkBreak(_ s: Unicode.Scalar) -> Bool { s == "," || s == "\u{FF0C}" || s == ";" || s == "\u{FF1B}" }

  static func isSentenceBreak(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "\u{3002}", ";", "\u{FF1B}", "\n", "!", "\u{FF01}", "?", "\u{FF1F}": true
    default: false
    }
  }
}
