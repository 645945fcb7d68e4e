import ZhengceCore

/// A title as printed at a document's head: a line ending like a document
/// (…的实施意见, …管理办法(试行)), with the lines it was broken from when it
/// starts with 关于 (中共某省委 某省人民政府 ⏎ 关于新时期… ⏎ 三年攻坚的实施意见).
struct TitleBlock: Hashable {
  /// The lines it takes.
  var lines: Range<Int>
  /// Its lines joined with a space, page words dropped: spaces between issuers mean something.
  var raw: String
  /// The title proper, spaces folded as `TitleRules.split` folds them.
  var title: String
  /// The date printed in brackets after it, (2021年3月1日): the date the document was adopted.
  var date: String?
  /// Bodies named on the line above a title that does not start with 关于
  /// (内蒙古自治区党委 自治区人民政府 ⏎ 贯彻落实…的意见): its issuers, not part of it.
  var issuers: [String] = []

  /// Lines a title broken before its last line may take.
  static let maxLines = 4

  /// The title blocks among `lines[..<end]`, leaving out the lines in `used` (info rows).
  static func all(in lines: [TextLine], before end: Int, skipping used: Set<Int>) -> [TitleBlock] {
    var blocks: [TitleBlock] = []
    for i in 0..<end where !used.contains(i) {
      // A paragraph (longer than a title with a site's name glued to it, and with a full stop) is none.
      if lines[i].scalars.count > TextLine.maxRawLength, lines[i].scalars.contains("。") { continue }
      let last = TitleRules.cleaned(Self.text(of: lines[i]))
      let n = last.unicodeScalars.count
      // A short last line may be letter-spaced: 通 知.
      let kind = n < 8 ? last.filter { $0 != " " } : last
      guard n <= 100, !last.contains("。"), !last.hasSuffix(":"), !Self.opensWithANumber(last), !Self.isLabelledHeadline(last),
        TitleRules.endsWithKind(kind)
      else { continue }
      // 第十四个五年规划 ⏎ 和2035年远景目标纲要的通知: a line that goes on with 和 (与, 及, 》) ends
      // the title above it, which ended with a kind only by chance.
      if let previous = blocks.last, previous.lines.upperBound == i, Self.continuesTitle(last), !Self.opensTitle(last) {
        blocks[blocks.count - 1] = previous.extended(to: i, last: last, in: lines)
        continue
      }
      let floor = max(blocks.last?.lines.upperBound ?? 0, i - (maxLines - 1))
      var start = Self.opensTitle(last) ? i : nil as Int?
      var j = i - 1
      while start == nil, j >= floor, !used.contains(j), TitleRules.isTitleFragment(lines[j].scalars) {
        if Self.opensTitle(lines[j].text) { start = j }
        j -= 1
      }
      // A notice's opening broken either side of its verb: 某市人民政府印发 ⏎ 关于…, 自治区人民政府关于 ⏎ 印发….
      if let s = start, s - 1 >= floor, !used.contains(s - 1), TitleRules.isTitleFragment(lines[s - 1].scalars) {
        let (above, opening) = (lines[s - 1].text, lines[s].text)
        if Self.opensWithCoverVerb(above) ? !Self.opensWithCoverVerb(opening) : Self.opensWithAbout(above) && Self.opensWithCoverVerb(opening) {
          start = s - 1
        }
      }
      // A short last line (通  知, 远景目标纲要), one opening with a bracket ((扶贫培训)项目实施方案),
      // or a kind alone with its notes (方案(2025—2027年)(征求意见稿)) ends the line above it.
      // So does a line above that opens with a place and is no body nor page name
      // (沈阳市重点产业链关键核心技术攻关 ⏎ 重大科技专项实施细则).
      if start == nil, i - 1 >= floor, !used.contains(i - 1), TitleRules.isTitleFragment(lines[i - 1].scalars),
        n < 8 || last.hasPrefix("(") || TitleRules.isKindAlone(last) || Self.opensTopicOfAPlace(lines[i - 1].text)
      {
        start = i - 1
      }
      if var first = start {
        // The issuing bodies on their own lines above 关于…; not a page's line naming again the
        // body the title opens with (黑龙江省大庆市人民政府 ⏎ 大庆市人民政府关于印发…).
        let ownIssuer = Self.issuerOpening(lines[first].text)
        while first - 1 >= floor, first > i - maxLines, !used.contains(first - 1),
          TitleRules.isIssuerLine(lines[first - 1].text), ownIssuer.map({ !lines[first - 1].text.hasSuffix($0) }) ?? true
        {
          first -= 1
        }
        start = first
      } else if n < minimumLength {
        continue
      }
      let from = start ?? i
      var block = Self.joined(lines, from: from, to: i, last: last)
      guard block.title.unicodeScalars.count >= minimumLength else { continue }
      if !Self.opensTitle(lines[from].text), from - 1 >= floor, !used.contains(from - 1), TitleRules.isIssuerLine(lines[from - 1].text) {
        block.issuers = Self.text(of: lines[from - 1]).split(separator: " ").map(String.init)
      }
      blocks.append(block)
    }
    return blocks
  }

  /// Fewest characters of a title on one line (图书报告 in a site menu is none).
  static let minimumLength = 6

  /// Whether a line goes on with the title above it: it opens with a conjunction
  /// (和, 与, 及, 暨, 以及) or with the close of a quoted title (》的通知).
  static func continuesTitle(_ line: String) -> Bool {
    guard let first = line.unicodeScalars.first else { return false }
    return "和与及暨》〉".unicodeScalars.contains(first) || line.hasPrefix("以及")
  }

