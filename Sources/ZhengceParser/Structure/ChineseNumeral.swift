/// Small Chinese numerals as used in section numbering: 一 … 九十九, 一百 ….
enum ChineseNumeral {
  static func digit(_ u: Unicode.Scalar) -> Int? {
    switch u {
    case "零", "〇": return 0
    case "一": return 1
    case "二": return 2
    case "三": return 3
    case "四": return 4
    case "五": return 5
    case "六": return 6
    case "七": return 7
    case "八": return 8
    case "九": return 9
    default: return nil
    }
  }

  static func isNumeral(_ u: Unicode.Scalar) -> Bool { digit(u) != nil || u == "十" || u == "百" }

  /// The value of a run of numeral scalars, e.g. 十一 → 11, 二十 → 20; nil if malformed.
  static func value<S: Collection>(_ scalars: S) -> Int? where S.Element == Unicode.Scalar {
    guard !scalars.isEmpty else { return nil }
    var total = 0
    var current = 0
    var sawDigit = false
    for u in scalars {
      if let d = digit(u) {
        current = current * 10 + d
        sawDigit = true
      } else if u == "十" {
        total += (sawDigit ? current : 1) * 10
        current = 0
        sawDigit = false
      } else if u == "百" {
        total += (sawDigit ? current : 1) * 100
        current = 0
        sawDigit = false
      } else {
        return nil
      }
    }
    return total + current
  }
}
