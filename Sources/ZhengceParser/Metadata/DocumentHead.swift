import ZhengceCore

/// What a document says about itself (title, cover notice, 文号, issuers,
/// date), read from its head (the lines before the first numbered block), the
/// info block wherever it stands there, the page's info table (`hints`) and
/// the signature (落款); and which lines are metadata or page banners, not text.
public struct DocumentHead: Sendable {
  /// The document's own title; nil when the text does not state it.
  public var title: String?
  public var noticeTitle: String?
  public var docNumber: String?
  public var issuers: [String]
  public var date: String?
  public var publisher: String?
  /// Index of the first line of the body (the first numbered block).
  public var bodyStart: Int
  /// Whether the document numbers its sections with decimals (read once, for the outline too).
  let numbering: DecimalNumbering
  /// Lines before the document proper (banners, slogans) that are page chrome.
  public var droppedLines: Set<Int>
  /// Lines that state metadata (info rows, title, 文号, dates, signatures): never measures.
  public var metadataLines: Set<Int>
  /// The closing 落款 after the first numbered block (issuer lines through the date
  /// line): the end of the last block's text, never measure text itself.
  public var signOff: Range<Int>?
  /// Where each field was read: the field, the line (nil for the page's info table) and how.
  public var sources: [FieldSource]
  /// The first line of the text, at most `TitleRules.maxLength` long: no title, but it
  /// often names the place of a page (a site's name) when no title does.
  public var firstLine: String
  /// The title's lines as printed, when they say more than the title: a headline that
  /// names who issued it (中办国办印发《…考核办法》) or a note after it.
  public var titleLines: String?

  /// The origin of one metadata field, reported as a `meta.<field>` diagnostic.
  public struct FieldSource: Sendable, Hashable {
    public var field: String
    public var line: Int?
    public var how: String
  }

