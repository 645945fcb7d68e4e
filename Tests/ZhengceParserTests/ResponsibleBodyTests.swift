import Testing
import ZhengceCore
import ZhengceParser

/// Ways real documents name the bodies responsible for a measure, beyond 负责
/// (Tests/Fixtures/realworld/docs: tianjin, chongqing, sichuan, hunan-liling, qinghai-zeku,
/// guangdong-xinhui, anhui-xuancheng).
@Suite struct ResponsibleBodyTests {
  private func attributions(_ text: String) -> [String] {
    Departments.findings(text).departments.map { "\($0.surface) \($0.role.rawValue)" }
  }

  private func parse(_ text: String) throws -> ParsedDocument {
    let source = try SourceText.plainText(bytes: Array(text.utf8), path: "responsible.txt")
    return Parser(registry: Departments.registry).parse(source).document
  }

  /// An addressee line may name kinds of bodies that are no department (各区属国有企业) and
  /// a collective whose 、 does not split it (市政府各委、办、局); most of it names bodies.
  @Test func anAddresseeLineThatMostlyNamesBodies() {
    let extractor = Departments.extractor()
    let tianjin = Array("各区人民政府,市政府各委、办、局:\n现将任务分工印发给你们。".unicodeScalars)
    #expect(extractor.addressees(in: tianjin, before: tianjin.count).map(\.surface) == ["各区人民政府", "市政府各委、办、局"])
    let yubei = Array("各镇人民政府,区政府各部门,各街道办事处,各区属国有企业,有关单位:\n".unicodeScalars)
    #expect(extractor.addressees(in: yubei, before: yubei.count).map(\.surface).contains("区政府各部门"))
    let prose = Array("各地要抓紧落实,确保资金安全:\n".unicodeScalars)
    #expect(extractor.addressees(in: prose, before: prose.count).isEmpty)
  }

  /// sichuan-2017: an empty info row (公文种类:) before the addressee line does not end the search.
  @Test func theAddresseeLineAfterAnEmptyInfoRow() throws {
    let document = try parse("""
      四川省人民政府办公厅关于印发工作目标任务分工方案的通知
      公文种类:
      各市(州)人民政府,省政府各部门、各直属机构,有关单位:
      经省政府同意,现将分工方案印发你们,请认真贯彻执行。
      """)
    // The addressee line opens the paragraph it addresses.
    let opening = try #require(document.measures.first { $0.text.contains("\n经省政府同意") })
    #expect(opening.departments.map(\.surface).contains("省政府各部门"))
    #expect(opening.departments.allSatisfy { $0.role == .responsible })
  }

  /// hunan-liling-2019: a point of a funds notice that opens with its body and a colon.
  @Test func aPointThatOpensWithItsBody() {
    #expect(attributions("扶贫办:农业特色产业发展资金660万;") == ["扶贫办 responsible"])
    #expect(attributions("枫林镇:发展农村旅游扶贫资金120万;") == ["枫林镇 responsible"])
    #expect(attributions("工作目标:到2020年全面完成。").isEmpty)
  }

  /// qinghai-zeku-2023: 实施单位 is a label of the responsible body.
  @Test func implementingUnitLabel() {
    #expect(attributions("投资:500万元 实施单位:泽库县农牧水利和科技局") == ["泽库县农牧水利和科技局 responsible"])
  }

  /// guangdong-xinhui-2018: 应 states the actor as 要 does; a clause that is not all bodies
  /// up to it states none (供应, 相应).
  @Test func theActorOfAYingSentence() {
    #expect(attributions("县财政局和县扶贫办应切实加强资金监管,确保专款专用。") == ["县财政局 responsible", "县扶贫办 responsible"])
    #expect(attributions("各地相应调整供应点。").isEmpty)
  }

  /// anhui-xuancheng-2011: the department in charge of a function (建设行政主管部门).
  @Test func aFunctionsDepartmentInCharge() {
    #expect(attributions("市建设行政主管部门负责全市房屋质量投诉的监督管理工作。") == ["市建设行政主管部门 responsible"])
  }

  /// sichuan-2016: a short attribute before the body (下设的) is not part of its name.
  @Test func aShortAttributeBeforeTheBody() {
    #expect(attributions("具体工作由下设的脱贫攻坚督查考核办公室负责。") == ["脱贫攻坚督查考核办公室 responsible"])
  }

  /// tianjin-2020: a time limit after the attribution in the same parenthetical.
  @Test func aTimeLimitAfterTheAttribution() {
    #expect(attributions("实现“十三五”规划圆满收官。(市政府各部门分别负责,年内持续推进)") == ["市政府各部门 responsible"])
    #expect(attributions("完成年度目标。(市人力资源社会保障局负责,2020年底前完成)") == ["市人力资源社会保障局 responsible"])
  }
}
