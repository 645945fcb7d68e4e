import Testing
import ZhengceCore
import ZhengceParser

/// A page's publication stamp dates a document that states no other date. Excerpts of
/// real pages, as found.
@Suite struct PageStampTests {
  /// hubei-2019-rural-revitalization-program-toc: a site's name, a space, the date.
  @Test func aSiteNameBeforeTheDate() {
    let doc = TitleChoiceTests.parse("""
      国开联官网 > 观点 > 农业农村现代化
      湖北省乡村振兴战略规划(2018—2022年)
      国开联 2019.05.22
      第一章 规划背景
      """)
    #expect(doc.date == "2019-05-22")
  }

  /// anhui-2019-three-year-opinions: the font switch and the editor's credit share the
  /// stamp's line, which is chrome but for its date.
  @Test func aStampAmongThePageSwitches() {
    let doc = TitleChoiceTests.parse("""
      首页 >> 资讯 >> 头条关注  正文
      安徽公开发布关于打赢脱贫攻坚战三年行动的实施意见
      【字体: 】【2019年02月15日】【责任编辑:方格】【阅读:57912 次】
      中共安徽省委 安徽省人民政府关于打赢脱贫攻坚战三年行动的实施意见
      为深入贯彻习近平新时代中国特色社会主义思想,现就打赢脱贫攻坚战三年行动,制定以下意见。
      一、切实增强打赢脱贫攻坚战的责任感和紧迫感
      """)
    #expect(doc.date == "2019-02-15")
    #expect(doc.title == "中共安徽省委 安徽省人民政府关于打赢脱贫攻坚战三年行动的实施意见")
  }

  /// A font switch without a date is chrome as before.
  @Test func aFontSwitchAloneIsChrome() {
    #expect(!TextNormalizer().lines("【字体:大 中 小】\n正文。").contains { $0.text.hasPrefix("【字体") })
  }
}
