import ZhengceCore

/// What the lines before the first numbered block say about the document, and
/// which of them are site banners to drop.
public struct DocumentHead: Sendable {
  public var title: String
  public var noticeTitle: String?
  public var docNumber: String?
  public var issuers: [String]
  public var date: String?
  public var publisher: String?
  /// Index of the first line of the body (the first numbered block).
  public var bodyStart: Int
  /// Lines before the document proper (banners, slogans) that are page chrome.
  public var droppedLines: Set<Int>

  /// Reads the head of `lines`; `tail` is the document's last lines (sign-off).
  public init(_ lines: [TextLine]) {
    bodyStart = lines.indices.first { MarkerScanner.marker(in: lines[$0].scalars) != nil } ?? lines.count
    let texts = lines[..<bodyStart].map(\.text)
    var rows: [MetadataField: String] = [:]
    var rowLines = Set<Int>()
    for i in 0..<bodyStart {
      guard let parsed = MetadataRows.parse(texts[i]) else { continue }
      rowLines.insert(i)
      for (field, value) in parsed where !value.isEmpty && rows[field] == nil { rows[field] = value }
    }

    let candidates = (0..<bodyStart).filter { !rowLines.contains($0) && TitleRules.isTitleCandidate(texts[$0]) }
    let notice = candidates.first { TitleRules.isCoverNotice(texts[$0]) }
    noticeTitle = notice.map { texts[$0] }
    let carried = notice.flatMap { TitleRules.carriedTitle(texts[$0]) }
    let own = candidates.first { $0 != notice && (carried == nil || texts[$0] == carried) }
      ?? candidates.first { $0 != notice }
    var titleIssuers: [String] = []
    if let own {
      (titleIssuers, title) = TitleRules.split(rawTitle: lines[own].raw)
    } else if let carried {
      title = carried
    } else if let named = rows[.title] {
      (titleIssuers, title) = TitleRules.split(rawTitle: named)
    } else {
      title = TitleRules.capped(texts.first { !$0.isEmpty } ?? lines.first?.text ?? "")
    }

    let firstDocumentLine = ([own, notice].compactMap { $0 } + rowLines).min() ?? 0
    droppedLines = Set((0..<firstDocumentLine).filter { !rowLines.contains($0) })

    docNumber = rows[.docNumber]
      ?? (0..<bodyStart).lazy.map { lines[$0].scalars }.first(where: DocNumberScanner.isDocNumber).map {
        String(scalars: $0)
      }

    // A date alone on a line of the cover, or a sign-off 2016年1月13日印发, is the 成文 date.
    let standalone = (0..<bodyStart).lazy.compactMap { i -> (Int, String)? in
      guard let found = DateParser.first(in: texts[i]), found.start == 0,
        found.end == lines[i].scalars.count
      else { return nil }
      return (i, found.date)
    }.first
    let signOff = lines.suffix(4).reversed().lazy.compactMap { line -> String? in
      guard line.text.hasSuffix("印发") || line.text.hasSuffix("发布") else { return nil }
      return DateParser.first(in: line.text)?.date
    }.first
    let headerDate = (0..<bodyStart).lazy.compactMap { i -> String? in
      guard let found = DateParser.first(in: texts[i]), found.start == 0 else { return nil }
      return found.date
    }.first
    // The 落款 closing the document: the issuer on one line, the date alone on the next.
    let closing = Self.closingSignature(lines)
    date = standalone?.1 ?? signOff ?? closing?.date ?? rows[.writtenDate].flatMap { DateParser.first(in: $0)?.date }
      ?? rows[.publishedDate].flatMap { DateParser.first(in: $0)?.date } ?? headerDate

    publisher = rows[.publisher] ?? (0..<bodyStart).lazy.compactMap { i -> String? in
      guard let r = texts[i].range(of: "来源:") else { return nil }
      return String(texts[i][r.upperBound...])
    }.first

    // Issuers: the information table, the signature above the cover date, or the title.
    var signature: [String] = []
    if let (i, _) = standalone, i > 0, TitleRules.isIssuerName(texts[i - 1]) { signature = [texts[i - 1]] }
    let tableIssuers = rows[.issuer].map { $0.split(whereSeparator: { $0 == " " || $0 == "、" }).map(String.init) } ?? []
    if signature.isEmpty, let closing { signature = [closing.issuer] }
    issuers = !tableIssuers.isEmpty ? tableIssuers : !signature.isEmpty ? signature : titleIssuers
  }

  /// 某市人民政府 ⏎ 2019年3月1日 among the last lines (a line in brackets, such as
  /// (此件公开发布), may follow): the issuer and date a document is signed with.
  static func closingSignature(_ lines: [TextLine]) -> (issuer: String, date: String)? {
    let tail = Array(lines.suffix(6))
    for k in stride(from: tail.count - 1, through: 1, by: -1) {
      let text = tail[k].text
      guard let found = DateParser.first(in: text), found.start == 0, found.end == tail[k].scalars.count else { continue }
      let issuer = tail[k - 1].text
      return TitleRules.isIssuerName(issuer) ? (issuer, found.date) : nil
    }
    return nil
  }
}
