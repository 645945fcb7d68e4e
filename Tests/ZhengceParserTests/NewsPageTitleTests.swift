import Testing
import ZhengceCore
import ZhengceParser

/// A news page that reposts a document: its title is the line that brings in the text
/// (《X》公布如下:); a title named only in the report's prose is no title. Excerpts of
/// fujian-ningde-2023-rural-revitalization-plan, as found.
@Suite struct NewsPageTitleTests {
  static let report = """
    寧德發布丨2023年全面推進鄉村振興重點工作,我市這樣實施……
    近日,中共寧德市委、寧德市人民政府印發《關于做好2023年全面推進鄉村振興重點工作的實施方案》,并發出通知,要求各地各部門結合實際認真貫徹落實。

    """
  static let text = """
    為全面貫徹黨的二十大精神,結合我市實際,制定如下實施方案:
    一、總體要求
    """

  @Test func theLineThatBringsInTheText() {
    let doc = TitleChoiceTests.parse(Self.report + "《關于做好2023年全面推進鄉村振興重點工作的實施方案》公布如下:\n" + Self.text)
    #expect(doc.title == "關于做好2023年全面推進鄉村振興重點工作的實施方案")
    #expect(doc.issuers == ["中共寧德市委", "寧德市人民政府"])
  }

  @Test func aTitleOnlyInTheProseIsNone() {
    #expect(TitleChoiceTests.parse(Self.report + Self.text).title == nil)
  }
}
