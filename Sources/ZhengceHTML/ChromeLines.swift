import ZhengceCore

/// Lines that are page furniture even inside the article: print/close/share
/// links, font-size switches, 相关链接 labels, breadcrumbs (`ChromeVocabulary`).
enum ChromeLines {
  /// Phrases a chrome line is made of, longest first so that matching is greedy.
  static let phrases: [[Unicode.Scalar]] = {
    let v = ChromeVocabulary.self
    let words: [String] = [
      v.controls, v.pagers, v.sharePrompts, v.openings, v.toolLabels, v.relatedLabels, v.errorReports, v.toolWords,
    ].flatMap { $0 }
    return words.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
  }()

  /// Opening words of a breadcrumb trail: a page line starting with one is the trail.
  static let breadcrumbStarts = ChromeVocabulary.breadcrumbStarts + ChromeVocabulary.breadcrumbLabels

  /// Labels that head a block of related links.
  static let relatedLabels = ChromeVocabulary.relatedLabels

  /// Whether `line` is nothing but chrome.
  static func isChrome(_ line: String) -> Bool {
    // Chrome lines are short; a paragraph is never one.
    if line.utf8.count > 240 { return false }
    var kept: [Unicode.Scalar] = []
    for s in line.unicodeScalars where !isIgnorable(s) { kept.append(s) }
    if kept.isEmpty { return true }
    if breadcrumbStarts.contains(where: { line.hasPrefix($0) }) { return true }
    var i = 0
    outer: while i < kept.count {
      for phrase in phrases where kept.count - i >= phrase.count && kept[i..<(i + phrase.count)].elementsEqual(phrase) {
        i += phrase.count
        continue outer
      }
      return false
    }
    return true
  }

  /// Whitespace, brackets and separators around chrome words.
  private static func isIgnorable(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x20, 0x09, 0xA0, 0x3000, 0x7C, 0x2F, 0x3A, 0xFF1A, 0x5B, 0x5D, 0x28, 0x29, 0xFF08, 0xFF09,
      0x3010, 0x3011, 0x300C, 0x300D, 0x3014, 0x3015, 0xB7, 0x2022, 0x3E, 0x3C, 0x2D:
      return true
    default:
      return false
    }
  }
}
