import ZhengceCore

/// The 落款 a document is signed with: issuing bodies on their own lines, then
/// the date alone on the next (a bracketed date, (2018年10月24日), counts too).
/// A cover notice signs in the head; the document itself closes with one, and
/// a bracketed note such as (此件公开发布) may follow it.
struct Signature {
  struct Part {
    var issuers: [String]
    /// The issuer lines, empty when the date stands without them.
    var issuerLines: Range<Int>
    var date: String
    var dateLine: Int
  }

  /// The first date alone on its line in the head, with the issuers above it.
  var cover: Part?
  /// The closing 落款 among the last lines, or a sign-off line `…2016年1月13日印发`.
  var closing: Part?

  /// Issuer lines a signature may take (joint issuers sign one or two a line: twelve
  /// departments of a province sign an opinion on six lines).
  static let maxIssuerLines = 8

  static func find(in lines: [TextLine], head: Range<Int>) -> Signature {
    var signature = Signature()
    let signed = { (k: Int) in dateAlone(lines[k]) ?? dateWithoutMarks(lines, at: k) ?? dateBrokenAfterYear(lines, at: k) }
    if let i = head.first(where: { signed($0) != nil }), let date = signed(i) {
      signature.cover = part(lines, dateLine: i, date: date, floor: head.lowerBound)
    } else if let i = (head.upperBound..<lines.count).first(where: { signed($0) != nil && opensAnnex(lines, after: $0) }),
      let date = signed(i)
    {
      // A cover notice with items of its own signs after them and its list of annexes,
      // right before the first annex (附件1) or the document it issues, past a note
      // such as (此件公开发布).
      let cover = part(lines, dateLine: i, date: date, floor: head.upperBound)
      if !cover.issuers.isEmpty { signature.cover = cover }
    }
    let tail = max(0, lines.count - 6)..<lines.count
    for k in tail.reversed() where k > tail.lowerBound {
      guard let date = signed(k) else { continue }
      let closing = part(lines, dateLine: k, date: date, floor: tail.lowerBound)
      // A page may lose the issuer above the date: the date still signs the text it closes
      // (…抓紧推进项目实施。 ⏎ 2019年1月14日, 此复 ⏎ 2022年1月12日).
      if !closing.issuers.isEmpty || lines[k - 1].text.hasSuffix("。") || closingFormulas.contains(lines[k - 1].text) {
        signature.closing = closing
      }
      break
    }
    if signature.closing == nil {
      for k in lines.indices.suffix(4).reversed() {
        let text = lines[k].text
        guard text.hasSuffix("印发") || text.hasSuffix("发布"), let found = DateParser.first(in: text) else { continue }
        signature.closing = Part(issuers: [], issuerLines: k..<k, date: found.date, dateLine: k)
        break
      }
    }
    return signature
  }

  /// The formulas a letter or notice closes with on a line of their own, right above its 落款.
  static let closingFormulas: Set<String> = [
    "此复", "特此批复", "特此函复", "此函", "特此函告", "特此通知", "特此公告", "特此通告", "特此报告", "此致", "此復", "特此批復", "特此函復",
  ]

  /// Whether the first line after `k` that is not a bracketed note opens an annex (附件1,
  /// 附件:) or the document the notice issues (a title line: …责任分解方案).
  private static func opensAnnex(_ lines: [TextLine], after k: Int) -> Bool {
    var n = k + 1
    while n < lines.count, lines[n].scalars.first == "(", lines[n].scalars.last == ")" { n += 1 }
    return n < lines.count && (lines[n].text.hasPrefix("附件") || TitleRules.endsWithKind(lines[n].text))
  }

  /// Punctuation no signature line holds.
  private static let clausePunctuation = Set(",\u{FF0C}\u{3002};\u{FF1B}:\u{FF1A}".unicodeScalars)

  /// A closing signature whose date the page lost: the last line among the last few that
  /// names bodies and nothing else (漳平市脱贫攻坚战役指挥部办公室 above the page's links).
  static func undated(in lines: [TextLine], after bodyStart: Int) -> (line: Int, issuers: [String])? {
    let tail = max(bodyStart, lines.count - 4)..<lines.count
    // A full name (not 扶贫办, the last cell of a table, nor 1.优化城乡结构布局, a heading).
    let signs = { (k: Int) in
      let scalars = lines[k].scalars
      // Nor a clause cut short (第九条 由县确定当年扶持的村委会,以村委会): a signature has no punctuation.
      return scalars.count >= 6 && scalars.count <= 60 && !scalars.contains { ScalarClass.isDigit($0) || $0 == "\t" || Self.clausePunctuation.contains($0) }
        && !(k > 0 && lines[k - 1].scalars.contains("\t")) && TitleRules.isIssuerLine(lines[k].text)
    }
    guard let k = tail.last(where: signs), k > 0 else { return nil }
    return (k, TitleBlock.text(of: lines[k]).split(separator: " ").map(String.init))
  }

