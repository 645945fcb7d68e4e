import ZhengceCore

/// Finds dates written as 2020年2月14日, 2019年03月03日, 2016-01-13 or 2016/1/13.
public enum DateParser {
  /// A found date: `YYYY-MM-DD` and where it is in the scanned scalars.
  public struct Found: Sendable, Hashable {
    public var date: String
    public var start: Int
    public var end: Int
  }

  /// The first full date in `text`.
  public static func first(in text: String) -> Found? {
    all(in: Array(text.unicodeScalars)).first
  }

  /// Every full date (year, month and day) in `s`.
  public static func all(in s: [Unicode.Scalar]) -> [Found] {
    var out: [Found] = []
    var i = 0
    while i < s.count {
      guard ScalarClass.isDigit(s[i]), i == 0 || !ScalarClass.isDigit(s[i - 1]) else {
        i += 1
        continue
      }
      if let found = date(s, at: i) {
        out.append(found)
        i = found.end
      } else {
        i += 1
      }
    }
    return out
  }

  private static func date(_ s: [Unicode.Scalar], at start: Int) -> Found? {
    var i = start
    guard let year = number(s, &i, maxDigits: 4), i - start == 4, (1949...2100).contains(year), i < s.count else {
      return nil
    }
    let sep = s[i]
    let ymd = sep == "年"
    guard ymd || sep == "-" || sep == "/" || sep == "." else { return nil }
    i += 1
    guard let month = number(s, &i, maxDigits: 2), (1...12).contains(month), i < s.count else { return nil }
    guard ymd ? s[i] == "月" : s[i] == sep else { return nil }
    i += 1
    guard let day = number(s, &i, maxDigits: 2), (1...31).contains(day) else { return nil }
    if ymd {
      guard i < s.count, s[i] == "日" || s[i] == "号" else { return nil }
      i += 1
    } else if i < s.count, ScalarClass.isDigit(s[i]) {
      return nil
    }
    return Found(date: format(year, month, day), start: start, end: i)
  }

  static func format(_ year: Int, _ month: Int, _ day: Int) -> String {
    let m = month < 10 ? "0\(month)" : "\(month)"
    let d = day < 10 ? "0\(day)" : "\(day)"
    return "\(year)-\(m)-\(d)"
  }

  private static func number(_ s: [Unicode.Scalar], _ i: inout Int, maxDigits: Int) -> Int? {
    var value = 0
    var count = 0
    while i < s.count, count < maxDigits, ScalarClass.isDigit(s[i]) {
      value = value * 10 + Int(s[i].value - 48)
      i += 1
      count += 1
    }
    return count == 0 ? nil : value
  }
}
