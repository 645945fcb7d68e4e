/// Chinese numerals (一, 两, 十二, 三千五百, 二十万): recognising their characters and
/// reading a run of them as a value.
public enum ChineseNumber {
  /// The digit a character stands for: 〇零一二两三四五六七八九.
  public static func digit(_ c: Unicode.Scalar?) -> Int? {
    // Compared by code point: this runs on every scalar of a measure.
    switch c?.value {
    case 0x3007, 0x96F6: return 0  // 〇 零
    case 0x4E00: return 1  // 一
    case 0x4E8C, 0x4E24: return 2  // 二 两
    case 0x4E09: return 3  // 三
    case 0x56DB: return 4  // 四
    case 0x4E94: return 5  // 五
    case 0x516D: return 6  // 六
    case 0x4E03: return 7  // 七
    case 0x516B: return 8  // 八
    case 0x4E5D: return 9  // 九
    default: return nil
    }
  }

  /// The power a place character stands for: 十 百 千 (within a section) and 万 亿 (sections).
  public static func place(_ c: Unicode.Scalar?) -> Double? {
    switch c {
    case "十": return 10
    case "百": return 100
    case "千": return 1000
    case "万": return 10_000
    case "亿": return 100_000_000
    default: return nil
    }
  }

  public static func isNumeral(_ c: Unicode.Scalar?) -> Bool { digit(c) != nil || place(c) != nil }

  /// 千万亩, 百万人, 百亿元: 百 or 千 with no digit before it, right before 万 or 亿, is one of
  /// them (not 千家万户, 百姓).
  public static func opensWithHundredsOf(_ scalars: some Collection<Unicode.Scalar>) -> Bool {
    var it = scalars.makeIterator()
    guard let first = it.next(), first == "百" || first == "千", let second = it.next() else { return false }
    return second == "万" || second == "亿"
  }

  /// The value of a complete numeral, or nil when the characters are not one
  /// well-formed number (一二三, 十百千, a leading 万 as in 万亩).
  public static func value(_ scalars: some Collection<Unicode.Scalar>) -> Double? {
    guard let first = scalars.first, digit(first) != nil || first == "十" || opensWithHundredsOf(scalars) else { return nil }
    var total = 0.0
    var section = 0.0
    var pending: Int?
    var lastPlace = Double.infinity
    for c in scalars {
      if let d = digit(c) {
        if d == 0 { continue }
        guard pending == nil else { return nil }
        pending = d
      } else if let p = place(c) {
        if p < 10_000 {
          guard p < lastPlace else { return nil }
          let n: Int
          if let pending { n = pending } else if section == 0 && total == 0 && (p == 10 || lastPlace == .infinity) { n = 1 } else { return nil }
          section += Double(n) * p
          lastPlace = p
        } else {
          section += Double(pending ?? 0)
          guard section > 0 || total > 0 else { return nil }
          total = p == 100_000_000 ? (total + section) * p : total + section * p
          section = 0
          lastPlace = .infinity
        }
        pending = nil
      } else {
        return nil
      }
    }
    return total + section + Double(pending ?? 0)
  }
}
