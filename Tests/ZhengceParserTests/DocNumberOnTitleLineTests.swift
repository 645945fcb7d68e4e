import Testing
import ZhengceCore
import ZhengceParser

/// A 文号 printed on the title's line: before it with a colon, after it with a space.
/// Neither is part of the title, and the 文号 takes nothing of the title or a date
/// beside it. Excerpts of real pages, as found.
@Suite struct DocNumberOnTitleLineTests {
  /// jilin-1979-relief-notice: a database's heading, the 文号 after the title.
  @Test func aDocNumberAfterTheTitle() {
    let doc = TitleChoiceTests.parse("""
      当前位置 : 首页 > 民政业务 > 社会救助 > 法规文件
      关于搞好规划扶贫试点工作的通知 吉民字〔1979〕52号
      各市、州、盟、县(市)旗民政局、各地区行署民政局:
      根据全国民政工作会议精神,全省县以上民政部门今年都要进行规划扶贫试点工作。
      """)
    #expect(doc.title == "关于搞好规划扶贫试点工作的通知")
    #expect(doc.docNumber == "吉民字〔1979〕52号")
  }

  /// national-2009-hainan-tourism-island-opinions: a Traditional mirror, the title broken by a
  /// space and the 文号 after it; 国务院 issues it.
  @Test func aTraditionalTitleWithItsDocNumber() {
    let doc = TitleChoiceTests.parse("""
      國務院關于推進海南國際旅游島 建設發展的若干意見 國發〔2009〕44號
      各省、自治區、直轄市人民政府,國務院各部委、各直屬機構:
      海南是我國最大的經濟特區和唯一的熱帶島嶼省份。為扎實推進海南國際旅游島建設發展,現提出以下意見。
      一、海南國際旅游島建設發展的總體要求
      """)
    #expect(doc.title == "國務院關于推進海南國際旅游島建設發展的若干意見")
    #expect(doc.docNumber == "國發〔2009〕44號")
    #expect(doc.issuers == ["國務院"])
  }

  /// guangxi-luzhai-2017-poverty-funds-rules: the page's heading, 文号 and colon before the notice.
  @Test func aDocNumberBeforeTheTitle() {
    let doc = TitleChoiceTests.parse("""
      鹿政辦發〔2017〕85號:關于印發鹿寨縣財政專項扶貧資金管理辦法的通知
      鹿政辦發〔2017〕85號
      鹿寨縣人民政府辦公室關于印發
      鹿寨縣財政專項扶貧資金管理辦法的通知
      各鄉鎮人民政府,縣直各單位:
      《鹿寨縣財政專項扶貧資金管理辦法》已經縣人民政府常務會議審議通過,現印發給你們,請認真貫徹執行。
      2017年10月16日
      鹿寨縣財政專項扶貧資金管理辦法
      第一章 總 則
      """)
    #expect(doc.noticeTitle == "鹿寨縣人民政府辦公室關于印發鹿寨縣財政專項扶貧資金管理辦法的通知")
    #expect(doc.issuers == ["鹿寨縣人民政府辦公室"])
  }

  /// national-2000-poverty-funds-rules: the date and the 文号 under the notice, a space between.
  @Test func aDateBeforeTheDocNumber() {
    let doc = TitleChoiceTests.parse("""
      关于印发《财政扶贫资金管理办法》(试行)的通知
      (2000年5月30日 财农字〔2000〕18号)
      各省、自治区、直辖市财政厅(局)、扶贫开发领导小组:
      现印发给你们,请遵照执行。
      """)
    #expect(doc.docNumber == "财农字〔2000〕18号")
  }
}
