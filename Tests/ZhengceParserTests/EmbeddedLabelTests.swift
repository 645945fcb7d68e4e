import Testing
import ZhengceCore
import ZhengceParser

/// Info labels where a page puts them among other words: after the title on its line,
/// inside 【】, a label alone on its line whose value the page left empty, and labels a
/// few portals use (生成日期). Excerpts of real pages, as found.
@Suite struct EmbeddedLabelTests {
  /// xinjiang-yutian-2017-funds-announcement: the time and the source after the title.
  @Test func aLabelAfterTheTitle() {
    let doc = TitleChoiceTests.parse("""
      于田县2017年中央财政专项扶贫资金(发展资金)项目公示 时间:2017-03-24 16:03:56  来源:于田县扶贫办   作者:于田政府网
      为进一步强化财政扶贫资金的监督管理,现将于田县2017年中央财政专项扶贫资金项目公示如下。
      一、项目名称、建设规模、补助标准、资金额度及扶持贫困户数
      """)
    #expect(doc.title == "于田县2017年中央财政专项扶贫资金(发展资金)项目公示")
    #expect(doc.date == "2017-03-24")
  }

  /// shanghai-xuhui-2012-culture-fund-rules: a database's attributes glued after the title.
  @Test func labelsInBrackets() {
    let doc = TitleChoiceTests.parse("""
      上海市徐汇区人民政府办公室转发区文化局制定的《徐汇区文化发展专项资金管理办法》的通知
      上海市徐汇区人民政府办公室转发区文化局制定的《徐汇区文化发展专项资金管理办法》的通知文章属性•【制定机关】上海市徐汇区人民政府及其他机构•【公布日期】2012.06.12•【施行日期】2012.06.15•【效力等级】地方规范性文件
      特此通知。
      """)
    #expect(doc.date == "2012-06-12")
  }

  /// sichuan-2017-party-congress-task-division: the last row of the info block has no value;
  /// the issuer on the next line is the title's, not the row's.
  @Test func anEmptyDateRowTakesNoIssuer() {
    let doc = TitleChoiceTests.parse("""
        • 成文日期:2017-06-30
        • 文  号:川办发〔2017〕64号
        • 废止日期:
      四川省人民政府办公厅
        关于印发贯彻落实省第十一次党代会报告涉及
        政府工作目标任务分工方案的通知
        川办发〔2017〕64号
        各市(州)人民政府,省政府各部门、各直属机构,有关单位:
        为认真贯彻落实省第十一次党代会精神,经省政府同意,现将分工方案印发给你们。
      """)
    #expect(doc.title == "四川省人民政府办公厅关于印发贯彻落实省第十一次党代会报告涉及政府工作目标任务分工方案的通知")
    #expect(doc.date == "2017-06-30")
  }

  /// jiangxi-anyuan-2019-three-year-opinions: a county portal's 生成日期.
  @Test func aGenerationDate() {
    let doc = TitleChoiceTests.parse("""
      关于打赢脱贫攻坚战三年行动的实施意见
      信息分类:政务动态 文件编号: 公开方式:主动公开 生成日期:2019-02-11 公开时限:常年公开
      中共安远县委  安远县人民政府
      关于打赢脱贫攻坚战三年行动的实施意见
      为深入贯彻落实习近平总书记关于扶贫工作的重要论述,结合我县实际,提出如下实施意见。
      一、指导思想
      """)
    #expect(doc.date == "2019-02-11")
  }
}