  private static func part(_ lines: [TextLine], dateLine: Int, date: String, floor: Int) -> Part {
    // A seal's note between the issuer and the date ((区生态环境局代章)) is not an issuer.
    let sealed = dateLine - 1 > floor && isSealNote(lines[dateLine - 1].scalars)
    let below = sealed ? dateLine - 1 : dateLine
    var first = below
    while first - 1 >= floor, below - first < maxIssuerLines, TitleRules.isIssuerLine(lines[first - 1].text) {
      first -= 1
    }
    let issuers = lines[first..<below].flatMap { TitleBlock.text(of: $0).split(separator: " ").map(String.init) }
    return Part(issuers: issuers, issuerLines: first..<(first == below ? below : dateLine), date: date, dateLine: dateLine)
  }

  /// (区生态环境局代章), (印章): a bracketed note of who sealed the page.
  static func isSealNote(_ line: [Unicode.Scalar]) -> Bool {
    line.count <= 20 && line.first == "(" && line.last == ")" && line.dropLast().last == "章"
  }

  /// The date a line states and nothing else: 2019年3月1日, 二○○五年四月二日, or (2018年10月24日).
  /// A labelled field the page ran onto the date's line is not part of it
  /// (二○一二年二月二十九日 主题词:劳动 工资 通知).
  static func dateAlone(_ line: TextLine) -> String? {
    var s = line.scalars[...]
    // Normalisation drops the space between the date's 日 and the label.
    if let end = s.firstIndex(where: { $0 == "日" || $0 == " " }), end > s.startIndex, end + 1 < s.endIndex,
      MetadataLabels.opensWithLabel(Array(s[(end + 1)...]))
    {
      s = s[s.startIndex..<(s[end] == " " ? end : end + 1)]
    }
    if s.first == "(", s.last == ")" { s = s.dropFirst().dropLast() }
    if let found = DateParser.all(in: Array(s)).first, found.start == 0, found.end == s.count { return found.date }
    return chineseDate(s)
  }

  /// A signature's date whose 月 and 日 (or all three marks) the page lost, under an issuer's
  /// line: 2020年915, 201739. Read only when the digits after the year split into a month and
  /// a day one way alone (915 is 9-15; 111 could be 1-11 or 11-1, and is no date).
  static func dateWithoutMarks(_ lines: [TextLine], at k: Int) -> String? {
    guard k > 0 else { return nil }
    var s = lines[k].scalars[...]
    while s.last == " " { s = s.dropLast() }
    // The line's shape first: asking whether the line above names issuers costs more.
    guard s.count >= 6, s.count <= 9, s.prefix(4).allSatisfy(ScalarClass.isDigit), TitleRules.isIssuerLine(lines[k - 1].text)
    else { return nil }
    var rest = s.dropFirst(4)
    if rest.first == "年" { rest = rest.dropFirst() }
    guard (2...4).contains(rest.count), rest.allSatisfy(ScalarClass.isDigit),
      let year = Int(String(scalars: Array(s.prefix(4)))), (1949...2100).contains(year)
    else { return nil }
    let digits = rest.map { Int($0.value) - 48 }
    let readings = (1..<digits.count).compactMap { cut -> (Int, Int)? in
      let month = digits[..<cut].reduce(0) { $0 * 10 + $1 }
      let day = digits[cut...].reduce(0) { $0 * 10 + $1 }
      guard (1...12).contains(month), (1...31).contains(day) else { return nil }
      return (month, day)
    }
    guard readings.count == 1, let (month, day) = readings.first else { return nil }
    return DateParser.format(year, month, day)
  }

  /// A signature's date that the page broke after its year, under an issuer's line:
  /// 2014 ⏎ 年6月30日. The line of the year is the date's line.
  static func dateBrokenAfterYear(_ lines: [TextLine], at k: Int) -> String? {
    guard k > 0, k + 1 < lines.count else { return nil }
    var year = lines[k].scalars[...]
    while year.last == " " { year = year.dropLast() }
    guard year.count == 4, year.allSatisfy(ScalarClass.isDigit), lines[k + 1].scalars.first == "年",
      TitleRules.isIssuerLine(lines[k - 1].text)
    else { return nil }
    let joined = Array(year) + lines[k + 1].scalars
    guard let found = DateParser.all(in: joined).first, found.start == 0, found.end == joined.count else { return nil }
    return found.date
  }

  /// Stand-ins for 〇 in a year written in Chinese numerals.
  private static let zeros: Set<Unicode.Scalar> = ["○", "O", "o", "0", "零"]

  /// 二○○五年四月二日, 二〇一九年十二月三十一日: a date in Chinese numerals, the whole of `s`.
  static func chineseDate(_ s: ArraySlice<Unicode.Scalar>) -> String? {
    guard s.count >= 8, s.count <= 12, let nian = s.firstIndex(of: "年"), nian - s.startIndex == 4,
      let yue = s.firstIndex(of: "月"), s.last == "日"
    else { return nil }
    var year = 0
    for u in s[s.startIndex..<nian] {
      // Zero as pages type it: ○, O (二OO三年), 0.
      guard let d = ChineseNumber.digit(Self.zeros.contains(u) ? "〇" : u) else { return nil }
      year = year * 10 + d
    }
    guard let month = ChineseNumber.value(s[(nian + 1)..<yue]), let day = ChineseNumber.value(s[(yue + 1)..<(s.endIndex - 1)]),
      (1949...2100).contains(year), (1...12).contains(Int(month)), (1...31).contains(Int(day))
    else { return nil }
    return DateParser.format(year, Int(month), Int(day))
  }
}
