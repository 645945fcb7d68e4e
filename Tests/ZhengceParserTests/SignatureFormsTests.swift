import Testing
import ZhengceCore
import ZhengceParser

/// Signatures and issuers as real pages print them: many joint departments, a
/// prefecture's 行政公署, a year typed with the letter O, a committee a report names by
/// its level alone. Excerpts of real pages, as found.
@Suite struct SignatureFormsTests {
  /// shaanxi-2021-key-assistance-counties-opinions: twelve bodies, two a line, a bank's branch last.
  @Test func twelveJointDepartments() {
    let doc = TitleChoiceTests.parse("""
      各设区市人民政府:
      为深入贯彻落实《关于支持国家乡村振兴重点帮扶县的实施意见》精神,制定本意见,请认真贯彻落实。
      陕西省乡村振兴局 中共陕西省委组织部
      陕西省发展和改革委员会 陕西省教育厅
      陕西省财政厅 陕西省人力资源和社会保障厅
      陕西省自然资源厅 陕西省住房和城乡建设厅
      陕西省交通运输厅 陕西省农业农村厅
      陕西省卫生健康委员会 中国人民银行西安分行
      2021年9月17日
      关于支持国家和省级乡村振兴重点帮扶县的
      实施意见
      一、总体要求
      """)
    #expect(doc.issuers.count == 12)
    #expect(doc.issuers.last == "中国人民银行西安分行")
    #expect(doc.date == "2021-09-17")
  }

  /// xizang-ali-2021-work-rules: a prefecture's administrative office signs the notice.
  @Test func aPrefectureOffice() {
    let doc = TitleChoiceTests.parse("""
      阿里地区行政公署关于印发《阿里地区行政公署工作规则》的通知
      各县人民政府,行署各局、委、办、处:
      《阿里地区行政公署工作规则》已经地委、行署研究通过,现印发给你们,请认真贯彻执行。
      阿里地区行政公署
      2021年11月9日
      阿里地区行政公署工作规则
      第一章 总 则
      """)
    #expect(doc.issuers == ["阿里地区行政公署"])
  }

  /// jiangxi-jian-2003-open-government-rules: 二OO三年 with the letter O.
  @Test func aYearTypedWithTheLetterO() {
    let doc = TitleChoiceTests.parse("""
      江西省吉安市人民政府办公室
      关于印发吉安市市本级政务公开工作实施细则的通知
      市政府各部门,市直各单位:
      现将《吉安市市本级政务公开工作实施细则》印发给你们,请遵照执行。
      二OO三年十二月四日
      """)
    #expect(doc.date == "2003-12-04")
  }

  /// henan-xuchang-2018-three-year-action-plan: the report names the city's committee by its level.
  @Test func aCommitteeNamedByItsLevel() {
    let doc = TitleChoiceTests.parse("""
      第04版:要闻
      市委、市政府印发《许昌市打赢脱贫攻坚战三年行动计划》
      近日,市委、市政府印发了《许昌市打赢脱贫攻坚战三年行动计划》。全文如下:
      为明确2018至2020年脱贫攻坚时间表、路线图,结合我市实际,制定本行动计划。
      一、工作目标
      """)
    #expect(doc.issuers == ["市委", "市政府"])
  }

  /// neimenggu-eerduosi-2020-notice and liaoning-2017-poverty-program: the page lost the
  /// signature date's 月 and 日 (2020年915) or all its marks (201739).
  @Test(arguments: [("2020年915 ", "2020-09-15"), ("201739", "2017-03-09")])
  func aDateThatLostItsMarks(line: String, date: String) {
    let doc = TitleChoiceTests.parse("""
      某市人民政府关于印发某市实施方案的通知
      各县区人民政府:
      现将《某市实施方案》印发给你们,请认真贯彻执行。
      某市人民政府
      \(line)
      一、总体要求
      """)
    #expect(doc.date == date)
  }

  /// Digits that read as two dates (2019年111: 1-11 or 11-1) are none.
  @Test func digitsThatReadTwoWaysAreNoDate() {
    let doc = TitleChoiceTests.parse("某市人民政府关于某事的通知\n各县区人民政府:\n请认真贯彻执行。\n某市人民政府\n2019年111\n一、总体要求\n")
    #expect(doc.date == nil)
  }

  /// yunnan-2001-rural-poverty-outline: the portal's name glued before the body in 发文单位.
  @Test func aSiteNameBeforeTheIssuingBody() {
    let doc = TitleChoiceTests.parse("""
      云南省农村扶贫开发纲要 (2001—2010年)
      发文单位:云南省政府信息公开门户网站云南省扶贫办   发文时间:2016-07-16
      为全面贯彻落实《中国农村扶贫开发纲要》,特制定本纲要。
      一、形势和任务
      """)
    #expect(doc.issuers == ["云南省扶贫办"])
  }
}
