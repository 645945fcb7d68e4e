import ZhengceCore

/// Finds 文号 such as 安脱贫发〔2020〕2号, 州发〔2016〕1号, 厅字〔2017〕41号, and
/// writes each as the contract does: the year in 〔〕 whatever brackets the
/// text used (新政发[1994]103号, 粤发﹝2016﹞13号 → 〔〕), no space after them
/// (吉财教指[2016] 500号) or before 号 (40 号) or in a spread code (常 建〔2006〕40号), and no page words
/// glued before the issuer code (信息发布上财农指…, 中共海南省委文件琼发… → 上财农指…, 琼发…).
public enum DocNumberScanner {
  /// A 文号 and its scalar range in the scanned text.
  public struct Found: Sendable, Hashable {
    public var number: String
    public var start: Int
    public var end: Int
  }

  static func isOpener(_ u: Unicode.Scalar) -> Bool {
    u == "〔" || u == "[" || u == "(" || u == "【" || u == "［" || u == "﹝" || u == "〖"
  }
  static func isCloser(_ u: Unicode.Scalar) -> Bool {
    u == "〕" || u == "]" || u == ")" || u == "】" || u == "］" || u == "﹞" || u == "〗"
  }

  /// Words of a page or a letterhead, or the end of a title (…的通知黔府办发〔2017〕76号), that end
  /// up glued before an issuer code: the code starts after the last of them.
  static let gluedWords: [[Unicode.Scalar]] = ["文件", "发布", "文号", "字号", "信息", "通知", "意见", "方案", "决定", "批复", "公告", "通告"]
    .map { Array($0.unicodeScalars) }

  /// Every 文号 in `s`: an issuer prefix of Han characters, a bracketed year, a number and 号.
  public static func all(in s: [Unicode.Scalar]) -> [Found] {
    var out: [Found] = []
    var i = 0
    while i < s.count {
      guard isOpener(s[i]), let end = tail(s, openerAt: i) else {
        i += 1
        continue
      }
      var start = i
      while start > 0, ScalarClass.isHan(s[start - 1]), i - start < 12 { start -= 1 }
      // A letterhead spreads a short code: 常 建〔2006〕40号.
      if start >= 2, ScalarClass.isSpace(s[start - 1]), ScalarClass.isHan(s[start - 2]), start == 2 || ScalarClass.isSpace(s[start - 3]) {
        start -= 2
      }
      start = afterGluedWords(s, from: start, to: i)
      // 文  号 鞍政发〔2023〕1号: the last character of a spread label opens no issuer code.
      if start < i, s[start] == "号" || s[start] == "號" { start += 1 }
      // The prefix must end like an issuer code: 发, 字, 办, 函 … and not be empty.
      if start < i, isPrefixEnd(s[i - 1]) {
        var number = Array(s[start..<end])
        number[i - start] = "〔"
        number[i - start + 5] = "〕"
        number.removeAll(where: ScalarClass.isSpace)
        out.append(Found(number: String(scalars: number), start: start, end: end))
      }
      i = end
    }
    return out
  }

  /// Whether the whole of `s` is one 文号.
  public static func isDocNumber(_ s: [Unicode.Scalar]) -> Bool {
    let found = all(in: s)
    return found.count == 1 && found[0].start == 0 && found[0].end == s.count
  }

  /// Where the issuer code starts in `s[start..<end]`: after the last glued page word.
  private static func afterGluedWords(_ s: [Unicode.Scalar], from start: Int, to end: Int) -> Int {
    var from = start
    var k = start
    while k + 1 < end {
      if gluedWords.contains(where: { s[k] == $0[0] && s[k + 1] == $0[1] }) { from = k + 2 }
      k += 1
    }
    return from
  }

  private static func tail(_ s: [Unicode.Scalar], openerAt open: Int) -> Int? {
    var i = open + 1
    var digits = 0
    while i < s.count, ScalarClass.isDigit(s[i]) { i += 1; digits += 1 }
    guard digits == 4, i < s.count, isCloser(s[i]) else { return nil }
    i += 1
    // A space the page put after the bracket: 吉财教指[2016] 500号.
    if i + 1 < s.count, ScalarClass.isSpace(s[i]), ScalarClass.isDigit(s[i + 1]) { i += 1 }
    var n = 0
    while i < s.count, ScalarClass.isDigit(s[i]) { i += 1; n += 1 }
    // And one before 号 (南府办〔2016〕40 号).
    if n > 0, i + 1 < s.count, ScalarClass.isSpace(s[i]), s[i + 1] == "号" || s[i + 1] == "號" { i += 1 }
    guard n > 0, i < s.count, s[i] == "号" || s[i] == "號" else { return nil }
    return i + 1
  }

  /// A 文号 alone on its line whose closing bracket and 号 the page lost, as it loses
  /// 年, 月 and 日 from the signature's date (南兴府办函〔202058 → 南兴府办函〔2020〕58号):
  /// an issuer code of Han characters ending like one, the opening bracket, a year
  /// and the number, and nothing else.
  static func withoutClosingMarks(_ line: [Unicode.Scalar]) -> String? {
    guard let open = line.firstIndex(where: isOpener), open >= 2, open <= 12, line[..<open].allSatisfy(ScalarClass.isHan),
      isPrefixEnd(line[open - 1])
    else { return nil }
    let digits = line[(open + 1)...]
    guard (5...8).contains(digits.count), digits.allSatisfy(ScalarClass.isDigit),
      let year = Int(String(scalars: Array(digits.prefix(4)))), (1949...2100).contains(year), digits.dropFirst(4).first != "0"
    else { return nil }
    return String(scalars: Array(line[..<open])) + "〔\(year)〕" + String(scalars: Array(digits.dropFirst(4))) + "号"
  }

  private static func isPrefixEnd(_ u: Unicode.Scalar) -> Bool {
    ScalarClass.isHan(u) && u != "第" && u != "年"
  }
}
