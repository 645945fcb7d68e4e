import ZhengceCore

/// What titles, cover notices and issuing bodies look like.
enum TitleRules {
  /// Endings of document titles: 方案, 意见, 通知 ….
  static let documentKinds = [
    "方案", "意见", "通知", "决定", "规划", "计划", "办法", "细则", "规定", "纲要", "措施", "要点", "条例", "指引", "指南",
    "公告", "通告", "报告", "批复", "函", "公示", "通报", "规则", "清单", "名单", "预案", "建议", "分工", "分解",
  ]

  /// Endings of the names of issuing bodies: 委, 政府, 厅, 局, 领导小组 ….
  static let issuerEndings = ["委", "政府", "厅", "局", "办公室", "小组", "委员会", "部", "院", "办", "会", "社", "中心", "公署", "行署", "银行", "分行", "总站", "综合司"]

  /// Longest title kept whole (a title that reads like one has at most 100).
  static let maxLength = 200

  /// A title of last resort (the first line, a page's heading), cut at
  /// `maxLength` scalars with an ellipsis: a file that is one 5 MB line has no 5 MB title.
  static func capped(_ title: String) -> String {
    guard title.unicodeScalars.count > maxLength else { return title }
    return String(scalars: title.unicodeScalars.prefix(maxLength)) + "…"
  }

  /// A title without the file extension a document-sharing page prints after it
  /// (河南省城市精细化管理考核项目及评分标准.docx).
  static func withoutFileExtension(_ title: String) -> String {
    guard let dot = title.lastIndex(of: "."), title.distance(from: dot, to: title.endIndex) <= 5 else { return title }
    let ext = title[title.index(after: dot)...].lowercased()
    return fileExtensions.contains(ext) ? String(title[..<dot]) : title
  }

  static let fileExtensions: Set<String> = ["doc", "docx", "pdf", "wps", "txt", "xls", "xlsx", "ofd"]

  /// Whether `line` is nothing but a document kind and the notes in brackets after it
  /// (方案(2025—2027年)(征求意见稿)): the end of a title broken before it.
  static func isKindAlone(_ line: String) -> Bool {
    var text = Substring(line)
    while text.hasSuffix(")"), let open = text.lastIndex(of: "(") { text = text[..<open] }
    return !text.isEmpty && documentKinds.contains(String(text))
  }

