import ZhengceCore

/// Recognises lines of web-page chrome: breadcrumbs, share and print links,
/// font-size switches, page links, QR-code prompts, editor credits and view counters.
public struct ChromeFilter: Sendable, Hashable {
  /// Lines starting with one of these are chrome.
  public var prefixes: [String]
  /// Lines containing one of these are chrome when short.
  public var fragments: [String]

  public init(prefixes: [String] = ChromeFilter.standardPrefixes, fragments: [String] = ChromeFilter.standardFragments) {
    self.prefixes = prefixes
    self.fragments = fragments
  }

  /// Line openings of `ChromeVocabulary`, as they stand in width-folded text: a
  /// breadcrumb (a plain-word one before : or >), a tool-bar link, a pager, a tool
  /// label bracketed or before a colon (【打印, 字体:), or an opening label, bare or
  /// after a bracket or bar ((责任编辑:方格)).
  public static let standardPrefixes: [String] = {
    let v = ChromeVocabulary.self
    var prefixes: [String] = v.breadcrumbStarts
    prefixes += v.breadcrumbLabels.flatMap { label -> [String] in [label + ":", label + ">"] }
    prefixes += v.controls + v.pagers
    prefixes += v.toolLabels.flatMap { label -> [String] in ["【" + label, label + ":"] }
    prefixes += v.openings.flatMap { label -> [String] in [label, "(" + label, "|" + label] }
    return prefixes
  }()

  /// Words of `ChromeVocabulary` that make a short line chrome wherever they stand:
  /// share prompts, a forum's prompts and tool-bar links.
  public static let standardFragments = ChromeVocabulary.sharePrompts + ChromeVocabulary.forumPrompts + ChromeVocabulary.controls

  /// This filter also dropping lines that start with any of `lines`
  /// (plugin boilerplate), compared with their white space removed.
  public func adding(boilerplate lines: [String]) -> ChromeFilter {
    var out = self
    for line in lines {
      let folded = String(line.unicodeScalars.filter { !ScalarClass.isSpace($0) }.map(Character.init))
      if !folded.isEmpty, !out.prefixes.contains(folded) { out.prefixes.append(folded) }
    }
    return out
  }

  /// Lines longer than this (in scalars) are never chrome.
  public static let maxLength = 80

  /// Whether the normalised line is page chrome. A font switch or a credit line that also
  /// stamps the page's date (【字体: 】【2019年02月15日】【责任编辑:方格】) is kept for its date.
  public func isChrome(_ line: String) -> Bool {
    guard line.unicodeScalars.count <= Self.maxLength else { return false }
    // Compared as UTF-8 bytes: `hasPrefix` walks grapheme clusters, and every line is asked.
    if prefixes.contains(where: { line.utf8.starts(with: $0.utf8) }) { return DateParser.first(in: line) == nil }
    let bytes = ByteSearch(line)
    if fragments.contains(where: bytes.contains) { return true }
    return Self.isBreadcrumb(line) || Self.isCounter(line)
  }

  /// 首页>滚动资讯>正文
  static func isBreadcrumb(_ line: String) -> Bool {
    line.utf8.starts(with: "首页".utf8) && line.utf8.contains(UInt8(ascii: ">")) && line.unicodeScalars.count <= 60
  }

  /// A lone view counter such as 35.1K or 1.2万.
  static func isCounter(_ line: String) -> Bool {
    let scalars = Array(line.unicodeScalars)
    guard let last = scalars.last, last == "K" || last == "k" || last == "万" || last == "W", scalars.count >= 2 else {
      return false
    }
    return scalars.dropLast().allSatisfy { ScalarClass.isDigit($0) || $0 == "." }
  }
}
