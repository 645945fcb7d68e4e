import Testing
import ZhengceCore
@testable import ZhengceHTML
import ZhengceTestSupport

/// Random tag soup (fixed seed): every page is read or refused with a `SourceError`, never a crash,
/// and whatever text comes out holds no markup.
@Suite struct TagSoupTests {
  private static let pieces = [
    "<div>", "</div>", "<p>", "</p>", "<br>", "<table>", "<tr>", "<td rowspan=3>", "<td colspan=2>", "</td>", "</tr>",
    "</table>", "<a href=x>", "</a>", "<script>if(a<b&&c){}</script>", "<style>p{}</style>", "<!-- 注释 -->",
    "<div id=zoom>", "<div class=nav>", "<h1>", "</h1>", "&nbsp;", "&amp;", "&xxe;", "<![CDATA[x]]>", "<",
    "索引号:", "发文字号:", "成文日期:2020年1月2日", "一、总体要求", "各县区要加强组织领导。", "相关链接", "打印本页", "\u{3000}",
    "<ul><li>", "</li></ul>", "<span style=display:none>", "</span>", "<td class=title>", "【发布文号】", "[ 索引号 ]",
  ]

  @Test func randomPagesNeverCrash() {
    var read = 0
    forEachRandomInput(seed: 20_261_125, count: 400) { random in
      let page = (Bool.random(using: &random) ? "<html><body>" : "") + random.text(of: Self.pieces, count: 1...120)
      do {
        let source = try HTMLReader().read(bytes: Array(page.utf8), path: "soup.html")
        #expect(!source.text.contains("<div") && !source.text.contains("<script") && !source.text.contains("if(a"))
        read += 1
      } catch {
        #expect(String(describing: error).hasPrefix("soup.html: "))
      }
    }
    #expect(read > 300)
  }
}
