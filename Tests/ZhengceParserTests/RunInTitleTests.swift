import Testing
import ZhengceCore
import ZhengceParser

/// A page that flattened a document into one paragraph runs its title into the text.
/// Excerpts of real pages, as found.
@Suite struct RunInTitleTests {
  /// chongqing-2005-two-sessions-notice: the title, a space, the addressees, the text.
  @Test func aTitleBeforeASpace() {
    let doc = TitleChoiceTests.parse(
      "重庆市人民政府办公厅关于认真做好明年“两会”有关工作的通知 各区县(自治县、市)人民政府,市政府各部门,有关单位: 市二届人大四次会议、市政协二届四次会议(以下简称“两会”)将于2006年1月中旬召开。")
    #expect(doc.title == "重庆市人民政府办公厅关于认真做好明年“两会”有关工作的通知")
    #expect(doc.issuers == ["重庆市人民政府办公厅"])
  }

  /// shandong-linyi-2023-normative-documents-notice: a listing's entry, the date and the 文号 glued on.
  @Test func aTitleBeforeItsDate() {
    let doc = TitleChoiceTests.parse("""
      -
      ● 临沂市人民政府关于公布市政府规范性文件清理结果的通知2023-12-27临政字〔2023〕133号各县区人民政府(管委会),市政府各部门(单位):为进一步加强行政规范性文件管理,推进依法行政和法治政府建设,对市政府规范性文件进行了清理。
      临政字〔2023〕133号
      各县区人民政府(管委会),市政府各部门(单位):
      为进一步加强行政规范性文件管理,推进依法行政和法治政府建设,对市政府规范性文件进行了清理。
      一、继续有效的市政府规范性文件6件。
      """)
    #expect(doc.title == "临沂市人民政府关于公布市政府规范性文件清理结果的通知")
    #expect(doc.date == "2023-12-27")
    #expect(doc.issuers == ["临沂市人民政府"])
  }

  /// qinghai-haidong-2018-east-west-funds-announcement: a sentence's first clause ends like a
  /// title (…实施细则》有关规定) but a comma ends it: no title.
  @Test func aClauseOfASentenceIsNoTitle() {
    let doc = TitleChoiceTests.parse(
      "根据《青海省完善扶贫资金项目公告公示制度实施细则》有关规定,现将2018年东西部扶贫协作资金项目安排情况公示如下:")
    #expect(doc.title == nil)
  }
}
