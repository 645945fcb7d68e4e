import Testing
import ZhengceCore
@testable import ZhengceHTML

/// What the article text keeps and drops.
@Suite struct ArticleTextTests {
  private func text(_ page: String) throws -> String {
    try HTMLReader().read(bytes: Array(page.utf8), path: "t.html").text
  }

  @Test func taskTableIsRenderedRowByRowWithTabs() throws {
    let page = """
      <html><body><div class="TRS_Editor">
      <p>附件:重点任务分工表</p>
      <table border=1>
      <tr><th>序号<th>重点任务<th>牵头单位<th>责任单位<th>完成时限
      <tr><td>1</td><td><p>加大财政投入</p><p>力度</p></td><td>省财政厅</td><td>省扶贫办、省发展改革委</td><td>2020年底</td></tr>
      <tr><td>2</td><td>强化人才支撑</td><td>省人社厅</td><td></td><td>长期坚持</td></tr>
      </table>
      <p>各地要按照分工抓好落实。</p>
      </div></body></html>
      """
    #expect(try text(page) == """
      附件:重点任务分工表
      序号\t重点任务\t牵头单位\t责任单位\t完成时限
      1\t加大财政投入 力度\t省财政厅\t省扶贫办、省发展改革委\t2020年底
      2\t强化人才支撑\t省人社厅\t\t长期坚持
      各地要按照分工抓好落实。
      """)
  }

  @Test func spannedCellsAreFilledSoEveryRowHasItsColumns() throws {
    let page = """
      <html><body><div id=zoom><table>
      <tr><td colspan=2>任务</td><td>牵头单位</td><td>完成时限</td></tr>
      <tr><td rowspan=2>一</td><td>建设产业基地</td><td rowspan="3">县农业农村局</td><td>2020年</td></tr>
      <tr><td>培育龙头企业</td><td>2021年</td></tr>
      <tr><td>二</td><td>开展技能培训</td><td>长期</td></tr>
      </table></div></body></html>
      """
    #expect(try text(page) == """
      任务\t\t牵头单位\t完成时限
      一\t建设产业基地\t县农业农村局\t2020年
      一\t培育龙头企业\t县农业农村局\t2021年
      二\t开展技能培训\t县农业农村局\t长期
      """)
  }

  @Test func hostileSpansStayBounded() throws {
    let page = "<html><body><div id=zoom><table><tr><td colspan=999999 rowspan=999999>甲</td><td>乙</td></tr><tr><td>丙</td></tr></table></div></body></html>"
    let lines = try text(page).components(separatedBy: "\n")
    #expect(lines == ["甲" + String(repeating: "\t", count: 50) + "乙", "甲\t丙"])
  }

  @Test func layoutTablesAreReadAsParagraphs() throws {
    let page = """
      <html><body><table width=980><tr><td>
      <table><tr><td class="content"><p>一、总体要求</p><p>坚持精准扶贫精准脱贫基本方略,确保如期脱贫。</p></td></tr></table>
      </td></tr></table></body></html>
      """
    #expect(try text(page) == "一、总体要求\n坚持精准扶贫精准脱贫基本方略,确保如期脱贫。")
  }

  @Test func chromeIsDropped() throws {
    let page = """
      <html><head><title>站点</title><style>p { color: red }</style></head><body>
      <div id="nav"><a href="/">首页</a> <a href="/zw">政务公开</a></div>
      <div class="crumb">您当前的位置:首页 &gt; 政策文件</div>
      <script>if (a && b) { document.write("<div>广告内容不应出现</div>"); }</script>
      <div id="zoom">
      <p>各县区要加强组织领导,落实工作责任。</p>
      <noscript>请启用脚本</noscript>
      <div style="display: none">隐藏的文字不应出现</div>
      <p>【打印本页】 【关闭窗口】</p>
      <p>字体:大 中 小</p>
      <div><strong>相关链接:</strong><a href=/a>关于做好扶贫工作的通知</a> <a href=/b>政策解读</a></div>
      <p>确保各项措施落到实处。</p>
      <p>相关文件</p><ul><li><a href=/c>湖南省扶贫开发条例</a></li><li><a href=/d>实施细则全文</a></li></ul>
      </div>
      <div class="share">分享到:微信 微博</div>
      <footer>版权所有:某某市人民政府办公室</footer>
      </body></html>
      """
    #expect(try text(page) == "各县区要加强组织领导,落实工作责任。\n确保各项措施落到实处。")
  }

  @Test func preformattedTextKeepsItsLines() throws {
    let page = "<html><body><div id=zoom><pre>一、总体要求\n  坚持精准扶贫。\r\n\n二、主要任务  (县扶贫办负责)</pre></div></body></html>"
    #expect(try text(page) == "一、总体要求\n坚持精准扶贫。\n二、主要任务 (县扶贫办负责)")
  }

  @Test func pageWideClassesDoNotHideThePage() throws {
    let page = "<html class=nav-open><body class=\"has-sidebar menu-fixed\"><div class=main><p>各县区要加强组织领导,落实工作责任。</p></div></body></html>"
    #expect(try text(page) == "各县区要加强组织领导,落实工作责任。")
  }

  @Test func brAndUnclosedParagraphsBreakLines() throws {
    let page = "<html><body><div id=zoom>第一段文字内容较长一些。<br>第二段文字内容<br/><br/>第三段<p>第四段&nbsp;&nbsp;带空格<p>第五段</div></body></html>"
    #expect(try text(page) == "第一段文字内容较长一些。\n第二段文字内容\n第三段\n第四段 带空格\n第五段")
  }

  @Test func headingComesFromTheArticleNotTheTitleTag() throws {
    let page = """
      <html><head><title>某某市人民政府门户网站</title></head><body>
      <div class="logo"><h1>某某市人民政府</h1></div>
      <h2>政策文件</h2>
      <div class="detail-title">关于加快推进产业扶贫的实施意见</div>
      <div class="article-content"><p>为加快推进产业扶贫,现提出如下意见。</p><p>一、发展特色产业。</p></div>
      </body></html>
      """
    let source = try HTMLReader().read(bytes: Array(page.utf8), path: "h.html")
    #expect(source.hints.title == "关于加快推进产业扶贫的实施意见")
    #expect(source.text == "关于加快推进产业扶贫的实施意见\n为加快推进产业扶贫,现提出如下意见。\n一、发展特色产业。")
  }

  @Test func pageWithoutKnownContainerUsesTextDensity() throws {
    let page = """
      <html><body>
      <div class="left"><ul><li><a href=1>通知公告栏目的第一条新闻标题</a><li><a href=2>通知公告栏目的第二条新闻标题</a></ul></div>
      <div class="right">
      <div class="box1"><p>为深入贯彻落实党中央国务院关于脱贫攻坚的决策部署,制定本方案。</p>
      <p>一、总体要求。坚持精准扶贫精准脱贫基本方略,确保如期实现脱贫目标。</p></div>
      <div class="box2">联系电话:0000-0000000</div>
      </div></body></html>
      """
    #expect(try text(page) == "为深入贯彻落实党中央国务院关于脱贫攻坚的决策部署,制定本方案。\n一、总体要求。坚持精准扶贫精准脱贫基本方略,确保如期实现脱贫目标。")
  }
}

/// Site names in `<title>` or a banner `<h1>` never become the document title.
@Suite struct SiteNameTests {
  @Test func bannerHeadingAndSiteTitleAreNotTheTitle() throws {
    let page = """
      <html><head><title>湖南省人民政府门户网站</title></head><body>
      <div class="top-wrap"><h1>湖南省人民政府</h1></div>
      <div id="zoom"><p align=center><strong>关于加快推进产业扶贫的实施意见</strong></p>
      <p>为加快推进产业扶贫,现提出如下意见。</p></div></body></html>
      """
    let source = try HTMLReader().read(bytes: Array(page.utf8), path: "s.html")
    #expect(source.hints.title == nil)
    #expect(source.text == "关于加快推进产业扶贫的实施意见\n为加快推进产业扶贫,现提出如下意见。")
  }

  @Test func titleTagNamingTheDocumentIsPrependedWhenTheArticleLacksIt() throws {
    let page = """
      <html><head><title>湖南省人民政府门户网站-关于加快推进产业扶贫的实施意见</title></head><body>
      <div id="zoom"><p>为加快推进产业扶贫,现提出如下意见。</p></div></body></html>
      """
    let source = try HTMLReader().read(bytes: Array(page.utf8), path: "s.html")
    #expect(source.hints.title == "关于加快推进产业扶贫的实施意见")
    #expect(source.text == "关于加快推进产业扶贫的实施意见\n为加快推进产业扶贫,现提出如下意见。")
  }
}
