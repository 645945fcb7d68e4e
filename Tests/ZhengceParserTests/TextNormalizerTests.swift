import Testing
import ZhengceCore
@testable import ZhengceParser

@Suite struct TextNormalizerTests {
  func normalized(_ text: String) -> [String] { TextNormalizer().lines(text).map(\.text) }

  @Test(arguments: [
    ("(省林 业厅牵头负责)", "(省林业厅牵头负责)"),
    ("人民银行长 沙中心支行", "人民银行长沙中心支行"),
    ("提升至13 万元/年", "提升至13万元/年"),
    ("二、 区域范围", "二、区域范围"),
    ("牵头负 责", "牵头负责"),
    ("降低GDP 分值", "降低GDP 分值"),
    ("the GDP of 2020", "the GDP of 2020"),
    ("(一)加大财政支持力度。", "(一)加大财政支持力度。"),
    ("\u{3000}\u{3000}一、总体要求\u{00A0}", "一、总体要求"),
  ])
  func straySpacesGoAndWidthsFold(input: String, output: String) {
    #expect(normalized(input) == [output])
  }

  /// shanghai-2020-vagrant-living-standard-notice: the indent's no-break spaces became question
  /// marks when the page changed encoding; a question ending a line stays.
  @Test func questionMarksOfALostIndent() {
    #expect(normalized("    ??特此通知。\n    ??上海市民政局\n    ??2020年9月18日\n是否同意?") == [
      "特此通知。", "上海市民政局", "2020年9月18日", "是否同意?",
    ])
  }

  @Test func dashWithStrayHyphen() {
    #expect(normalized("  -——坚持整合资源、合力攻坚。") == ["——坚持整合资源、合力攻坚。"])
  }

  @Test func paragraphBrokenAfterAContinuationMarkIsJoined() {
    let text = "(五)坚持群众主体,激发内生动力。建立生产奖补、\n以工代赈、劳务奖补等正向激励机制。\n(六)坚持较真从严。"
    #expect(normalized(text) == ["(五)坚持群众主体,激发内生动力。建立生产奖补、以工代赈、劳务奖补等正向激励机制。", "(六)坚持较真从严。"])
  }

  @Test func aNumberedLineIsNeverJoinedToThePreviousOne() {
    #expect(normalized("附件:1、关于提升产业扶贫质量、\n2、关于提升就业扶贫质量") == ["附件:1、关于提升产业扶贫质量、", "2、关于提升就业扶贫质量"])
  }

  @Test(arguments: [
    "您当前的位置:安康市人民政府 >扶贫政策 > 正文内容", "【字体: 分享:", "(责任编辑:朱洁英)", "分享到:", "35.1K",
    "首页 > 滚动资讯 > 正文", "使用“扫一扫”即可将网页分享至朋友圈", "扫一扫在手机打开当前页", "| 责任编辑:张子怡内容纠错 关闭本页",
  ])
  func pageChromeIsDropped(line: String) {
    #expect(normalized("正文第一段。\n\(line)\n正文第二段。") == ["正文第一段。", "正文第二段。"])
  }

  @Test func offsetsLeadBackToTheDecodedText() {
    let text = "  省林 业厅\r\n\r\n(二)深度贫困村。"
    let lines = TextNormalizer().lines(text)
    let decoded = Array(text.unicodeScalars)
    for line in lines {
      for (u, source) in zip(line.scalars, line.sources) { #expect(decoded[Int(source)] == u) }
    }
    #expect(lines.map(\.text) == ["省林业厅", "(二)深度贫困村。"])
  }
}
