import Testing
import ZhengceCore
import ZhengceParser

/// The note under a title gives the date the document was adopted or issued, before
/// any date the page states. Excerpts of real pages, as found.
@Suite struct TitleNoteTests {
  /// guangxi-nanning-2016-poverty-decision: adopted by a plenary session, in brackets.
  @Test func aMeetingThatAdoptedIt() {
    let doc = TitleChoiceTests.parse("""
      中共南宁市委员会关于贯彻中央和自治区扶贫开发工作 重大决策部署坚决打赢脱贫攻坚战的决定
      (2016年1月15日中国共产党南宁市第十一届委员会第十四次全体会议通过)
      党的十八届五中全会和中央扶贫开发工作会议吹响了“十三五”打赢脱贫攻坚战的号角。
      一、牢牢把握脱贫攻坚战的总体要求
      """)
    #expect(doc.date == "2016-01-15")
  }

  /// xizang-rikaze-2021-14th-five-year-outline: a dash, the note over two lines, under a page
  /// that states its own date. The note is no dash item.
  @Test func aDashNoteOverTwoLines() {
    let doc = TitleChoiceTests.parse("""
      来源:市发改委
      日期:2021-12-30 16:26
      日喀则市国民经济和社会发展第十四个五年规划和二〇三五年远景
      目标纲要
      ——2021年12月11日日喀则市第二届人民代表大会
      第二次会议通过
      日喀则市第二届人民代表大会第二次会议审查了市人民政府提出的规划纲要(草案),决定批准这个规划纲要。
      """)
    #expect(doc.date == "2021-12-11")
    #expect(doc.outline.isEmpty)
  }

  /// neimenggu-2011-task-division: the 文号, then the date.
  @Test func theDocNumberThenTheDate() {
    let doc = TitleChoiceTests.parse("""
      内蒙古自治区党委办公厅、政府办公厅印发《关于贯彻落实〈中国农村扶贫开发纲要(2011-2020年)〉的实施意见重要政策措施分工方案》的通知
      (内党办发〔2011〕38号 2011年12月31日)
      各盟市委,盟行政公署、市人民政府,自治区各部、委、办、厅、局和各人民团体:
      """)
    #expect(doc.date == "2011-12-31")
  }
}