  public init(_ lines: [TextLine], hints: MetadataHints = MetadataHints()) {
    // The first numbered block, or the header of a task table (a document that is its
    // table: an annex's 任务分工表); a title's note (——2021年12月11日…会议通过) is none, nor
    // is a number before words without a Han character (1. <ul id="fwlom"></ul> on a spam page).
    // Decimal sections (1.1 编制目的) count where the document numbers its sections so.
    // A page's info list numbered as a list (1. [发文字号] 政府令〔2014〕259号) is no block either.
    let numbering = DecimalNumbering(lines.map(\.scalars))
    self.numbering = numbering
    bodyStart = lines.indices.first { i in
      if TableRowSyntax.isHeader(lines[i].scalars) { return true }
      guard let marker = numbering.marker(in: lines[i].scalars) else { return false }
      let rest = lines[i].scalars[marker.length...]
      return (rest.isEmpty || rest.contains(where: ScalarClass.isHan)) && TitleNote.date(lines[i].scalars) == nil
        && !MetadataLabels.opensWithLabel(Array(rest))
    } ?? lines.count
    // A table of contents opens the body with its 目录 line, which `ContentsList` leaves out with it.
    if bodyStart > 0, bodyStart < lines.count, ContentsList.isTitleLine(lines[bodyStart - 1].scalars) { bodyStart -= 1 }
    let head = 0..<bodyStart
    let texts = lines[head].map(\.text)
    var reader = MetadataReader()
    reader.read(textLines: lines[head].map { MetadataReader.cells(ofTextLine: $0.raw.isEmpty ? $0.text : $0.raw) })
    let rows = reader.hints
    var used = reader.infoLines
    var sources: [FieldSource] = []
    func row(_ field: String) -> Int? { reader.sourceLines[field] }

    let signature = Signature.find(in: lines, head: head)
    // Title blocks: a line ending like a document, with the lines of a title broken before it.
    let blocks = TitleBlock.all(in: lines, before: bodyStart, skipping: used)
    let firstParagraph = head.first { i in
      !used.contains(i) && !blocks.contains { $0.lines.contains(i) } && HeadParagraphs.isSubstantive(lines[i].scalars)
    } ?? bodyStart
    let statedTitle = [hints.title, rows.title].compactMap { $0.map(TitleRules.cleaned) }.first
    let choice = TitleChoice(
      blocks: blocks, lines: lines, firstParagraph: firstParagraph, statedTitle: statedTitle, cover: signature.cover)
    let (own, notice, carried) = (choice.own, choice.notice, choice.carried)
    let noticeText = notice?.title ?? statedTitle.flatMap { TitleRules.isCoverNotice($0) ? $0 : nil }
    let repeated = own == nil && noticeText == nil ? Self.repeatedHeadline(lines, before: firstParagraph, skipping: used) : nil
    let runIn = own == nil && noticeText == nil && (statedTitle ?? "").isEmpty && repeated == nil
      ? RunInTitle(lines, in: head, skipping: used) : nil
    // The heading of the document a notice issues, printed after the notice's
    // signature with no word of it below (a forum post keeping only the notice).
    let ownNotKept = own.map { own in
      signature.cover.map { own.lines.lowerBound > $0.dateLine } == true
        && !lines[own.lines.upperBound...].contains { $0.scalars.contains(where: ScalarClass.isHan) }
    } ?? false
    if let own, !ownNotKept {
      // The file carries both the notice and the document it issues.
      title = own.title
      let printed = lines[own.lines].map(\.text).joined(separator: " ")
      titleLines = printed == own.title ? nil : printed
      noticeTitle = carried == nil ? nil : noticeText
      sources.append(FieldSource(field: "title", line: own.lines.lowerBound, how: "title line"))
    } else if let carried, let noticeText, !ownNotKept,
      (bodyStart < lines.count && !Self.annexNotKept(carried, signature.closing, lines, from: bodyStart))
        || Self.textFollows(signature.cover, in: lines)
    {
      // The document the notice issues follows it (numbered, or after the notice's own
      // signature) under a heading the page lost.
      title = carried
      noticeTitle = noticeText
      sources.append(FieldSource(field: "title", line: notice?.lines.lowerBound ?? row("title"), how: "cover notice"))
    } else if let noticeText {
      // Only the notice: it is the document.
      title = TitleRules.split(rawTitle: noticeText).title
      noticeTitle = nil
      sources.append(FieldSource(field: "title", line: notice?.lines.lowerBound ?? row("title"), how: "notice title"))
    } else if let statedTitle, !statedTitle.isEmpty {
      title = TitleRules.capped(TitleRules.split(rawTitle: statedTitle).title)
      noticeTitle = nil
      sources.append(FieldSource(field: "title", line: hints.title == nil ? row("title") : nil, how: "info block"))
    } else if let repeated {
      title = TitleRules.capped(TitleRules.withoutFileExtension(lines[repeated].text))
      noticeTitle = nil
      sources.append(FieldSource(field: "title", line: repeated, how: "headline repeated"))
    } else if let runIn {
      title = runIn.title
      noticeTitle = nil
      sources.append(FieldSource(field: "title", line: runIn.line, how: "title run into its text"))
    } else {
      title = nil
      noticeTitle = nil
    }
    for block in blocks { used.formUnion(block.lines) }

    let report = title.flatMap { ReportedIssue(of: $0, in: lines, head) } ?? ReportedIssue(deliveredIn: lines, head)
    // 文号: the info block's, else a head line that states one (not a citation in a sentence).
    let numberLine = head.first { i in
      !texts[i].contains("《") && !texts[i].contains("。") && DocNumberScanner.all(in: lines[i].scalars).count == 1
    }
    if let stated = hints.docNumber ?? rows.docNumber, let number = Self.docNumber(in: stated) {
      docNumber = number
      sources.append(FieldSource(field: "docNumber", line: hints.docNumber == nil ? row("docNumber") : nil, how: "info block"))
    } else if let numberLine {
      // Read with its spaces: a title or a date before the 文号 on its line is no part of it.
      docNumber = DocNumberScanner.all(in: Array(TitleBlock.text(of: lines[numberLine]).unicodeScalars)).first?.number
      sources.append(FieldSource(field: "docNumber", line: numberLine, how: "文号 line"))
      if lines[numberLine].scalars.count <= 40 { used.insert(numberLine) }
    } else if let (line, number) = head.lazy.compactMap({ i in DocNumberScanner.withoutClosingMarks(lines[i].scalars).map { (i, $0) } }).first {
      docNumber = number
      sources.append(FieldSource(field: "docNumber", line: line, how: "文号 line without its closing marks"))
      used.insert(line)
    } else if let report, let number = report.docNumber {
      docNumber = number
      sources.append(FieldSource(field: "docNumber", line: report.line, how: "report of the issue"))
    } else {
      docNumber = nil
    }

    // Dates: the signature (a cover's date alone on its line, `…印发`, the closing 落款),
    // then 成文日期, then 发布日期/发布时间, then a publication stamp heading the page.
    for part in [signature.cover, signature.closing].compactMap({ $0 }) where part.dateLine < bodyStart {
      used.formUnion(part.issuerLines)
      used.insert(part.dateLine)
    }
    // Read with its spaces (国开联 2019.05.22); an info row may hold one (【字体: 】【2019年02月15日】).
    let stampText = { (i: Int) in Array(TitleBlock.text(of: lines[i]).unicodeScalars) }
    // A ministry's page prints its date beside the 文号 ([财教〔2021〕175号]  [2021-09-26]).
    let stamp = head.first { i in
      (!used.contains(i) || reader.infoLines.contains(i) || i == numberLine)
        && lines[i].scalars.count <= 60 && !texts[i].contains("。")
        && Self.stampDate(stampText(i)) != nil
    }
    if let stamp { used.insert(stamp) }
    let signed = signature.cover ?? signature.closing
    // The date after the title in brackets, or in the note under it (…会议通过).
    var adopted = (own ?? notice).flatMap { block in block.date.map { (block.lines.lowerBound, $0) } }
    for next in [own, notice].compactMap({ $0?.lines.upperBound }) where adopted == nil && head.contains(next) {
      if let noted = TitleNote.date(lines[next].scalars) {
        adopted = (next, noted)
        used.insert(next)
      }
    }
    if let signed {
      date = signed.date
      sources.append(FieldSource(field: "date", line: signed.dateLine, how: "signature"))
    } else if let (line, adoptedDate) = adopted {
      date = adoptedDate
      sources.append(FieldSource(field: "date", line: line, how: "date after the title"))
    } else if let written = hints.date ?? rows.date {
      date = written
      sources.append(FieldSource(field: "date", line: hints.date == nil ? row("date") : nil, how: "成文日期"))
    } else if let report, let reported = report.date {
      date = reported
      sources.append(FieldSource(field: "date", line: report.line, how: "report of the issue"))
    } else if let published = hints.publishedDate ?? rows.publishedDate {
      date = published
      sources.append(FieldSource(field: "date", line: hints.publishedDate == nil ? row("publishedDate") : nil, how: "发布日期"))
    } else if let runIn, let glued = runIn.date {
      date = glued
      sources.append(FieldSource(field: "date", line: runIn.line, how: "date after the title"))
    } else if let stamp, let stamped = Self.stampDate(stampText(stamp)) {
      date = stamped
      sources.append(FieldSource(field: "date", line: stamp, how: "publication stamp"))
    } else {
      date = nil
    }

    publisher = hints.publisher ?? rows.publisher

    // Issuers: the signature, the title (中共某省委 某省人民政府关于…), the info block.
    let titleIssuers = own.map { TitleRules.split(rawTitle: $0.raw).issuers + $0.issuers }.flatMap { $0.isEmpty ? nil : $0 }
      ?? notice.map { TitleRules.split(rawTitle: $0.raw).issuers }.flatMap { $0.isEmpty ? nil : $0 }
      ?? runIn.map { TitleRules.split(rawTitle: $0.title).issuers }.flatMap { $0.isEmpty ? nil : $0 }
    let rowIssuers = rows.issuers.map(TitleRules.withoutSiteName).filter(TitleRules.isIssuerName)
    if let signed, !signed.issuers.isEmpty {
      issuers = IssuerNames.split(signed.issuers)
      sources.append(FieldSource(field: "issuers", line: signed.issuerLines.lowerBound, how: "signature"))
    } else if let titleIssuers {
      issuers = IssuerNames.split(titleIssuers)
      sources.append(FieldSource(field: "issuers", line: (own ?? notice)?.lines.lowerBound ?? runIn?.line, how: "title"))
    } else if !(hints.issuers + rowIssuers).isEmpty {
      issuers = IssuerNames.split(hints.issuers.isEmpty ? rowIssuers : hints.issuers)
      sources.append(FieldSource(field: "issuers", line: hints.issuers.isEmpty ? row("issuers") : nil, how: "info block"))
    } else if let numberLine, let (line, named) = Self.letterheadIssuers(above: numberLine, in: lines, head) {
      issuers = IssuerNames.split(named)
      sources.append(FieldSource(field: "issuers", line: line, how: "letterhead"))
    } else if let body = reader.publishingBody, TitleRules.isIssuerLine(body), body.hasSuffix("政府") || body.hasSuffix("办公厅") {
      // A government or its general office publishes its own documents; a bureau's page often reposts.
      issuers = IssuerNames.split([body])
      sources.append(FieldSource(field: "issuers", line: row("publisher"), how: "发布机构"))
    } else if let report {
      issuers = report.issuers
      let line = report.line
      sources.append(FieldSource(field: "issuers", line: line, how: "report of the issue"))
    } else if let (line, named) = Signature.undated(in: lines, after: min(bodyStart, firstParagraph)) {
      issuers = IssuerNames.split(named)
      sources.append(FieldSource(field: "issuers", line: line, how: "signature without a date"))
    } else {
      issuers = []
    }

    var firstDocumentLine = (blocks.map(\.lines.lowerBound) + reader.infoLines).min() ?? 0
    // A cover notice whose page lost its title signs before the first title: its text, up
    // from its signature to its addressees, is the document's, not the page's chrome.
    if let cover = signature.cover, cover.issuerLines.lowerBound <= firstDocumentLine {
      var k = cover.issuerLines.lowerBound
      // The notice's closing lines (附件:…, 联系电话:…, 公示期:…) stand between its text and its signature.
      while k > 0, !reader.infoLines.contains(k - 1), Self.isNoticeTail(lines[k - 1].text) { k -= 1 }
      let tail = k
      while k > 0, !reader.infoLines.contains(k - 1), HeadParagraphs.isSubstantive(lines[k - 1].scalars) { k -= 1 }
      firstDocumentLine = min(firstDocumentLine, k < tail ? k : cover.issuerLines.lowerBound)
    }
    droppedLines = Set((0..<firstDocumentLine).filter { !reader.infoLines.contains($0) })
    metadataLines = used
    signOff = signature.closing.flatMap { [bodyStart] part in
      part.dateLine >= bodyStart ? max(part.issuerLines.lowerBound, bodyStart)..<(part.dateLine + 1) : nil
    }
    self.sources = sources
    firstLine = TitleRules.capped(lines.first?.text ?? "")
  }

