import Testing
import ZhengceCore
import ZhengceParser

/// A page's chrome is never a title: a newspaper's page label, a site slogan,
/// a site name glued before the title, `第一篇:` and `[大全]` around it. A
/// title broken over lines is joined, and one stated nowhere is null.
@Suite struct ChromeTitleTests {
  static func title(_ text: String) -> String? {
    Parser(registry: .genericOnly).parse(SourceText(path: "t.txt", format: .text, encoding: .utf8, sha256: "", text: text)).document.title
  }

  @Test(arguments: [
    // The chrome lines issue 16 quotes from reposts.
    "网聚上高人\n为明确2018至2020年脱贫攻坚时间表、路线图,结合我市实际,制定本行动计划。\n",
    "發布信息\n为明确2018至2020年脱贫攻坚时间表、路线图,结合我市实际,制定本行动计划。\n",
  ])
  func chromeIsNoTitle(text: String) {
    #expect(Self.title(text) == nil)
  }

  @Test func aNewspaperPageLabelIsNoTitleButTheHeadlineNamesTheDocument() {
    // henan-xuchang-2018-three-year-action-plan: the paper's page label, then a headline
    // reporting the plan issued; the plan's title is in it.
    let text = "第04版:要闻\n市委、市政府印发《许昌市打赢脱贫攻坚战三年行动计划》\n近日,市委、市政府印发了《许昌市打赢脱贫攻坚战三年行动计划》。全文如下:\n"
    #expect(Self.title(text) == "许昌市打赢脱贫攻坚战三年行动计划")
  }

  @Test func aSiteNameGluedBeforeTheTitleIsDropped() {
    // guangxi-longan-2019-poverty-funds-rules: a spam mirror's banner glued to the notice's title.
    let text = "首页『摩臣5注册登陆』-摩臣5娱乐平台-首页-隆安县人民政府办公室关于印发隆安县财政专项扶贫资金管理办法的通知\n经县人民政府同意,现将《隆安县财政专项扶贫资金管理办法》印发给你们,请结合实际认真贯彻执行。\n"
    #expect(Self.title(text) == "隆安县人民政府办公室关于印发隆安县财政专项扶贫资金管理办法的通知")
  }

  @Test func anArticleNumberPrefixAndACollectionSuffixAreDropped() {
    // The repost pattern issue 16 quotes: `第一篇:…[大全]`.
    let text = "第一篇:湖北省2017年度贫困县退出公示[大全]\n现向社会公示,如有异议,请于2018年2月23日前反映。\n"
    #expect(Self.title(text) == "湖北省2017年度贫困县退出公示")
  }

  @Test func aTitleBrokenOverLinesIsJoinedWithItsIssuers() {
    // guangdong-2016-three-year-poverty-opinions: the page's heading, then the document's own title on three lines.
    let text = """
      中共广东省委 广东省人民政府关于新时期精准扶贫精准脱贫三年攻坚的实施方案
      中共广东省委 广东省人民政府
      关于新时期精准扶贫精准脱贫
      三年攻坚的实施意见
      为贯彻落实《中共中央、国务院关于打赢脱贫攻坚战的决定》精神,推进精准扶贫精准脱贫三年攻坚,现提出如下意见。
      一、总体要求
      """
    #expect(Self.title(text) == "中共广东省委 广东省人民政府关于新时期精准扶贫精准脱贫三年攻坚的实施意见")
  }

  @Test func aNoticeAloneIsTheDocumentAndANoticeWithItsPlanCarriesIt() {
    // heilongjiang-2000-document-rules: the notice on two lines, then the rules it issues.
    let both = "黑龙江省人民政府办公厅关于印发\n黑龙江省人民政府发文办理工作规则的通知\n省政府各直属单位:\n经省政府同意,现将《黑龙江省人民政府发文办理工作规则》印发给你们,请遵照执行。\n2000年12月27日\n黑龙江省人民政府发文办理工作规则\n为了加强公文审核把关工作,制定本规则。\n一、省政府文件发文办理工作基本要求\n"
    let doc = Parser(registry: .genericOnly).parse(SourceText(path: "t.txt", format: .text, encoding: .utf8, sha256: "", text: both)).document
    #expect(doc.title == "黑龙江省人民政府发文办理工作规则")
    #expect(doc.noticeTitle == "黑龙江省人民政府办公厅关于印发黑龙江省人民政府发文办理工作规则的通知")
    let alone = String(both.prefix { $0 != "2" })
    #expect(Self.title(alone) == "黑龙江省人民政府办公厅关于印发黑龙江省人民政府发文办理工作规则的通知")
  }

  /// xinjiang-shule-2018-training-project-plan-trad: a spam mirror's markup numbered like a
  /// list before a Traditional title broken before its bracket.
  @Test func numberedMarkupIsNoBodyAndABracketContinuesTheTitle() {
    let text = """
      欧美色欧美亚洲高清在线观看,国产一区视频一区欧美
        1. <ul id="fwlom"></ul>
          <object id="fwlom"></object>
          疏勒2018新增中央財(cái)政專(zhuān)項(xiàng)扶貧資金
          時(shí)間:2019-05-14 13:08:49下載本文作者:會(huì)員上傳
          第一篇:疏勒2018新增中央財(cái)政專(zhuān)項(xiàng)扶貧資金
          疏勒縣2018年度新增中央財(cái)政專(zhuān)項(xiàng)扶貧資金
          (扶貧培訓(xùn))項(xiàng)目實(shí)施方案
          根據(jù)《關(guān)于下達(dá)2018年中央財(cái)政專(zhuān)項(xiàng)扶貧資金計(jì)劃的通知》要求,上級安排我縣2018年度新增中央財政專項扶貧資金。
      """
    let doc = Parser(registry: .genericOnly).parse(SourceText(path: "t.txt", format: .text, encoding: .utf8, sha256: "", text: text)).document
    #expect(doc.title == "疏勒縣2018年度新增中央財政專項扶貧資金(扶貧培訓)項目實施方案")
    #expect(doc.date == "2019-05-14")
  }
}
