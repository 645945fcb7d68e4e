import Testing
import ZhengceCore
import ZhengceParser

@Suite struct MarkerScannerTests {
  func marker(_ s: String) -> Marker? { MarkerScanner.marker(in: Array(s.unicodeScalars))?.marker }

  @Test(arguments: [
    ("一、总体要求", MarkerStyle.cn, "一", 1), ("十二、其他", .cn, "十二", 12), ("(十一)统筹衔接", .cnParen, "(十一)", 11),
    ("1.选点要求", .arabic, "1", 1), ("10、公共服务", .arabic, "10", 10), ("(3)民居环境", .arabicParen, "(3)", 3),
    ("②加强", .circled, "②", 2), ("第三章 保障", .chapter, "第三章", 3), ("第十二条 本办法", .article, "第十二条", 12),
    ("附件5", .annex, "附件5", 5),
  ])
  func recognised(line: String, style: MarkerStyle, label: String, ordinal: Int) {
    #expect(marker(line) == Marker(style: style, label: label, ordinal: ordinal))
  }

  @Test func dash() {
    #expect(marker("——精准帮扶工作") == Marker(style: .dash, label: "——", ordinal: nil))
  }

  @Test(arguments: ["一是实施精准扶贫", "2.5万人脱贫", "2020年底前", "十九大精神", "附件:1、关于", "附件1、2所列", "—", "第一书记", "(以下简称贫困人口)"])
  func notMarkers(line: String) {
    #expect(marker(line) == nil)
  }
}