  /// This block with the lines after it up to line `i`, whose text is `last`.
  func extended(to i: Int, last: String, in lines: [TextLine]) -> TitleBlock {
    var block = Self.joined(lines, from: self.lines.lowerBound, to: i, last: last)
    block.issuers = issuers
    return block
  }

  /// The title of lines `from` through `to`, the last of them read as `last`.
  private static func joined(_ lines: [TextLine], from: Int, to i: Int, last: String) -> TitleBlock {
    let raw = (lines[from..<i].map(Self.text(of:)) + [last]).joined(separator: " ")
    let (title, date) = TitleRules.withoutTrailingNote(TitleRules.split(rawTitle: raw).title)
    return TitleBlock(lines: from..<(i + 1), raw: raw, title: TitleRules.capped(title), date: date)
  }

  /// The body a title line opens with before its 关于 (大庆市人民政府关于印发…), nil when it opens with 关于.
  static func issuerOpening(_ line: String) -> String? {
    guard let about = line.utf8Range(of: "关于"), about.lowerBound > line.startIndex else { return nil }
    let before = String(line[..<about.lowerBound])
    return TitleRules.isIssuerLine(before) ? before : nil
  }

  /// Whether a title starts on this line: 关于…, issuers then 关于 (某省人民政府关于印发),
  /// or a notice's verb after its issuers or alone (某市人民政府印发关于…, 转发省某厅…).
  static func opensTitle(_ line: String) -> Bool {
    opensWithAbout(line) || opensWithCoverVerb(line) || opensWithPlaceAndYear(line)
  }

  /// A place and a year opening the line (巩留县2020年第二批…, 四川省2018年度…): how a title
  /// without 关于 starts (…债券项目安排使用情况公示 on the next line).
  static func opensWithPlaceAndYear(_ line: String) -> Bool {
    let s = Array(line.unicodeScalars.prefix(16))
    guard let digit = s.firstIndex(where: { ("0"..."9").contains($0) }), (2...10).contains(digit),
      s[..<digit].allSatisfy(ScalarClass.isHan), placeEnds.contains(s[digit - 1]),
      digit + 4 < s.count, s[digit..<(digit + 4)].allSatisfy({ ("0"..."9").contains($0) }), s[digit + 4] == "年"
    else { return false }
    return true
  }

  private static let placeEnds: Set<Unicode.Scalar> = ["省", "市", "县", "区", "州", "旗", "盟"]

  /// A title's first line naming a place and then its topic (沈阳市重点产业链…): a place's name
  /// of two to six characters, then more words, no body (沈阳市科学技术局), no site (…政府网)
  /// and no end of a title of its own.
  static func opensTopicOfAPlace(_ line: String) -> Bool {
    let s = Array(line.unicodeScalars)
    guard s.count >= 8, s.count <= 24, s.allSatisfy(ScalarClass.isHan),
      let end = s.prefix(7).firstIndex(where: { placeEnds.contains($0) }), end >= 2, end + 4 <= s.count,
      let last = s.last, !"网站户台页".unicodeScalars.contains(last)
    else { return false }
    return !TitleRules.isIssuerLine(line) && !TitleRules.endsWithKind(line) && !line.contains("关于")
  }

  /// 关于 opening the line, or after the bodies that issue (某省人民政府关于印发).
  static func opensWithAbout(_ line: String) -> Bool {
    if line.hasPrefix("关于") { return true }
    guard let about = line.utf8Range(of: "关于") else { return false }
    return TitleRules.isIssuerLine(String(line[..<about.lowerBound]))
  }

  /// 印发, 转发 or 批转 opening the line, or after the bodies that issue (鹤岗市人民政府 鹤岗市中级人民法院印发).
  static func opensWithCoverVerb(_ line: String) -> Bool {
    // 转发 alone on its line is a page's share button.
    if TitleRules.coverVerbs.contains(line) { return false }
    guard let verb = TitleRules.coverVerbs.lazy.compactMap({ line.utf8Range(of: $0) }).first else { return false }
    return verb.lowerBound == line.startIndex || TitleRules.isIssuerLine(String(line[..<verb.lowerBound]))
  }

  /// A repost's headline with a place or column before a colon (湖北:湖北省乡村振兴战略规划…):
  /// the page's words about the document, not its title.
  static func isLabelledHeadline(_ line: String) -> Bool {
    guard let colon = line.unicodeScalars.prefix(maxHeadlineLabel + 1).firstIndex(of: ":") else { return false }
    let label = line.unicodeScalars[..<colon]
    return !label.isEmpty && label.allSatisfy(ScalarClass.isHan)
  }

  /// Longest label before a repost's headline.
  static let maxHeadlineLabel = 6

  /// `3预警、监测和信息报告`: a numbered heading, not a title (a year may open one: 2019年…).
  static func opensWithANumber(_ line: String) -> Bool {
    let digits = line.unicodeScalars.prefix { ScalarClass.isDigit($0) }.count
    guard digits > 0 else { return false }
    let rest = line.unicodeScalars.dropFirst(digits)
    guard rest.first != "年" else { return false }
    // A span of years: 2024—2025年节能降碳行动方案, 2021-2025年….
    guard digits == 4, let dash = rest.first, "—–-~至".unicodeScalars.contains(dash) else { return true }
    let end = rest.dropFirst()
    let endDigits = end.prefix { ScalarClass.isDigit($0) }.count
    return !(endDigits == 4 && end.dropFirst(4).first == "年")
  }

  /// A line's text with its spaces (one a run), or without them for a long line.
  static func text(of line: TextLine) -> String {
    line.raw.isEmpty ? line.text : line.raw
  }
}
