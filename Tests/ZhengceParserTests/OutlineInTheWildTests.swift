import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Outline styles of documents that are not long plans: whole files of
/// Tests/Fixtures/realworld/docs, with what their text says written beside each
/// expectation, and the run-in headings of the issue that asked for them.
@Suite struct OutlineInTheWildTests {
  static func parse(_ text: String) -> ParseResult {
    Parser(registry: .genericOnly).parse(SourceText(path: "t.txt", format: .text, encoding: .utf8, sha256: "", text: text))
  }

  static func paths(_ sections: [OutlineSection], _ parent: String = "") -> [String] {
    sections.flatMap { s in
      let path = parent.isEmpty ? s.marker : parent + "/" + s.marker
      return [path] + paths(s.children, path)
    }
  }

  // MARK: - The closing 落款 and what surrounds it

  /// fujian-mingxi-2019-funds-letter ends (四)(二)…早日发挥实效。, then 附件:1.2019年度鲤城区对口帮扶资金安排表,
  /// 2.2019年度县级财政扶贫资金(含地方政府债券资金500万元)安排表, then 明溪县农业农村局 明溪县财政局 and 2019年8月15日.
  @Test func theAnnexListAndTheSignatureAreNotTheLastMeasure() throws {
    let result = try CorpusFixtures.parse(realWorld: "fujian-mingxi-2019-funds-letter.txt")
    let last = try #require(result.document.measures.last)
    #expect(last.path == ["四", "(二)"])
    #expect(last.text.hasSuffix("确保项目规范实施,早日发挥实效。"))
    // Both list lines, the second numbered 2. before a year (not the decimal 2.2019).
    #expect(result.tree.annexList.count == 2)
    #expect(!result.document.measures.flatMap(\.commitments).contains { $0.value == 1.2019 || $0.value == 2.2019 })
    #expect(result.document.issuers == ["明溪县农业农村局", "明溪县财政局"])
  }

  /// national-2016-pingtan-tourism-island-approval (Traditional): 五、…重大問題及時向國務院報告。 then 國務院 and
  /// 2016年8月8日.
  @Test func theSignatureOfAnApprovalIsNoMeasureText() throws {
    let result = try CorpusFixtures.parse(realWorld: "national-2016-pingtan-tourism-island-approval.txt")
    let last = try #require(result.document.measures.last)
    #expect(last.path == ["五"])
    #expect(last.text.hasSuffix("重大問題及時向國務院報告。"))
    #expect(result.document.date == "2016-08-08")
  }

  /// qinghai-haidong-2018-east-west-funds-announcement: 三、监督电话 0972-8610459, then 海东市扶贫开发局, 2018年11月1日.
  @Test func aHeadingOnlyLastBlockStopsAtTheSignature() throws {
    let result = try CorpusFixtures.parse(realWorld: "qinghai-haidong-2018-east-west-funds-announcement.txt")
    let last = try #require(result.document.measures.last)
    #expect(last.text == "监督电话\n0972-8610459")
  }

  // MARK: - 章, 节 and 条

  /// chongqing-2010-rural-poverty-regulations is the last page of the 条例: it opens at 第四十八条,
  /// in 第六章, and reaches 第七章 法律责任 (第五十三条 to 第五十五条) and 第八章 附则 (第五十六条).
  @Test func aChapterIsNeverInsideAnArticle() throws {
    let result = try CorpusFixtures.parse(realWorld: "chongqing-2010-rural-poverty-regulations.txt")
    let outline = result.document.outline
    #expect(outline.map(\.marker) == ["第四十八条", "第四十九条", "第五十条", "第五十一条", "第五十二条", "第七章", "第八章"])
    #expect(outline[5].children.map(\.marker) == ["第五十三条", "第五十四条", "第五十五条"])
    #expect(outline[6].children.map(\.marker) == ["第五十六条"])
    // 上一页1 2 3 4 5, the page's links, is no text of 第五十六条.
    #expect(result.document.measures.last?.text == "本条例自2010年8月1日施行。")
  }

  /// guizhou-2016-poverty-regulations-draft-notice: the notice (一、 the deadline, 二、 where to send views),
  /// signed, then the draft 条例 it publishes: 第一章 总则, 第一条 …
  @Test func theRulesANoticeCarriesAreNotInsideItsLastItem() throws {
    let result = try CorpusFixtures.parse(realWorld: "guizhou-2016-poverty-regulations-draft-notice.txt")
    let paths = Self.paths(result.document.outline)
    #expect(paths.prefix(6) == ["一", "二", "第一章", "第一章/第一条", "第一章/第二条", "第一章/第三条"])
  }

  /// guangdong-enping-2016-poverty-funds-rules (Traditional): 第一章 總則, 第一條 為加強和規范…
  @Test func articlesInsideChaptersInTraditionalScript() throws {
    let result = try CorpusFixtures.parse(realWorld: "guangdong-enping-2016-poverty-funds-rules.txt")
    let first = try #require(result.document.outline.first)
    #expect(first.marker == "第一章")
    #expect(first.children.prefix(2).map(\.marker) == ["第一條", "第二條"])
    #expect(result.document.measures.first { $0.path == ["第一章", "第一條"] }?.text.hasPrefix("為加強和規范我市2016-2018年") == true)
  }

