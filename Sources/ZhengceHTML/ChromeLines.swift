/// Lines that are page furniture even inside the article: print/close/share
/// links, font-size switches, 相关链接 labels, breadcrumbs.
enum ChromeLines {
  /// Phrases a chrome line is made of, longest first so that matching is greedy.
  static let phrases: [[Unicode.Scalar]] = [
    "扫一扫在手机上查看当前页面", "扫一扫在手机打开当前页", "打印本页", "打印此页", "打印文章", "打印正文",
    "关闭窗口", "关闭本页", "关闭此页", "返回顶部", "返回首页", "收藏本页", "保存本页", "加入收藏", "分享到",
    "相关链接", "相关文章", "相关阅读", "相关新闻", "相关文件", "相关信息", "相关稿件", "内容纠错", "我要纠错",
    "打印", "关闭", "返回", "收藏", "保存", "分享", "字体", "字号", "默认", "纠错", "顶部", "大", "中", "小",
  ].map { Array($0.unicodeScalars) }

  /// Opening words of a breadcrumb trail.
  static let breadcrumbStarts: [String] = ["您当前的位置", "您当前位置", "当前位置", "您现在的位置", "您的位置", "所在位置"]

  /// Labels that head a block of related links.
  static let relatedLabels: [String] = ["相关链接", "相关文章", "相关阅读", "相关新闻", "相关文件", "相关信息", "相关稿件"]

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
