/// What tags and class names mean on a government portal page: which elements
/// break lines, which are layout chrome, which usually hold the article.
enum PageVocabulary {
  /// Elements that start a new line of text.
  static let blockTags: Set<String> = [
    "p", "div", "br", "hr", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "section", "article", "main",
    "blockquote", "pre", "center", "address", "figure", "figcaption", "body", "html", "form",
    "fieldset", "legend", "nav", "header", "footer", "aside", "details", "summary",
  ]

  /// Elements that are page chrome wherever they appear.
  static let chromeTags: Set<String> = ["nav", "footer", "aside", "form", "menu"]

  /// `id`/`class` words that mark navigation, share bars, footers and side columns.
  static let chromeWords: Set<String> = [
    "nav", "navbar", "navigation", "menu", "submenu", "footer", "foot", "bottom", "breadcrumb",
    "breadcrumbs", "crumb", "crumbs", "location", "position", "weizhi", "dqwz", "share", "bdshare",
    "fenxiang", "print", "dayin", "sidebar", "side", "copyright", "banquan", "related", "xgxx",
    "xglj", "xgwj", "relevant", "toolbar", "tools", "search", "login", "banner", "logo",
    "friendlink", "links", "qrcode", "ewm", "erweima", "comment", "pager", "pagination",
    "fontsize", "font-size", "zihao",
  ]

  /// Whole `id`/`class` values that name the site header band.
  static let chromeValues: Set<String> = ["header", "head", "top", "topbar", "top-bar", "site-header"]

  /// `id`/`class` words of the content containers common government CMSs use.
  static let contentWords: Set<String> = [
    "zoom", "article", "article-content", "article_content", "articlecontent", "trs_editor",
    "content", "con", "contents", "main-content", "pages_content", "pages-content", "text", "zw",
    "zhengwen", "detail", "details", "view", "tpl-content", "news_content", "newscontent",
    "art_con", "artcon", "wzcon", "xxgk_content", "info-cont", "bt_content", "gov_content",
    "ue_table", "body-text", "entry-content", "txt", "cont",
  ]

  /// `id`/`class` words that mark the article heading.
  static let headingWords: Set<String> = [
    "title", "article-title", "article_title", "articletitle", "bt", "tit", "headline", "biaoti",
    "news_title", "newstitle", "art_title", "wztitle", "detail-title", "pages-title", "xxgk_title",
  ]

  /// Endings of document titles (a `<title>` part is taken as the title only with one of these).
  static let documentKinds = [
    "方案", "意见", "通知", "决定", "规划", "计划", "办法", "细则", "规定", "纲要", "措施", "要点", "条例", "指引", "指南",
    "公告", "通告", "报告", "批复", "函", "决议", "实施意见",
  ]

  /// Endings of site and body names (人民政府, 门户网站): such a heading is a banner, not a title.
  static let siteNameEndings = ["门户网站", "网站", "政府网", "人民政府", "委员会", "办公厅", "办公室", "厅", "局"]

  /// Splits an `id`/`class` value into words: `bdshare_t bds_tools` → bdshare, t, bds, tools.
  static func words(_ idClass: String) -> [Substring] {
    idClass.split { $0 == " " || $0 == "_" || $0 == "-" || $0 == "\t" }
  }

  /// Elements whose classes describe the whole page (`<body class="has-sidebar">`), never chrome.
  static let pageTags: Set<String> = ["html", "body", "main", "article"]

  static func isChrome(tag: String, idClass: String) -> Bool {
    if chromeTags.contains(tag) { return true }
    if idClass.isEmpty || pageTags.contains(tag) { return false }
    if chromeValues.contains(idClass) { return true }
    return words(idClass).contains { chromeWords.contains(String($0)) }
  }

  static func isContentContainer(_ idClass: String) -> Bool {
    if idClass.isEmpty { return false }
    for value in idClass.split(separator: " ") where contentWords.contains(String(value)) { return true }
    return words(idClass).contains { contentWords.contains(String($0)) }
  }

  static func isHeadingLike(tag: String, idClass: String) -> Bool {
    if tag == "h1" || tag == "h2" || tag == "h3" { return true }
    if idClass.isEmpty { return false }
    for value in idClass.split(separator: " ") where headingWords.contains(String(value)) { return true }
    return words(idClass).contains { headingWords.contains(String($0)) }
  }
}