  /// Words that open a notice's closing lines: its annex list, contact and the period of a 公示.
  static let noticeTails = ["附件", "附:", "联系人", "联系电话", "联系方式", "监督电话", "公示期", "咨询电话"]

  /// Whether `line` is one of a notice's closing lines, after its text and before its signature.
  static func isNoticeTail(_ line: String) -> Bool {
    line.unicodeScalars.count <= 80 && noticeTails.contains { line.hasPrefix($0) }
  }

  /// A headline printed more than once before the text (a page's heading, then
  /// the document's): the title when no line ends like one (国务院关于…的批復).
  static func repeatedHeadline(_ lines: [TextLine], before end: Int, skipping used: Set<Int>) -> Int? {
    var seen: [String: Int] = [:]
    for i in 0..<end where !used.contains(i) {
      let text = lines[i].text
      let n = lines[i].scalars.count
      guard n >= TitleBlock.minimumLength, n <= 100, TitleRules.isTitleFragment(Array(lines[i].scalars.prefix(40))),
        !text.contains(",")
      else { continue }
      if let first = seen[text] { return first }
      seen[text] = i
    }
    return nil
  }

  /// The bodies a letterhead prints on their own lines right above the 文号
  /// (常州市建设局 ⏎ 常州市财政局 ⏎ 常建〔2006〕40号), a name's 文件 dropped: who issues a
  /// document whose signature gives only its date.
  static func letterheadIssuers(above numberLine: Int, in lines: [TextLine], _ head: Range<Int>) -> (line: Int, issuers: [String])? {
    var k = numberLine
    var names: [String] = []
    while k > head.lowerBound {
      var text = lines[k - 1].text
      if text.hasSuffix("文件") { text.removeLast(2) }
      guard TitleRules.isIssuerLine(text) else { break }
      names.insert(text, at: 0)
      k -= 1
    }
    return names.isEmpty ? nil : (k, names)
  }

