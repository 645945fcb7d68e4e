import Testing
import ZhengceCore
import ZhengceParser

/// A notice's title broken over lines around its verb (印发, 转发), and the title it
/// issues when that title quotes another in marks. Excerpts of real pages, as found.
@Suite struct BrokenNoticeTitleTests {
  /// heilongjiang-hegang-2025-opinions: the joint issuers and 印发 on the line above 关于.
  @Test func theIssuersAndTheVerbAboveAbout() {
    let doc = TitleChoiceTests.parse("""
      鹤政发〔2025〕4号
      鹤岗市人民政府 鹤岗市中级人民法院印发
      关于完善“府院联动”机制的意见的通知
      各县(区)人民政府、法院,市政府各部门:
      《鹤岗市人民政府 鹤岗市中级人民法院关于完善“府院联动”机制的意见》已经市政府常务会议审议通过,现印发给你们,请认真贯彻执行。
      鹤岗市人民政府 鹤岗市中级人民法院
      2025年4月30日
      鹤岗市人民政府 鹤岗市中级人民法院
      关于完善“府院联动”机制的意见
      为深入推进全面依法治市和法治政府建设,制定本意见。
      一、指导思想
      """)
    #expect(doc.noticeTitle == "鹤岗市人民政府鹤岗市中级人民法院印发关于完善“府院联动”机制的意见的通知")
    #expect(doc.title == "鹤岗市人民政府 鹤岗市中级人民法院关于完善“府院联动”机制的意见")
  }

  /// xinjiang-1994-million-people-subsistence-plan: 关于 ends the first line, 印发 opens the second.
  @Test func aboutAboveTheVerb() {
    let doc = TitleChoiceTests.parse("""
      自治区人民政府关于
      印发新疆维吾尔自治区
      百万人温饱工程计划的通知
      各州、市、县(市)人民政府,自治区人民政府各部门:
      现将《新疆维吾尔自治区百万人温饱工程计划》印发给你们,请认真贯彻执行。
      """)
    #expect(doc.title == "自治区人民政府关于印发新疆维吾尔自治区百万人温饱工程计划的通知")
    #expect(doc.issuers == ["自治区人民政府"])
  }

  /// shandong-2010-graduate-employment-opinions: the page prints the notice twice, the
  /// second time without the office that forwards; the opinions follow under their own title.
  @Test func aForwardingNoticeKeepsTheOfficeThatForwards() {
    let doc = TitleChoiceTests.parse("""
      山东省人民政府办公厅
      转发省人力资源社会保障厅等部门
      关于做好2010年普通高校毕业生
      就业工作的意见的通知
      转发省人力资源社会保障厅等部门
      关于做好2010年普通高校毕业生
      就业工作的意见的通知
      鲁政办发〔2010〕21号
      各市人民政府,省政府各部门、各直属机构:
      省人力资源社会保障厅等部门《关于做好2010年普通高校毕业生就业工作的意见》已经省政府同意,现转发给你们,请认真贯彻执行。
      山东省人民政府办公厅
      二○一○年四月三十日
      关于做好2010年普通高校
      毕业生就业工作的意见
      为做好2010年我省高校毕业生就业工作,现提出如下意见。
      一、总体安排和目标任务
      """)
    #expect(doc.noticeTitle == "山东省人民政府办公厅转发省人力资源社会保障厅等部门关于做好2010年普通高校毕业生就业工作的意见的通知")
    #expect(doc.title == "关于做好2010年普通高校毕业生就业工作的意见")
  }

  /// tianjin-2022-task-division: the notice issues a task division whose title quotes
  /// 《政府工作报告》, and writes it without the 的 its own heading has.
  @Test func aCarriedTitleQuotingAnother() {
    let doc = TitleChoiceTests.parse("""
      天津市人民政府印发关于落实国务院
      《政府工作报告》重点工作任务分工的通知
      各区人民政府,市政府各委、办、局:
      现将《关于落实国务院〈政府工作报告〉重点工作的任务分工》印发给你们,望遵照执行。
      天津市人民政府
      2022年5月6日
      关于落实国务院《政府工作报告》
      重点工作的任务分工
      为全面贯彻党的十九大和十九届历次全会精神,提出如下任务分工。
      一、稳定经济增长
      """)
    #expect(doc.title == "关于落实国务院《政府工作报告》重点工作的任务分工")
    #expect(doc.noticeTitle == "天津市人民政府印发关于落实国务院《政府工作报告》重点工作任务分工的通知")
    #expect(doc.genre == .taskDivision)
  }
}
