import ZhengceCore

/// What a news report's sentence says of a document's issue: 2021年2月3日,…县委办公室
/// …县人民政府办公室印发了《title》(贵办发〔2021〕2号). Reposts and portals open with such a
/// sentence when the document's own head (signature, 文号 line) was not kept, so it gives
/// the issuers, and the date and 文号 when it states them. A report on a government's
/// work report names that government instead (…代表海口市人民政府向大会做工作报告).
struct ReportedIssue {
  let line: Int
  let issuers: [String]
  /// The date the sentence gives before the issuers, if any.
  let date: String?
  /// The 文号 in brackets right after the title, if any.
  let docNumber: String?

  /// The report of the issue of `title` in the head, if a sentence there names nothing
  /// but issuers before 印发(了)《title》.
  init?(of title: String, in lines: [TextLine], _ head: Range<Int>) {
    // The report's sentence (印发了) names the bodies in full; a headline (印发) may run them together.
    let reports = head.filter { i in lines[i].scalars.indices.dropLast().contains { lines[i].scalars[$0] == "印" && lines[i].scalars[$0 + 1] == "发" } }
    for verb in ["印发了《\(title)》", "印发《\(title)》"] {
      for i in reports {
        let text = lines[i].text
        guard let at = text.utf8Range(of: verb) else { continue }
        let before = text[..<at.lowerBound]
        let clause = before.split(whereSeparator: { ",,。;:".contains($0) }).last ?? ""
        let names = clause.split(whereSeparator: { $0 == "、" || $0 == " " }).map(String.init)
        guard !names.isEmpty, names.allSatisfy(TitleRules.isIssuerName) else { continue }
        line = i
        issuers = IssuerNames.split(names)
        let sentence = before.split(separator: "。", omittingEmptySubsequences: false).last ?? ""
        date = DateParser.all(in: Array(sentence.unicodeScalars)).last?.date
        docNumber = Self.bracketedNumber(opening: Array(text[at.upperBound...].unicodeScalars))
        return
      }
    }
    return nil
  }

  /// The government a news report says delivered its work report (…代表海口市人民政府向大会做
  /// 工作报告): the issuer of a report's text kept without its title, with the date of the
  /// sentence when it gives a year. Read in the report's lead, its first lines.
  init?(deliveredIn lines: [TextLine], _ head: Range<Int>) {
    for i in head.prefix(Self.leadLines) {
      let text = lines[i].text
      for sentence in text.split(separator: "。").map(String.init) {
        guard let by = sentence.utf8Range(of: "代表") else { continue }
        let rest = String(sentence[by.upperBound...])
        guard let verb = Self.deliveryVerbs.lazy.compactMap({ rest.utf8Range(of: $0) }).first,
          rest[verb.upperBound...].contains("报告") || rest[verb.upperBound...].contains("報告")
        else { continue }
        var body = String(rest[..<verb.lowerBound])
        for audience in ["向大会", "向大會"] where body.hasSuffix(audience) { body.removeLast(audience.count) }
        guard TitleRules.isIssuerName(body), body.hasSuffix("政府") else { continue }
        line = i
        issuers = [body]
        date = DateParser.all(in: Array(sentence[..<by.lowerBound].unicodeScalars)).last?.date
        docNumber = nil
        return
      }
    }
    return nil
  }

  /// Lines of a news report's lead.
  private static let leadLines = 3
  private static let deliveryVerbs = ["作工作", "做工作", "作政府工作", "做政府工作", "作了", "做了"]

  /// `(贵办发〔2021〕2号)` opening `s`: the 文号 inside the brackets.
  private static func bracketedNumber(opening s: [Unicode.Scalar]) -> String? {
    guard let open = s.first, open == "(" || open == "\u{FF08}",
      let close = s.prefix(30).firstIndex(where: { $0 == ")" || $0 == "\u{FF09}" })
    else { return nil }
    let inside = Array(s[1..<close])
    guard let found = DocNumberScanner.all(in: inside).first, found.start == 0, found.end == inside.count else { return nil }
    return found.number
  }
}
