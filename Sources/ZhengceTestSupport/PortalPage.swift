import Foundation
import ZhengceCore

/// Builds gov-portal pages around a document's text for the tests: header,
/// search box, nav, breadcrumb, an info block, scripts with markup inside,
/// unclosed tags, share/print links, related links, a footer.
public struct PortalPage {
  /// The values an info block states.
  public struct Info: Sendable {
    public var indexNumber = ""
    public var issuers = ""
    public var writtenDate = ""
    public var docNumber = ""
    public var publishedDate = ""
    public var publisher = ""
  }

  /// How the info block is laid out.
  public enum InfoLayout: String, CaseIterable, Sendable {
    /// Label cell, value cell, two pairs a row, spaced labels (索 引 号).
    case tableCells
    /// `发文字号:…` label and value in one cell.
    case tableInline
    /// 【发布文号】… spans on one line.
    case squareBrackets
    /// `[ 索引号 ] …` list items.
    case asciiBrackets
    /// `索引号:` paragraphs, one label a line.
    case colonLines
    /// `<dl><dt>索引号</dt><dd>…</dd></dl>`: label and value on lines of their own.
    case definitionList
  }

  public var site: String
  public var heading: String
  public var info: Info
  public var layout: InfoLayout = .tableCells
  /// The article's paragraphs.
  public var paragraphs: [String]
  /// `charset=` label written into the page.
  public var charsetLabel = "utf-8"
  /// Whether the page shows its info block and 发布时间 line (false: only the article says anything).
  public var showsInfo = true

  public var html: String {
    var out = """
      <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
      <html xmlns="http://www.w3.org/1999/xhtml">
      <head>
      <meta http-equiv="Content-Type" content="text/html; charset=\(charsetLabel)" />
      <title>\(escape(heading))_政策文件_\(site)</title>
      <link rel=stylesheet type=text/css href="/images/style.css">
      <script type="text/javascript">
      var _hmt = _hmt || [];
      if (window.screen && screen.width < 1024) { document.write("<div class='tip'>请使用1024分辨率浏览</div>"); }
      function setFont(size) { var z = document.getElementById("zoom"); if (z && size > 0) z.style.fontSize = size + "px"; }
      </script>
      <style>#zoom p { text-indent: 2em; line-height: 2 } .nav li > a { color: #fff }</style>
      </head>
      <body>
      <div class="header"><div class="logo"><img src="/images/logo.png" alt="\(site)"></div>
      <div class="search"><form action="/search" method=get><input name=q value="请输入关键字"><button type=submit>搜索</button></form></div>
      </div>
      <div class="nav"><ul><li><a href="/">首页</a><li><a href="/zwgk/">政务公开</a><li><a href="/zcwj/">政策文件</a>
      <li><a href="/hdjl/">互动交流</a><li><a href="/bsfw/">办事服务</a></ul></div>
      <div class="main-wrap">
      <div class="location">您当前的位置:<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zcwj/">政策文件</a></div>

      """
    out += showsInfo ? infoBlock : ""
    out += """
      <div class="article">
      <h1 class="article-title">\(escape(heading))</h1>
      <div class="article-info">\(showsInfo ? "发布时间:" + info.publishedDate + " 10:30" : "")&nbsp;&nbsp;浏览次数:<span id="hits">1024</span>
      <span class="fontsize">【字体:<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】</span></div>
      <div id="zoom" class="TRS_Editor">

      """
    for (i, paragraph) in paragraphs.enumerated() {
      let text = escape(paragraph)
      switch i % 4 {
      case 0: out += "<p style=\"text-indent:2em\">\(text)</p>\n"
      case 1: out += "<p>&nbsp;&nbsp;\(text)\n"  // left unclosed, as many CMS editors do
      case 2: out += "<div>\(text)</div>\n"
      default: out += "\(text)<br/>\n"
      }
    }
    out += """
      </div>
      <div class="bdshare">分享到:<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>
      <div class="article-tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
      <div class="xglj"><h3>相关链接</h3><ul><li><a href="/a.html">关于做好脱贫攻坚工作的通知</a><li><a href="/b.html">扶贫政策解读</a></ul></div>
      </div>
      </div>
      <div class="footer"><p>主办单位:\(site)&nbsp;&nbsp;网站标识码:0000000000&nbsp;&nbsp;<a href="/sitemap">网站地图</a></p>
      <p>版权所有 <font color=red>未经许可不得复制</p>
      </div>
      <script>var s = document.getElementsByTagName("div"); for (var i = 0; i < s.length && i < 10; i++) { if (s[i].id == "zoom") { s[i].innerHTML += "<p>统计</p>"; } }</script>
      </body>
      </html>

      """
    return out
  }

  private var infoBlock: String {
    let rows: [(String, String)] = [
      ("索 引 号", info.indexNumber), ("主题分类", "扶贫"), ("发文机关", info.issuers), ("成文日期", info.writtenDate),
      ("文    号", info.docNumber), ("发布日期", info.publishedDate), ("信息来源", info.publisher), ("标    题", heading),
    ]
    switch layout {
    case .tableCells:
      var s = "<table class=\"xxgk_table\" width=100% border=0 cellspacing=0>\n"
      for pair in stride(from: 0, to: rows.count, by: 2) {
        s += "<tr><td class=\"t\">\(rows[pair].0):</td><td>\(escape(rows[pair].1))</td>"
        s += "<td class=\"t\">\(rows[pair + 1].0):</td><td>\(escape(rows[pair + 1].1))\n"
      }
      return s + "</table>\n"
    case .tableInline:
      var s = "<div class=\"xxgk\"><table>\n"
      for pair in stride(from: 0, to: rows.count, by: 2) {
        s += "<tr><td>\(compact(rows[pair].0)):\(escape(rows[pair].1))</td>"
        s += "<td>\(compact(rows[pair + 1].0)):\(escape(rows[pair + 1].1))</td></tr>\n"
      }
      return s + "</table></div>\n"
    case .squareBrackets:
      let spans = rows.map { "<span>【\(compact($0.0))】\(escape($0.1))</span>" }
      return "<div class=\"xxgk-info\">" + spans.joined(separator: "&nbsp;") + "</div>\n"
    case .asciiBrackets:
      let items = rows.map { "<li>[ \(compact($0.0)) ] \(escape($0.1))</li>" }
      return "<ul class=\"gk-list\">" + items.joined(separator: "\n") + "</ul>\n"
    case .definitionList:
      let items = rows.map { "<dt>\(compact($0.0))</dt><dd>\(escape($0.1))</dd>" }
      return "<dl class=\"info\">" + items.joined(separator: "\n") + "</dl>\n"
    case .colonLines:
      let lines = rows.map { "<p>\($0.0):\(escape($0.1))</p>" }
      return "<div class=\"pages-date\">" + lines.joined(separator: "\n") + "</div>\n"
    }
  }

  private func compact(_ label: String) -> String { label.filter { $0 != " " } }

  private func escape(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }

  /// The page as UTF-8 bytes, or as GB18030 bytes (what sites labelled gb2312 really send).
  public func bytes(gb18030: Bool) -> [UInt8]? {
    gb18030 ? GB18030.encode(html) : Array(html.utf8)
  }
}
