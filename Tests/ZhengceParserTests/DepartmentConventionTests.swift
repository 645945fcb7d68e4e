import Testing
import ZhengceCore
import ZhengceParser

/// Department conventions of documents from other provinces (Tests/Fixtures/realworld/docs):
/// a document-level first-listed rule, 牵头抓总, joint action, consulted bodies, addressees.
@Suite struct DepartmentConventionTests {
  private func parse(_ text: String) throws -> ParsedDocument {
    let source = try SourceText.plainText(bytes: Array(text.utf8), path: "convention.txt")
    return Parser(registry: Departments.registry).parse(source).document
  }

  /// neimenggu-2011-task-division.txt: the rule is written inside the first list and holds
  /// for every later parenthetical (下同); the others support, as it says.
  @Test func aRuleInsideItsOwnListHoldsForWhatFollows() throws {
    let document = try parse("""
      内蒙古自治区扶贫开发重要政策措施分工方案
      一、工作分工
      (一) 坚持富民与强区并重、富民优先,把扶贫开发作为最大的民生工程。(自治区扶贫办、党委农牧办、发展改革委、财政厅、民委等。列第一位者为牵头部门或单位,其他为主要参加单位,按照职责分工配合,下同)
      (二) 坚持开发式扶贫方针。(自治区民政厅、扶贫办)
      """)
    let first = try #require(document.measures.first { $0.path == ["一", "(一)"] })
    #expect(first.departments.map(\.role) == [.lead, .support, .support, .support, .support])
    #expect(first.departments.first?.surface == "自治区扶贫办")
    let second = try #require(document.measures.first { $0.path == ["一", "(二)"] })
    #expect(second.departments.map(\.role) == [.lead, .support])
  }

  /// jiangxi-2017-poyang-four-counties-task-division.txt: the rule names only the lead, so
  /// the others keep the role their verb gives (负责).
  @Test func aRuleThatNamesOnlyTheLead() throws {
    let document = try parse("""
      支持鄱余万都滨湖四县小康攻坚重点工作责任分工方案
      一、加快基础设施建设
      1、加快构建环湖旅游快速通道,纳入全省收费公路体系管理。(省发改委、省交通运输厅、省财政厅负责。列第一位的为牵头部门,下同)
      """)
    let measure = try #require(document.measures.first)
    #expect(measure.departments.map(\.surface) == ["省发改委", "省交通运输厅", "省财政厅"])
    #expect(measure.departments.map(\.role) == [.lead, .responsible, .responsible])
  }

  /// Before the rule is stated it does not hold: the bodies in brackets after the task carry
  /// it out, none of them leads.
  @Test func theRuleHoldsOnlyFromWhereItIsStated() throws {
    let document = try parse("""
      关于推进农村改革的实施意见
      一、深化改革。(省农业农村厅、省财政厅)
      二、其他任务。(省民政厅、省财政厅。列第一位者为牵头部门,其他为主要参加单位,下同)
      """)
    #expect(document.measures.first?.departments.map(\.role) == [.responsible, .responsible])
    #expect(document.measures.last?.departments.map(\.role) == [.lead, .support])
  }

  /// yunnan-2017-stable-growth-opinions.txt: a support list broken by commas.
  @Test func aListBrokenByCommasTakesTheVerbThatEndsIt() {
    let text = "加快城市基础设施建设。(省发展改革委、财政厅牵头;省工业和信息化委、国土资源厅、环境保护厅,各州、市人民政府配合)"
    let roles = Departments.findings(text).departments.map(\.role)
    #expect(roles.prefix(2) == [.lead, .lead])
    #expect(roles.dropFirst(2).allSatisfy { $0 == .support } && roles.count >= 5)
  }

  @Test func leadingTheWholeMakesTheLead() {
    #expect(Departments.summary("县扶贫办负责全县扶贫项目资金的牵头抓总、统筹协调工作。") == ["县乡村振兴局/lead"])
  }

  @Test func jointActionMakesBothResponsible() {
    #expect(Departments.summary("县扶贫办、县财政局联合对项目实施方案审核把关。") == ["县乡村振兴局/responsible", "县财政局/responsible"])
  }

  @Test func bodiesWhoseAdviceIsTakenAreConsulted() {
    let found = Departments.findings("县财政局结合县发展改革委、县扶贫办上报的资金分配建议,提出资金分配方案。").departments
    #expect(found.filter { $0.role == .consulted }.map(\.surface) == ["县发展改革委", "县扶贫办"])
  }

  /// A funds notice's addressees carry it out.
  @Test func addresseesAreResponsibleForTheNoticesOwnParagraphs() throws {
    let extractor = Departments.extractor()
    let text = Array("关于下达2019年交通项目资金的通知\n县交通局、农业农村局:\n现将资金下达你们,请抓紧实施。".unicodeScalars)
    #expect(extractor.addressees(in: text, before: text.count).map(\.surface) == ["县交通局", "农业农村局"])
    #expect(extractor.addressees(in: text, before: text.count).allSatisfy { $0.role == .responsible })
    let label = Array("资金用途:按照“四到县”制度要求使用。".unicodeScalars)
    #expect(extractor.addressees(in: label, before: label.count).isEmpty)
  }
}