  /// The date of a publication stamp heading a page: a line opening with a date
  /// (2019-05-22 16:03), or with a site's name or a bracket before it (国开联 2019.05.22,
  /// 【字体: 】【2019年02月15日】), or a day-first stamp with its time (17.02.2016  12:08).
  static func stampDate(_ line: [Unicode.Scalar]) -> String? {
    if let found = DateParser.all(in: line).first {
      let before = line[..<found.start]
      let lead = before.isEmpty || (before.count <= 10 && (before.last == " " || before.last == "【"))
      return lead || Self.isBracketedNumber(before) ? found.date : nil
    }
    // DD.MM.YYYY HH:MM: the day must come first, as the time after it shows a stamp.
    let text = String(scalars: line)
    let parts = text.split(separator: " ", omittingEmptySubsequences: true)
    guard parts.count >= 2, parts[1].count == 5, parts[1].dropFirst(2).first == ":" else { return nil }
    let fields = parts[0].split(separator: ".")
    guard fields.count == 3, fields[0].count == 2, fields[1].count == 2, fields[2].count == 4,
      let d = Int(fields[0]), let m = Int(fields[1]), let y = Int(fields[2])
    else { return nil }
    return PageDate.parse("\(y)-\(m)-\(d)")
  }

  /// `[财教〔2021〕175号]  [`: a 文号 in brackets, as a ministry's page prints it with its date.
  private static func isBracketedNumber(_ before: ArraySlice<Unicode.Scalar>) -> Bool {
    let text = Array(before.reversed().drop(while: { $0 == " " || $0 == "[" || $0 == "【" }).reversed())
    guard let close = text.last, close == "]" || close == "】", let open = text.first, open == "[" || open == "【" else { return false }
    return DocNumberScanner.isDocNumber(Array(text.dropFirst().dropLast()))
  }

