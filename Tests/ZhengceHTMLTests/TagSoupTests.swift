import Testing
import ZhengceCore
@testable import ZhengceHTML

/// Random tag soup (fixed seed): every page is read or refused with a `SourceError`, never a crash,
/// and whatever text comes out holds no markup.
@Suite struct TagSoupTests {
  /// A small deterministic generator (64-bit LCG), so failures reproduce.
  private struct LCG {
    var state: UInt64
    mutating func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
  }

  private static let pieces = [
    "<div>", "</div>", "<p>", "</p>", "<br>", "<table>", "<tr>", "<td rowspan=3>", "<td colspan=2>", "</td>", "</tr>",
    "</table>", "<a href=x>", "</a>", "<script>if(a<b&&c){}</script>", "<style>p{}</style>", "<!-- 注释 -->",
    "<div id=zoom>", "<div class=nav>", "<h1>", "</h1>", "&nbsp;", "&amp;", "&xxe;", "<![CDATA[x]]>", "<",
    "索引号:", "发文字号:", "成文日期:2020年1月2日", "一、总体要求", "各县区要加强组织领导。", "相关链接", "打印本页", "\u{3000}",
    "<ul><li>", "</li></ul>", "<span style=display:none>", "</span>", "<td class=title>", "【发布文号】", "[ 索引号 ]",
  ]

  @Test func randomPagesNeverCrash() {
    var rng = LCG(state: 20_261_125)
    var read = 0
    for _ in 0..<400 {
      var page = rng.next(2) == 0 ? "<html><body>" : ""
      for _ in 0..<(1 + rng.next(120)) { page += Self.pieces[rng.next(Self.pieces.count)] }
      do {
        let source = try HTMLReader().read(bytes: Array(page.utf8), path: "soup.html")
        #expect(!source.text.contains("<div") && !source.text.contains("<script") && !source.text.contains("if(a"))
        read += 1
      } catch {
        #expect(error.description.hasPrefix("soup.html: "))
      }
    }
    #expect(read > 300)
  }
}
