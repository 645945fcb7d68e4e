/// One number as written: Arabic (1,000 / 12.4) or a Chinese numeral (十二, 两万).
struct NumberToken {
  var range: Range<Int>
  var value: Double
  var isChinese: Bool
  /// Arabic only: digits before the decimal point, and whether separators or a point occur.
  var integerDigits = 0
  var hasDecimal = false

  /// Whether a number may start at `i`: a digit, 十, or 百/千 before 万/亿 (千万亩).
  static func mayStart(_ text: ScalarText, at i: Int) -> Bool {
    guard let c = text[i] else { return false }
    return CommitmentScalarClass.digit(c) != nil || ChineseNumber.digit(c) != nil || c == "十"
      || ((c == "百" || c == "千") && ChineseNumber.opensWithHundredsOf(text.s[i...].prefix(2)))
  }

  /// Reads the number starting at `i`, or nil when none starts there.
  static func read(_ text: ScalarText, at i: Int) -> NumberToken? {
    if CommitmentScalarClass.digit(text[i]) != nil { return readArabic(text, at: i) }
    guard mayStart(text, at: i) else { return nil }
    var j = i
    while ChineseNumber.isNumeral(text[j]) { j += 1 }
    guard let value = ChineseNumber.value(text.s[i..<j]) else { return nil }
    return NumberToken(range: i..<j, value: value, isChinese: true)
  }

  private static func readArabic(_ text: ScalarText, at i: Int) -> NumberToken? {
    var ascii = ""
    var j = i
    var integerDigits = 0
    var hasDecimal = false
    while true {
      if let d = CommitmentScalarClass.digit(text[j]) {
        ascii.append(Character(Unicode.Scalar(UInt8(0x30 + d))))
        if !hasDecimal { integerDigits += 1 }
        j += 1
      } else if text[j] == ",", !hasDecimal, (1...3).allSatisfy({ CommitmentScalarClass.digit(text[j + $0]) != nil }),
        CommitmentScalarClass.digit(text[j + 4]) == nil
      {
        j += 1
      } else if text[j] == ".", !hasDecimal, CommitmentScalarClass.digit(text[j + 1]) != nil {
        ascii.append(".")
        hasDecimal = true
        j += 1
      } else {
        break
      }
    }
    guard let value = Double(ascii) else { return nil }
    return NumberToken(range: i..<j, value: value, isChinese: false, integerDigits: integerDigits, hasDecimal: hasDecimal)
  }

  /// The end of the digit or numeral run at `i`, to skip a number that is not a quantity.
  static func runEnd(_ text: ScalarText, at i: Int) -> Int {
    var j = i
    if CommitmentScalarClass.digit(text[i]) != nil {
      while CommitmentScalarClass.digit(text[j]) != nil || ((text[j] == "." || text[j] == ",") && CommitmentScalarClass.digit(text[j + 1]) != nil) {
        j += 1
      }
    } else {
      while ChineseNumber.isNumeral(text[j]) { j += 1 }
    }
    return max(j, i + 1)
  }
}
