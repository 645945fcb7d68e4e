import ZhengceParser
import ZhengceScript

/// How `zhengce check` compares and shows values: typography (spaces, full-width
/// letters and punctuation), the pinyin a mirror site injected (`根據(jù)`) and the
/// script (第一條 is 第一条) are not what an expectation checks.
enum CheckText {
  /// Removes white space, folds full-width ASCII forms to ASCII and Traditional
  /// characters to Simplified, and drops pinyin annotations.
  static func folded(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in SimplifiedFolding.fold(PinyinAnnotations.removing(from: text)).unicodeScalars {
      if scalar.properties.isWhitespace { continue }
      if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
        out.append(ascii)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  static func shown(_ value: String?) -> String {
    value.map { "\"\($0)\"" } ?? "null"
  }

  static func shown(_ values: [String]) -> String {
    "[" + values.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
  }

  /// A number as a reader writes it: no trailing `.0`, at most 4 decimals.
  static func number(_ value: Double?) -> String {
    guard let value else { return "null" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    var text = String(format: "%.4f", value)
    while text.hasSuffix("0") { text.removeLast() }
    return text
  }

  /// Whether two quantities are the same number: equal to 4 significant
  /// decimals for fractions (1/3 is written 0.3333), exactly otherwise.
  static func sameNumber(_ a: Double?, _ b: Double?) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case (let a?, let b?): return abs(a - b) <= Swift.max(5e-5, 1e-9 * Swift.max(abs(a), abs(b)))
    default: return false
    }
  }

  /// Length of the longest run of scalars the two strings share.
  static func sharedRun(_ a: String, _ b: String) -> Int {
    let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
    guard !x.isEmpty, !y.isEmpty else { return 0 }
    var previous = [Int](repeating: 0, count: y.count + 1)
    var best = 0
    for i in 1...x.count {
      var row = [Int](repeating: 0, count: y.count + 1)
      for j in 1...y.count where x[i - 1] == y[j - 1] {
        row[j] = previous[j - 1] + 1
        best = Swift.max(best, row[j])
      }
      previous = row
    }
    return best
  }
}