  // MARK: - Steps, lost indents, run-in headings

  /// jiangxi-2017-hundred-days-plan: 二、行动步骤, then 第一步:查找问题。10月15日前,各级各部门…
  @Test func aStepsHeadingWithoutItsColon() throws {
    let result = try CorpusFixtures.parse(realWorld: "jiangxi-2017-hundred-days-plan.txt")
    let step = try #require(result.document.measures.first { $0.path == ["二", "第一步"] })
    #expect(step.heading == "查找问题")
    #expect(step.text.hasPrefix("查找问题。10月15日前,各级各部门对照今年目标任务找差距"))
  }

  /// shanghai-2020-grain-oil-assistance-notice: `??(一)幫困糧油卡的發放范圍為:`, the indent a page lost
  /// when it changed encoding, then 1. 2. 3.; then `??(二)幫困糧油券的發放范圍為:`.
  @Test func aParenthesisedMarkerAfterALostIndent() throws {
    let result = try CorpusFixtures.parse(realWorld: "shanghai-2020-grain-oil-assistance-notice.txt")
    let one = try #require(result.document.outline.first)
    #expect(one.children.map(\.marker) == ["(一)", "(二)"])
    #expect(one.children.first?.children.map(\.marker) == ["1", "2", "3"])
  }

  /// The example of the issue: headings run into their text after a space, and into the paragraph before.
  static let runIn = """
    关于做好2021年巩固拓展脱贫攻坚成果工作的通知
    各镇乡人民政府,县级各部门:
    为深入贯彻落实党中央、国务院决策部署,现就有关工作通知如下。
    一、聚焦任务,对标落实 各镇乡要对照目标任务,逐项抓好落实,确保2021年底前完成200户危房改造。二、压实责任,强化保障 县财政局要安排资金500万元,县乡村振兴局负责统筹协调。
    三、严格考核 县委组织部要将工作纳入年度考核。
    某某县人民政府办公室
    2021年3月5日
    """

  @Test func runInHeadingsAreSplitFromTheirTextAndFromTheParagraphBefore() throws {
    let doc = Self.parse(Self.runIn).document
    let numbered = doc.measures.filter { $0.kind == .numbered }
    #expect(numbered.map(\.path) == [["一"], ["二"], ["三"]])
    #expect(numbered.map(\.heading) == ["聚焦任务,对标落实", "压实责任,强化保障", "严格考核"])
    #expect(numbered[0].text.hasSuffix("确保2021年底前完成200户危房改造。"))
    #expect(numbered[1].commitments.map(\.value) == [5_000_000])
    // The signature is no text of 三.
    #expect(numbered[2].text.hasSuffix("县委组织部要将工作纳入年度考核。"))
  }

  /// A heading's end is a clause's: 县财政局 is the actor of 要安排, not part of 强化保障县财政局.
  @Test func theActorAfterARunInHeadingIsFound() throws {
    let source = SourceText(path: "t.txt", format: .text, encoding: .utf8, sha256: "", text: Self.runIn)
    let numbered = Parser(registry: Departments.registry).parse(source).document.measures.filter { $0.kind == .numbered }
    #expect(numbered[1].departments.map(\.name) == ["县财政局", "县乡村振兴局"])
    #expect(numbered[1].departments.map(\.role) == [.responsible, .responsible])
    #expect(numbered[2].departments.map(\.name) == ["县委组织部"])
  }

  /// A single space after a few words is not a heading's end when the document's other
  /// headings of that level do not run in: 民政部 财政部 names two ministries.
  @Test func oneSpaceAloneIsNoRunInHeading() {
    let doc = Self.parse("""
      某县临时救助工作方案
      1.落实救助政策。各乡镇要按规定实施救助。
      2.认真贯彻落实民政部 财政部《关于进一步加强和改进临时救助工作的意见》精神,健全完善工作程序。
      3.加强资金保障。县财政局要足额安排资金。
      """).document
    let headings = doc.measures.filter { $0.kind == .numbered }.map(\.heading)
    #expect(headings == ["落实救助政策", "认真贯彻落实民政部财政部《关于进一步加强和改进临时救助工作的意见》精神,健全完善工作程序", "加强资金保障"])
  }

  // MARK: - Paragraphs of a notice

  /// tianjin-2022-task-division: the addressee 各区人民政府,市政府各委、办、局: opens the paragraph after it.
  @Test func theAddresseeOpensTheParagraphAfterIt() throws {
    let doc = try CorpusFixtures.parse(realWorld: "tianjin-2022-task-division.txt").document
    #expect(doc.measures.contains {
      $0.text == "各区人民政府,市政府各委、办、局:\n现将《关于落实国务院〈政府工作报告〉重点工作的任务分工》印发给你们,望遵照执行。"
    })
    #expect(!doc.measures.contains { $0.text == "各区人民政府,市政府各委、办、局:" })
  }

  /// jiangsu-xuzhou-2019-supply-emergency-plan: 目 录, its space lost as a question mark, is no paragraph.
  @Test func aLostCharacterIsNoQuestion() throws {
    let doc = try CorpusFixtures.parse(realWorld: "jiangsu-xuzhou-2019-supply-emergency-plan.txt").document
    #expect(!doc.measures.contains { $0.text == "目?录" })
  }
}