  /// Whether `line` ends with a document kind, notes in brackets after it
  /// allowed: 规划(2016—2020年), 条例(2017修订), 办法(试行), 方案(2025—2027年)(征求意见稿).
  static func endsWithKind(_ line: String) -> Bool {
    var text = Substring(line)
    for _ in 0..<2 {
      guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), text.distance(from: open, to: text.endIndex) <= 16 else { break }
      text = text[..<open]
      while text.last == " " { text = text.dropLast() }
    }
    return documentKinds.contains { text.hasSuffix($0) }
  }

  /// A line a title broken over several lines may continue from: short, no
  /// sentence punctuation, not a date or a 文号 (中共广东省委 广东省人民政府 ⏎ 关于…).
  static func isTitleFragment(_ line: [Unicode.Scalar]) -> Bool {
    guard line.count >= 2, line.count <= 40, line.contains(where: ScalarClass.isHan) else { return false }
    if line.contains(where: { "。;:!?|".unicodeScalars.contains($0) }) { return false }
    return DateParser.all(in: line).isEmpty && DocNumberScanner.all(in: line).isEmpty
  }

  /// A title line without the page words around it: a site name glued before
  /// it with a dash (某网-首页-关于…的通知), `第一篇:` or a page's heading and a colon
  /// before it, `[大全]` after it,
  /// the 文号 printed on its line (鹿政办发〔2017〕85号:关于…, 关于…的通知 吉民字〔1979〕52号).
  static func cleaned(_ line: String) -> String {
    var s = withoutDocNumber(Array(line.unicodeScalars))
    if s.first == "第", let colon = s.prefix(6).firstIndex(of: ":"), colon >= 2, s[colon - 1] == "篇" {
      s.removeSubrange(0...colon)
    }
    // A page's own heading before a colon (…高新技术企业奖励政策:泰和县科技入园奖励资金实施细则(试行)):
    // the title is what follows, when it ends like one and what comes before does not.
    if let colon = s.firstIndex(where: { $0 == ":" || $0 == "：" }), colon >= 4 {
      let before = String(scalars: Array(s[..<colon]))
      let after = Array(s[(colon + 1)...]).filter { $0 != " " }
      if after.count >= 6, endsWithKind(String(scalars: after)), !endsWithKind(before), !before.contains("关于") {
        s.removeSubrange(0...colon)
      }
    }
    while let last = s.last, last == "]" || last == "】", let open = s.lastIndex(where: { $0 == "[" || $0 == "【" }),
      s.count - open <= 6, open > 0
    {
      s.removeSubrange(open...)
    }
    // Site names glue on with - or _ (never between digits: 2001-2010年, nor inside brackets:
    // 香海道(嘉和路-晨溪路)道路…工程).
    var parts: [[Unicode.Scalar]] = []
    var current: [Unicode.Scalar] = []
    var depth = 0
    for (k, u) in s.enumerated() {
      if u == "(" || u == "\u{FF08}" { depth += 1 } else if u == ")" || u == "\u{FF09}" { depth = max(0, depth - 1) }
      let isSeparator = depth == 0
        && (u == "_" || (u == "-" && !(k > 0 && ScalarClass.isDigit(s[k - 1]) && k + 1 < s.count && ScalarClass.isDigit(s[k + 1]))))
      if isSeparator {
        parts.append(current)
        current = []
      } else {
        current.append(u)
      }
    }
    parts.append(current)
    if parts.count > 1, let titled = parts.last(where: { endsWithKind(String(scalars: $0)) && $0.count >= 6 }) {
      s = titled
    }
    while let first = s.first, first == " " { s.removeFirst() }
    while let last = s.last, last == " " { s.removeLast() }
    // A page label after the title on its line (…项目公示 时间:2017-03-24) is no part of it.
    if s.contains(" "), s.contains(where: { $0 == ":" || $0 == "：" }),
      let label = MetadataLabels.matches(in: s).first(where: { $0.labelStart > 0 && s[$0.labelStart - 1] == " " })
    {
      s = Array(s[..<label.labelStart])
      while let last = s.last, last == " " { s.removeLast() }
    }
    return String(scalars: Self.withoutTitleMarks(s))
  }

  /// `s` without a 文号 before it (then a colon or a space) or after it (after a space).
  private static func withoutDocNumber(_ line: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var s = line
    if let first = DocNumberScanner.all(in: s).first, first.start == 0, first.end < s.count,
      s[first.end] == ":" || s[first.end] == " "
    {
      s.removeSubrange(0...first.end)
    }
    if let last = DocNumberScanner.all(in: s).last, last.end == s.count, last.start > 0, s[last.start - 1] == " " {
      s.removeSubrange((last.start - 1)...)
    } else if let last = DocNumberScanner.all(in: s).last, last.end == s.count, last.start > 0,
      endsWithKind(String(scalars: Array(s[..<last.start])))
    {
      // …实施方案的通知黔府办发〔2017〕76号: the number glued right after the title's kind.
      s.removeSubrange(last.start...)
    }
    // …有关情况的通知(桂乡振发〔2021〕18号): the number in brackets after the title.
    if let last = s.last, last == ")" || last == "\u{FF09}", let open = s.lastIndex(where: { $0 == "(" || $0 == "\u{FF08}" }),
      open > 0, let number = DocNumberScanner.all(in: Array(s[(open + 1)..<(s.count - 1)])).first,
      number.start == 0, number.end == s.count - 1 - (open + 1)
    {
      s.removeSubrange(open...)
    }
    return s
  }

  /// The title a line gives in book-title marks: the whole line (《湖北省脱贫攻坚规划(2016—2020年)》,
  /// also with a note after it: 《…规划(2018-2022年)》(全文), or the words that bring in its text:
  /// 《…实施方案》公布如下:), or a headline that reports it issued (中办国办印发《…考核办法》).
  /// Other lines are returned as they are.
  private static func withoutTitleMarks(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
    guard let open = s.firstIndex(of: "《"), let close = s.lastIndex(of: "》"), open < close,
      !s[(open + 1)..<close].contains(where: { $0 == "《" || $0 == "》" })
    else { return s }
    let before = s[..<open]
    let after = String(scalars: s[(close + 1)...])
    let noteAfter = after.isEmpty || (after.hasPrefix("(") && after.hasSuffix(")") && versionNotes.contains { after.contains($0) })
      || before.isEmpty && textFollows.contains { after == $0 || after == $0 + ":" }
    let reportsIssue = before.isEmpty || String(scalars: before).hasSuffix("印发")
    return noteAfter && reportsIssue ? Array(s[(open + 1)..<close]) : s
  }

  /// Words after a title in marks that bring in its text: 《X》全文如下:.
  static let textFollows = ["全文如下", "公布如下", "印发如下", "发布如下"]

  /// Verbs of a notice that issues or forwards a document.
  static let coverVerbs = ["印发", "转发", "批转"]

  /// 关于印发《X》的通知 and the like: a notice that carries the document. (印发X通知 without
  /// 的 is a headline's report, 省政府印发…通知, unless it names X in marks.)
  static func isCoverNotice(_ line: String) -> Bool {
    guard line.hasSuffix("通知") else { return false }
    if coverVerbs.contains(where: { line.utf8Range(of: $0) != nil }) {
      return line.contains("《") || line.hasSuffix("的通知") && carriedTitle(line) != nil
    }
    // 中共某省委办公厅 某省人民政府办公厅 《关于…的意见》的通知: bodies, then what they send.
    guard line.hasSuffix("》的通知"), let open = line.firstIndex(of: "《") else { return false }
    let bodies = line[..<open].split(whereSeparator: { $0 == " " || $0 == "、" }).map(String.init)
    return !bodies.isEmpty && bodies.allSatisfy(isIssuerName)
  }

  /// Whether two spellings of a title are the same title: spaces, book-title marks
  /// (《》〈〉<>), quotes, dashes and 的 aside, as a page's heading and the document's
  /// own print spell one title (关于贯彻落实<纲要(2011—2020年)>… and 关于贯彻落实《纲要(2011-2020年)》…).
  static func sameTitle(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.filter { !ignoredInComparison.contains($0) }
      .elementsEqual(b.unicodeScalars.filter { !ignoredInComparison.contains($0) })
  }

  private static let ignoredInComparison: Set<Unicode.Scalar> = [
    " ", "《", "》", "〈", "〉", "<", ">", "\u{201C}", "\u{201D}", "\"", "\u{2018}", "\u{2019}", "'",
    "\u{2014}", "\u{2013}", "\u{2015}", "-", "~", "\u{FF5E}", "的",
  ]

  /// Notes a page puts after a title in brackets, not part of it: (全文), (2017修订), (征求意见稿).
  static let versionNotes = ["全文", "修订", "修正", "征求意见稿", "摘要", "节选"]

  /// A title without a note in brackets after it: (全文), (2017修订), or the date it was
  /// adopted, (2021年3月1日), returned apart.
  static func withoutTrailingNote(_ title: String) -> (title: String, date: String?) {
    guard title.hasSuffix(")"), let open = title.lastIndex(of: "("), open > title.startIndex else { return (title, nil) }
    let note = String(title[title.index(after: open)..<title.index(before: title.endIndex)])
    let head = String(title[..<open])
    if let found = DateParser.first(in: note), found.start == 0, found.end == note.unicodeScalars.count {
      return (head, found.date)
    }
    return versionNotes.contains(where: note.hasSuffix) ? (head, nil) : (title, nil)
  }

  /// The title a notice says it carries: X in 关于印发《X》的通知 (the first of 《A》和《B》; a status
  /// after the marks is X's: 《X》(试行)); X in 关于印发X的通知 or 印发X通知 when X ends like a
  /// document (方案, 办法 …); in 转发省某厅关于X的意见的通知 the forwarded 关于X的意见 without the
  /// body that wrote it; X in bodies and 《X》的通知, the verb left out; and in a notice that
  /// forwards a notice (转发…关于印发《X》的通知的通知), what that one carries.
  /// - Parameter verbs: the verbs that issue or forward (a genre file may name more: 颁发, 发布).
  static func carriedTitle(_ notice: String, verbs: [String] = coverVerbs) -> String? {
    guard notice.hasSuffix("通知") else { return nil }
    let issued = verbs.compactMap { notice.utf8Range(of: $0) }.min { $0.lowerBound < $1.lowerBound }
    // The marks hold what is issued when they close the notice, not when the title issued quotes
    // another (印发关于落实国务院《政府工作报告》重点工作任务分工的通知).
    if let marked = firstMarkedTitle(notice), let close = notice.lastIndex(where: { $0 == "》" || $0 == "〉" }) {
      var after = String(notice[notice.index(after: close)...])
      if let status = statusNotes.first(where: after.hasPrefix) { after.removeFirst(status.count) }
      if issued != nil, after == "的通知" || after == "通知" { return carriedTitle(marked, verbs: verbs) ?? marked }
      // Without a verb only bodies stand before the marks: 关于学习贯彻《X》的通知 is a notice about X.
      if issued == nil, after == "的通知", let open = notice.firstIndex(where: { $0 == "《" || $0 == "〈" }) {
        let before = notice[..<open]
        if before.allSatisfy({ $0 == " " }) || isIssuerLine(String(before)) { return marked }
      }
    }
    guard let issued else { return nil }
    let tail = notice.hasSuffix("的通知") ? 3 : 2
    guard notice.distance(from: issued.upperBound, to: notice.endIndex) > tail else { return nil }
    var carried = String(notice[issued.upperBound..<notice.index(notice.endIndex, offsetBy: -tail)])
    if notice[issued] == "转发" || notice[issued] == "批转", let about = carried.utf8Range(of: "关于") { carried = String(carried[about.lowerBound...]) }
    if let forwarded = carriedTitle(carried, verbs: verbs) { return forwarded }
    guard carried.unicodeScalars.count >= 4, endsWithKind(carried), !carried.hasSuffix("通知") else { return nil }
    return carried
  }

  /// The first title in book-title marks: 《X》, with marks nested inside it (《关于〈Y〉的意见》);
  /// 〈X〉 when the marks themselves are nested in a title the caller stripped. Of two
  /// (印发《A》和《B》的通知) the first.
  static func firstMarkedTitle(_ text: String) -> String? {
    let scalars = Array(text.unicodeScalars)
    let (open, close): (Unicode.Scalar, Unicode.Scalar) = scalars.contains("《") ? ("《", "》") : ("〈", "〉")
    guard let start = scalars.firstIndex(of: open) else { return nil }
    var depth = 0
    for k in start..<scalars.count {
      if scalars[k] == open { depth += 1 }
      if scalars[k] == close {
        depth -= 1
        guard depth == 0 else { continue }
        guard k > start + 1 else { return nil }
        // 印发《财政扶贫资金管理办法》(试行): the status written after the marks is the title's.
        let after = String(scalars: scalars[(k + 1)...])
        let status = statusNotes.first { after.hasPrefix($0) } ?? ""
        return String(scalars: scalars[(start + 1)..<k]) + status
      }
    }
    return nil
  }

  /// A title's status in brackets, part of it: 管理办法(试行).
  static let statusNotes = ["(试行)", "(暂行)", "(修订)"]

  /// 湖南省人民政府, 中共广东省委 广东省人民政府: a line naming issuing bodies and nothing else.
  static func isIssuerLine(_ line: String) -> Bool {
    // Split and compared as scalars and UTF-8: every head and signature line is asked,
    // and `Character` splitting and `hasSuffix` normalise Chinese text first.
    let names = line.unicodeScalars.split { $0 == " " || $0 == "、" }
    return !names.isEmpty && names.allSatisfy { isIssuerName(String($0)) }
  }

  /// Words of a site, not of a body: 县政府网站, 门户网 never issue a document.
  static let siteWords = ["网站", "门户", "网"]

  /// A body's name without the site's name a page glued before it
  /// (云南省政府信息公开门户网站云南省扶贫办 → 云南省扶贫办).
  static func withoutSiteName(_ name: String) -> String {
    guard let site = name.ranges(of: "网站").last, site.upperBound < name.endIndex else { return name }
    return String(name[site.upperBound...])
  }

  static func isIssuerName(_ name: String) -> Bool {
    let bytes = name.utf8
    if bytes.contains(UInt8(ascii: ":")) || siteWords.contains(where: { bytes.ends(with: $0.utf8) }) || ByteSearch(name).contains("网站") {
      return false
    }
    let n = name.unicodeScalars.count
    return n >= 3 && n <= 30 && issuerEndings.contains { bytes.ends(with: $0.utf8) } || levelCommittees.contains(name)
  }

  /// The party committee of a level, as a report names it (市委、市政府印发…).
  static let levelCommittees: Set<String> = ["省委", "市委", "县委", "区委", "州委", "盟委", "旗委"]

  /// Splits a title line with its spaces kept into issuers and title proper:
  /// `中共辽宁省委 辽宁省人民政府 关于…` → ([中共辽宁省委, 辽宁省人民政府], `中共辽宁省委 辽宁省人民政府关于…`).
  static func split(rawTitle: String) -> (issuers: [String], title: String) {
    let tokens = rawTitle.split(separator: " ").map(String.init)
    guard let first = tokens.first else { return ([], rawTitle) }
    var title = first
    for (previous, token) in zip(tokens, tokens.dropFirst()) {
      if !token.hasPrefix("关于"), isIssuerName(previous), isIssuerName(token) || token.contains("关于") {
        title += " " + token
      } else {
        title += token
      }
    }
    var issuers: [String] = []
    // The bodies before 关于, before 印发 or 转发 in a notice without it (某党委办公厅、政府办公厅印发《…》的通知;
    // not in a headline reporting the issue, 省政府印发…通知),
    // or before the title it issues in marks (某省委办公厅 某省政府办公厅 《关于…的意见》的通知).
    let words = title.hasSuffix("的通知") ? ["关于", "印发", "转发", "《"] : ["关于", "印发《", "《"]
    let cut = words.compactMap { title.utf8Range(of: $0)?.lowerBound }.min()
    if let cut, !title[..<cut].contains("《") {
      let head = title[..<cut].split(whereSeparator: { $0 == " " || $0 == "、" }).map(String.init)
      if !head.isEmpty, head.allSatisfy(isIssuerName) { issuers = head }
    }
    return (issuers, title)
  }
}
