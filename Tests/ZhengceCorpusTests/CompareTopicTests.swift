import Testing
import ZhengceCore
@testable import ZhengceCorpus

/// `compare --topic` over the shipped corpus: columns, measures and leads.
@Suite struct CompareTopicTests {
  @Test func relocationShowsEveryProvincesMeasures() throws {
    let comparison = try ComparisonBuilder().compare(CompareCorpus.documents, selecting: TopicSelector("易地扶贫搬迁"))
    #expect(comparison.selection == "topic:易地扶贫搬迁")
    #expect(comparison.columns.map(\.key) == ["广西壮族自治区", "湖南省", "辽宁省", "陕西省"])
    #expect(comparison.columns.map(\.label) == ["广西", "湖南", "辽宁", "陕西"])
    let byLabel = Dictionary(uniqueKeysWithValues: comparison.columns.map { ($0.label, CompareCorpus.lines($0)) })
    #expect(byLabel["湖南"] == [
      "hunan-2018 三/(五) 加大易地扶贫搬迁实施力度",
      "hunan-xiangxi 二/(一)/—— 易地搬迁脱贫一批",
      "hunan-xiangxi 二/(二)/4 易地搬迁脱贫工程",
    ])
    #expect(byLabel["广西"] == [
      "guangxi-nanning 二/(二)/—— 精准扶贫示范区、示范村建设",
      "guangxi-nanning 三/(二)/1 选点要求",
      "guangxi-nanning 三/(二)/2 建设原则",
      "guangxi-nanning 三/(二)/3/(1) 住房建设",
      "guangxi-nanning 三/(二)/3/(2) 土地政策",
      "guangxi-nanning 三/(二)/3/(3) 就业创业",
      "guangxi-nanning 三/(二)/3/(4) 产业扶持",
      "guangxi-nanning 三/(二)/3/(5) 户籍和社保",
      "guangxi-nanning 三/(二)/4 实施步骤",
      "guangxi-nanning 三/(三)/4/(1) 对象精准",
      "guangxi-nanning 三/(三)/4/(2) 布局精准",
      "guangxi-nanning 三/(三)/4/(3) 就业精准",
      "guangxi-nanning 四/(三) 强化资金投入和资源整合",
    ])
    #expect(byLabel["陕西"] == ["shaanxi-ankang 二 ", "shaanxi-ankang 附件2/二/(一) 确保实现充分就业"])
    let closing = comparison.columns.last?.measures.first
    #expect(closing?.excerpt == "易地搬迁后续扶持工作是巩固脱贫成果的重中之重,各…")
    #expect(comparison.columns.last?.measures.last?.excerpt == "")
    // The Liaoning plan says nothing on relocation: its column stays, empty.
    #expect(byLabel["辽宁"] == [])
  }

  @Test func provincesFilterAndOrderTheColumns() throws {
    let builder = ComparisonBuilder(provinces: ["辽宁", "湖南省"])
    let comparison = try builder.compare(CompareCorpus.documents, selecting: TopicSelector("教育扶贫"))
    #expect(comparison.columns.map(\.label) == ["辽宁", "湖南"])
    #expect(comparison.columns.map { $0.documents.map(\.id) } == [
      ["liaoning-2019-three-year-action-opinions"],
      ["hunan-2018-deep-poverty-plan", "hunan-xiangxi-2016-precision-poverty-opinions"],
    ])
    #expect(CompareCorpus.lines(comparison.columns[0]) == [
      "liaoning-2019 一/(二) 目标任务", "liaoning-2019 二/(四) 推进一批教育扶贫", "liaoning-2019 七/(四) 推动实施第二期特殊教育提升计划",
    ])
  }

  @Test func byDocumentGivesOneColumnPerDocument() throws {
    let comparison = try ComparisonBuilder(grouping: .doc).compare(CompareCorpus.documents, selecting: TopicSelector("危房改造"))
    #expect(comparison.grouping == .doc)
    #expect(comparison.columns.map(\.key) == CompareCorpus.documents.map(\.id))
    #expect(comparison.columns.map(\.measures.count) == [2, 1, 0, 5, 5])
  }

  @Test func unknownProvinceOrTopicIsAClearError() {
    #expect(throws: CompareError.noProvince(["河北"], available: ["广西", "湖南", "辽宁", "陕西"])) {
      try ComparisonBuilder(provinces: ["河北"]).compare(CompareCorpus.documents, selecting: TopicSelector("教育扶贫"))
    }
    #expect(throws: CompareError.noDocuments) {
      try ComparisonBuilder().compare([], selecting: TopicSelector("教育扶贫"))
    }
    #expect((try? TopicSelector("不存在")) == nil)
  }

  @Test func leadsAreGroupedByFamilyUnknownLast() {
    let leads = [
      LeadDepartment(name: "省发改委", family: "发改"), LeadDepartment(name: "省扶贫办", family: nil),
      LeadDepartment(name: "市发改委", family: "发改"), LeadDepartment(name: "省财政厅", family: "财政"),
      LeadDepartment(name: "省发改委", family: "发改"),
    ]
    #expect(ComparisonBuilder.families(leads) == [
      LeadFamily(family: "发改", departments: ["省发改委", "市发改委"]),
      LeadFamily(family: "财政", departments: ["省财政厅"]),
      LeadFamily(family: nil, departments: ["省扶贫办"]),
    ])
  }

  @Test func measureLeadsAreTheLeadsOrElseTheResponsible() {
    let span = TextSpan(start: 0, end: 1)
    let led = Measure(id: "d#1", path: ["一"], heading: "", text: "x", span: span, departments: [
      DepartmentRef(name: "省财政厅", surface: "省财政厅", role: .lead, family: "财政"),
      DepartmentRef(name: "省教育厅", surface: "省教育厅", role: .support),
      DepartmentRef(name: "省扶贫办", surface: "省扶贫办", role: .responsible),
    ])
    let unled = Measure(id: "d#2", path: ["二"], heading: "", text: "x", span: span, departments: [
      DepartmentRef(name: "省扶贫办", surface: "省扶贫办", role: .responsible)
    ])
    #expect(ComparisonBuilder.leads(of: led) == [LeadDepartment(name: "省财政厅", family: "财政")])
    #expect(ComparisonBuilder.leads(of: unled) == [LeadDepartment(name: "省扶贫办", family: nil)])
  }

  /// Runs once the departments stage fills measures: Hunan's 三/(五) names three
  /// leads (省发改委、省扶贫办、人民银行长沙中心支行分别牵头负责), Ankang's closing
  /// text of 二 two (市发改委 for relocation, 市农业农村局 for living conditions).
  @Test(.enabled(if: CompareCorpus.hasDepartments))
  func relocationLeadsOnceDepartmentsAreExtracted() throws {
    let comparison = try ComparisonBuilder().compare(CompareCorpus.documents, selecting: TopicSelector("易地扶贫搬迁"))
    let hunan = try #require(comparison.columns.first { $0.label == "湖南" })
    let shaanxi = try #require(comparison.columns.first { $0.label == "陕西" })
    #expect(hunan.measures.first?.leads.count == 3)
    #expect(shaanxi.measures.first?.leads.count == 2)
    #expect(hunan.leads.flatMap(\.departments).count >= 3)
  }
}
