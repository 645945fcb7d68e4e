import ZhengceCore

/// Removes the pinyin some mirror sites inject after Han characters:
/// `根據(jù)`, `書(shū)記`, `萬(wàn)元`, `社會(huì )`, `北京【jīng】`.
///
/// Only a parenthesis (half-width after width folding, or 【】) right after a
/// Han character, holding nothing but pinyin syllables (lower-case Latin
/// letters, tone marks allowed, spaces between syllables) and no more
/// syllables than the Han characters before it, is removed (`LineRemovals`). A real
/// parenthesis, such as (一), (试行), (2019) or (GDP), is never touched.
public enum PinyinAnnotations {
  /// `text` without its pinyin annotations: what normalisation keeps of a line,
  /// for comparing a value written as printed (`滬民規(guī)〔2020〕17號(hào)`) with one read.
  public static func removing(from text: String) -> String {
    var scalars = Array(text.unicodeScalars)
    let ranges = annotations(in: scalars)
    guard !ranges.isEmpty else { return text }
    for r in ranges.reversed() { scalars.removeSubrange(r) }
    return String(scalars: scalars)
  }

  /// Strips the annotations from `lines`; one diagnostic saying how many went.
  static func strip(_ lines: inout [TextLine]) -> [Diagnostic] {
    let removed = LineRemovals.strip(&lines, finding: annotations(in:))
    guard removed.count > 0 else { return [] }
    return [
      Diagnostic("text.pinyinRemoved", .note, "\(removed.count) pinyin annotations after Han characters removed, e.g. \(removed.example)")
    ]
  }

  /// The ranges of `scalars` that are pinyin annotations, brackets included.
  static func annotations(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
    // Every line is asked, and few hold an opening bracket at all: look for one first, unchecked.
    guard scalars.withUnsafeBufferPointer({ $0.contains { $0 == "(" || $0 == "【" } }) else { return [] }
    var out: [Range<Int>] = []
    var i = 1
    while i < scalars.count {
      let u = scalars[i]
      guard let close = closing(u), ScalarClass.isHan(scalars[i - 1]) else {
        i += 1
        continue
      }
      var j = i + 1
      while j < scalars.count, j - i <= 16, scalars[j] != close { j += 1 }
      guard j < scalars.count, scalars[j] == close,
        let syllables = syllableCount(scalars[(i + 1)..<j]), syllables <= hanRun(before: i, in: scalars)
      else {
        i += 1
        continue
      }
      out.append(i..<(j + 1))
      i = j + 1
    }
    return out
  }

  private static func closing(_ u: Unicode.Scalar) -> Unicode.Scalar? {
    switch u {
    case "(": return ")"
    case "【": return "】"
    default: return nil
    }
  }

  /// Han characters just before `index` (an annotation covers at most one syllable each).
  private static func hanRun(before index: Int, in scalars: [Unicode.Scalar]) -> Int {
    var k = index - 1
    var n = 0
    while k >= 0, ScalarClass.isHan(scalars[k]) {
      n += 1
      k -= 1
    }
    return n
  }

  /// The number of pinyin syllables the text is made of, or nil when it is not pinyin.
  static func syllableCount(_ text: ArraySlice<Unicode.Scalar>) -> Int? {
    // A lone plain letter, (a) or (e), is a list item, not a reading.
    if text.count == 1, let only = text.first, (0x61...0x7A).contains(only.value) { return nil }
    var count = 0
    for word in text.split(separator: " ") {
      var letters: [UInt8] = []
      for u in word {
        guard let base = Pinyin.baseLetter(u) else { return nil }
        letters.append(base)
      }
      guard let n = Pinyin.segment(letters[...]) else { return nil }
      count += n
    }
    return count > 0 ? count : nil
  }
}