  /// Whether paragraphs of text follow a cover notice's signature: the document it issues.
  private static func textFollows(_ cover: Signature.Part?, in lines: [TextLine]) -> Bool {
    guard let cover else { return false }
    return lines[(cover.dateLine + 1)...].contains { HeadParagraphs.isSubstantive($0.scalars) }
  }

  /// Whether the numbered text is the notice's own and the document it issues was
  /// not kept: the notice lists that document as its annex (附件:2026年…任务清单)
  /// before its closing signature, and nothing of substance follows the signature.
  private static func annexNotKept(_ carried: String, _ closing: Signature.Part?, _ lines: [TextLine], from bodyStart: Int) -> Bool {
    guard let closing, bodyStart < closing.dateLine,
      !lines[(closing.dateLine + 1)...].contains(where: { HeadParagraphs.isSubstantive($0.scalars) })
    else { return false }
    let signed = closing.issuerLines.isEmpty ? closing.dateLine : closing.issuerLines.lowerBound
    return lines[bodyStart..<signed].contains { line in
      let text = line.text
      return text.hasPrefix("附件") && text.contains(carried)
    }
  }

  /// The 文号 an info block's value states, without what the page glued to it;
  /// a number in another form (公告第58号) is kept as written.
  static func docNumber(in value: String) -> String? {
    let scalars = Array(value.unicodeScalars)
    if let found = DocNumberScanner.all(in: scalars).first { return found.number }
    guard scalars.count <= 30, scalars.last == "号", scalars.contains(where: ScalarClass.isDigit),
      scalars.contains(where: ScalarClass.isHan)
    else { return nil }
    return value
  }
}
