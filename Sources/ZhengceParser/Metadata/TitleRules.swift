/// What titles, cover notices and issuing bodies look like.
enum TitleRules {
  /// Endings of document titles: 方案, 意见, 通知 ….
  static let documentKinds = [
    "方案", "意见", "通知", "决定", "规划", "计划", "办法", "细则", "规定", "纲要", "措施", "要点", "条例", "指引", "指南",
    "公告", "通告", "报告", "批复", "函",
  ]

  /// Endings of the names of issuing bodies: 委, 政府, 厅, 局, 领导小组 ….
  static let issuerEndings = ["委", "政府", "厅", "局", "办公室", "小组", "委员会", "部", "院", "办", "会", "社", "中心"]

  /// Longest title kept whole (a title that reads like one has at most 100).
  static let maxLength = 200

  /// A title of last resort (the first line, a page's heading), cut at
  /// `maxLength` scalars with an ellipsis: a file that is one 5 MB line has no 5 MB title.
  static func capped(_ title: String) -> String {
    guard title.unicodeScalars.count > maxLength else { return title }
    return String(scalars: title.unicodeScalars.prefix(maxLength)) + "…"
  }

  static func isTitleCandidate(_ line: String) -> Bool {
    let n = line.unicodeScalars.count
    guard n >= 4, n <= 100, !line.contains("。"), !line.hasSuffix(":") else { return false }
    return documentKinds.contains { line.hasSuffix($0) }
  }

  /// 关于印发《X》的通知 and the like: a notice that carries the document.
  static func isCoverNotice(_ line: String) -> Bool {
    (line.contains("印发") || line.contains("转发")) && line.contains("《") && line.hasSuffix("通知")
  }

  /// The title a cover notice carries: X in 关于印发《X》的通知.
  static func carriedTitle(_ notice: String) -> String? {
    guard let open = notice.firstIndex(of: "《"), let close = notice.lastIndex(of: "》"), open < close else {
      return nil
    }
    return String(notice[notice.index(after: open)..<close])
  }

  static func isIssuerName(_ name: String) -> Bool {
    let n = name.unicodeScalars.count
    return n >= 3 && n <= 30 && issuerEndings.contains { name.hasSuffix($0) }
  }

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
    if let about = title.range(of: "关于") {
      let head = title[..<about.lowerBound].split(separator: " ").map(String.init)
      if !head.isEmpty, head.allSatisfy(isIssuerName) { issuers = head }
    }
    return (issuers, title)
  }
}
