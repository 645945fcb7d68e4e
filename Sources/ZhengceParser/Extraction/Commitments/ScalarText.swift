import ZhengceCore

/// A measure's text as scalars, with the look-ups the commitment scanner needs.
struct ScalarText {
  let s: [Unicode.Scalar]

  init(_ text: String) {
    s = [Unicode.Scalar](scalarsOf: text)
  }

  init(scalars: [Unicode.Scalar]) { s = scalars }

  var count: Int { s.count }

  subscript(_ i: Int) -> Unicode.Scalar? { i >= 0 && i < s.count ? s[i] : nil }

  /// True when `word` is written at `i`.
  func has(_ word: [Unicode.Scalar], at i: Int) -> Bool {
    guard i >= 0, i + word.count <= s.count else { return false }
    for k in 0..<word.count where s[i + k] != word[k] { return false }
    return true
  }

  /// True when `word` ends just before `end`.
  func has(_ word: [Unicode.Scalar], endingAt end: Int) -> Bool { has(word, at: end - word.count) }

  /// The first of `words` written at `i` (callers list longer words first).
  func first(of words: [[Unicode.Scalar]], at i: Int) -> [Unicode.Scalar]? {
    words.first { has($0, at: i) }
  }

  func string(_ range: Range<Int>) -> String {
    String(scalars: s[max(0, range.lowerBound)..<min(s.count, range.upperBound)])
  }

  /// Index after any ASCII or ideographic spaces from `i`.
  func skipSpaces(_ i: Int) -> Int {
    var j = i
    while let c = self[j], c == " " || c == "\u{3000}" { j += 1 }
    return j
  }
}

/// Character classes over single scalars.
enum CommitmentScalarClass {
  /// 0-9 in ASCII or full width.
  static func digit(_ c: Unicode.Scalar?) -> Int? {
    guard let v = c?.value else { return nil }
    if v >= 0x30 && v <= 0x39 { return Int(v - 0x30) }
    if v >= 0xFF10 && v <= 0xFF19 { return Int(v - 0xFF10) }
    return nil
  }

  static func isASCIILetter(_ c: Unicode.Scalar?) -> Bool {
    guard let v = c?.value else { return false }
    return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0xFF21 && v <= 0xFF3A)
      || (v >= 0xFF41 && v <= 0xFF5A)
  }

  /// `ScalarClass.isHan`, false past either end of the text.
  static func isHan(_ c: Unicode.Scalar?) -> Bool { c.map(ScalarClass.isHan) ?? false }

  /// Ends a sentence: the span a deadline governs.
  static func endsSentence(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "。", ";", "\u{FF1B}", "!", "\u{FF01}", "?", "\u{FF1F}", "\n", "\r": return true
    default: return false
    }
  }

  /// Ends a clause: sentence ends plus commas, enumeration commas, colons and brackets.
  static func endsClause(_ c: Unicode.Scalar) -> Bool {
    if endsSentence(c) { return true }
    switch c {
    case ",", "\u{FF0C}", "、", ":", "\u{FF1A}", "(", "\u{FF08}", ")", "\u{FF09}", "“", "”", "《", "》", "〔", "〕":
      return true
    default: return false
    }
  }

  /// Joins the two ends of a numeric range: 1-2, 15—20, 1至2.
  static func isRangeDash(_ c: Unicode.Scalar?) -> Bool {
    switch c {
    case "-", "\u{2014}", "\u{2013}", "~", "\u{FF5E}", "\u{FF0D}", "\u{301C}": return true
    default: return false
    }
  }
}
