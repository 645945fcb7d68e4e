import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Decimal section numbers (1 总则, 1.1 编制目的, 1.4.1 …), the numbering of
/// emergency plans (应急预案), and their tables of contents: whole files of
/// Tests/Fixtures/realworld/docs, with what their text says beside each
/// expectation.
@Suite struct DecimalOutlineTests {
  static func paths(_ sections: [OutlineSection]) -> [String] { OutlineInTheWildTests.paths(sections) }

  /// heilongjiang-dongning-2018-drought-emergency-plan: a table of contents
  /// (1 总则, 1.1 编制目的 … 8.5 预案实施(生效)时间, 9 名词术语) with no 目录 line,
  /// then the body from 1 总则 again: 1.1 编制目的 做好干旱灾害…, 1.2 编制依据
  /// 依据《中华人民共和国突发事件应对法》… where the page ends.
  @Test func aTableOfContentsThatTheBodyRepeatsIsNoSection() throws {
    let result = try CorpusFixtures.parse(realWorld: "heilongjiang-dongning-2018-drought-emergency-plan.txt")
    let document = result.document
    #expect(Self.paths(document.outline) == ["1", "1/1.1", "1/1.2"])
    #expect(document.outline.map(\.style) == [.decimal1])
    #expect(document.outline[0].title == "总则")
    #expect(document.outline[0].children.map(\.title) == ["编制目的", "编制依据"])
    let numbered = document.measures.filter { $0.kind == .numbered }
    #expect(numbered.map(\.path) == [["1", "1.1"], ["1", "1.2"]])
    #expect(numbered[0].text.hasSuffix("保障经济社会全面、协调、可持续发展。"))
    // 8.1 公众信息交流 and 9 名词术语 of the contents are neither quantities nor text.
    #expect(document.measures.allSatisfy { !$0.text.contains("公众信息交流") })
    #expect(document.measures.flatMap(\.commitments).isEmpty)
  }

  /// guangdong-shantou-2015-flood-drought-emergency-plan: 1 总则, 1.1 编制目的 …
  /// 1.4 工作原则, then 1.4.1 在省防总和市委、市政府领导下,坚持以人为本… (a
  /// section of three numbers with no heading of its own).
  @Test func threeNumbersNestUnderTwo() throws {
    let result = try CorpusFixtures.parse(realWorld: "guangdong-shantou-2015-flood-drought-emergency-plan.txt")
    let document = result.document
    #expect(Self.paths(document.outline) == ["1", "1/1.1", "1/1.2", "1/1.3", "1/1.4", "1/1.4/1.4.1"])
    let principle = try #require(document.outline.first?.children.last?.children.first)
    #expect(principle.style == .decimal3)
    #expect(principle.marker == "1.4.1")
    let last = try #require(document.measures.last)
    #expect(last.path == ["1", "1.4", "1.4.1"])
    #expect(last.text.hasPrefix("在省防总和市委、市政府领导下"))
  }

  /// zhejiang-xinchang-2010-forest-fire-emergency-plan: a 目 录 line over the
  /// contents, then 1 总 则 … 1.4 工作原则 with (1)统一领导,分级管理。… (2) (3)
  /// under it. The cover notice above the title (its own title lost) is the preamble.
  @Test func listsUnderASectionStayUnderIt() throws {
    let result = try CorpusFixtures.parse(realWorld: "zhejiang-xinchang-2010-forest-fire-emergency-plan.txt")
    let document = result.document
    #expect(Self.paths(document.outline) == [
      "1", "1/1.1", "1/1.2", "1/1.3", "1/1.4", "1/1.4/(1)", "1/1.4/(2)", "1/1.4/(3)",
    ])
    #expect(document.measures.map(\.path).prefix(2) == [["前言"], ["1", "1.1"]])
    #expect(document.measures.first?.text.contains("已经县政府同意,现予印发") == true)
    #expect(document.measures.last?.path == ["1", "1.4", "(3)"])
  }

  /// jiangsu-changzhou-zhonglou-2020-grain-emergency-plan: 目   录, then 1 总  则
  /// 1.1 编制目的 … 5.2 区级(Ⅳ级)响… where the page ends before the body.
  @Test func aContentsListUnderItsTitleIsNoSectionEvenWithoutTheBody() throws {
    let result = try CorpusFixtures.parse(realWorld: "jiangsu-changzhou-zhonglou-2020-grain-emergency-plan.txt")
    #expect(result.document.outline.isEmpty)
    #expect(!result.document.measures.contains { $0.path.contains("1.1") })
  }

  /// heilongjiang-qiqihaer-2019-emergency-plan: 目 录, 1 总则 … 4 应急响应, 4.1Ⅰ级响应 …
  /// 4.4Ⅳ级响应 (a Roman numeral opens those titles), 5 应急处置 … 8.3 预案生效时间, then
  /// the body's 1 总则 where the page ends.
  @Test func contentsWithRomanNumeralsInTheirTitlesAreLeftOut() throws {
    let result = try CorpusFixtures.parse(realWorld: "heilongjiang-qiqihaer-2019-emergency-plan.txt")
    #expect(Self.paths(result.document.outline) == ["1"])
    #expect(result.document.outline.first?.title == "总则")
  }

  // MARK: - Decimals that are numbers

  /// Lines opening with 1.5万元 and 2.5亿元 are quantities, even with a 1.1/1.2 pair elsewhere.
  @Test func aDecimalBeforeAUnitIsAQuantity() {
    let text = """
      某县资金安排方案
      一、资金规模
      1.1 资金来源
      1.2 资金用途
      1.5万元用于村道维护。
      2.5亿元用于安置区建设。
      """
    let document = OutlineInTheWildTests.parse(text).document
    #expect(Self.paths(document.outline) == ["一", "一/1.1", "一/1.2"])
    #expect(document.measures.flatMap(\.commitments).map(\.value).sorted() == [15_000, 250_000_000])
  }

  /// Without a chapter's .1 and .2, a line opening 1.1 is not a section, nor a count of 编.
  @Test func oneDecimalAloneIsNoSectionAndNoQuantity() {
    let document = OutlineInTheWildTests.parse("某县工作方案\n一、总体要求\n1.1编制依据\n根据有关规定编制本方案。\n").document
    #expect(Self.paths(document.outline) == ["一"])
    #expect(document.measures.flatMap(\.commitments).isEmpty)
  }
}
