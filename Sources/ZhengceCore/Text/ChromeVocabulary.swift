/// The words of web-page chrome (breadcrumbs, print and close links, share
/// prompts, font switches, editor credits, related-link labels), one list for
/// the two readers that drop it: the HTML reader (`ChromeLines`), on the lines of
/// a page, and the normaliser (`ChromeFilter`), on text copied from one.
///
/// Each reader has its own rule for a chrome line, as its input calls for: the
/// HTML reader drops a line made of nothing but these words; the normaliser, whose
/// lines may be prose, drops a short line that starts with a breadcrumb, control,
/// label or opening, or holds a share prompt or page control.
public enum ChromeVocabulary {
  /// Breadcrumb openings addressed to the reader: chrome whatever follows.
  public static let breadcrumbStarts = ["您当前的位置", "您当前位置", "您现在的位置", "您的位置"]
  /// Breadcrumb openings that are also plain words: chrome before a separator (当前位置:首页>…).
  public static let breadcrumbLabels = ["当前位置", "所在位置"]
  /// Links of a page's tool bar: print, close, back to the top, bookmark.
  public static let controls = [
    "打印本页", "打印此页", "打印文章", "打印正文", "关闭窗口", "关闭本页", "关闭此页", "返回顶部", "回到顶部", "返回首页",
    "收藏本页", "保存本页", "加入收藏", "设为首页",
  ]
  /// Links between the articles of a column.
  public static let pagers = ["上一篇", "下一篇", "上一页", "下一页"]
  /// QR-code and share prompts, chrome wherever they stand in a short line.
  public static let sharePrompts = ["扫一扫在手机上查看当前页面", "扫一扫在手机打开当前页", "分享至朋友圈", "在手机打开", "扫一扫"]
  /// A forum's prompts under a post whose attachments only members see.
  public static let forumPrompts = ["本帖子中包含更多资源", "才可以下载或查看", "立即注册"]
  /// Labels that open a chrome line: 分享到: 微信 微博, (责任编辑:方格).
  public static let openings = ["分享到", "责任编辑"]
  /// Buttons and switches of a tool bar, bracketed or before a colon: 【打印】 分享: 字体:大 中 小.
  public static let toolLabels = ["打印", "关闭", "分享", "字体", "字号"]
  /// Labels that head a block of related links.
  public static let relatedLabels = ["相关链接", "相关文章", "相关阅读", "相关新闻", "相关文件", "相关信息", "相关稿件"]
  /// Error-report links: 我要纠错.
  public static let errorReports = ["内容纠错", "我要纠错"]
  /// Other words of a tool bar (返回 | 收藏, 字号:默认 大 中 小): chrome only in a line of nothing else.
  public static let toolWords = ["返回", "收藏", "保存", "默认", "纠错", "顶部", "大", "中", "小"]
}
