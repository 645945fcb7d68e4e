import Testing
import ZhengceCore
import ZhengceParser

@Suite struct DepartmentRoleTests {
  @Test func trailingParentheticalLead() {
    #expect(Departments.summary("各单位、部门结余的公用经费可优先用于驻村帮扶工作。(省财政厅牵头负责)", plugin: "hunan") == ["省财政厅/lead"])
  }

  @Test func separatelyMarksEveryLead() {
    let text = "提高保险服务水平。(省政府金融办、人民银行长沙中心支行、湖南银监局、湖南证监局、湖南保监局、省财政厅、省扶贫办分别牵头负责)"
    #expect(Departments.summary(text, plugin: "hunan") == [
      "省政府金融工作办公室/lead*", "人民银行长沙中心支行/lead*", "湖南银保监局/lead*", "湖南证监局/lead*",
      "湖南银保监局/lead*", "省财政厅/lead*", "省乡村振兴局/lead*",
    ])
  }

  @Test func brokenVerbAndSpacedNameKeepTheirSurface() {
    let found = Departments.findings("筑牢“高压线”。(省委督查室、省纪委、省卫生 计生委分别牵头负 责)", plugin: "hunan")
    #expect(found.departments.map(\.summary) == ["省委督查室/lead*", "省纪律检查委员会/lead*", "省卫生健康委员会/lead*"])
    #expect(found.departments.last?.surface == "省卫生 计生委")
    #expect(found.diagnostics.map(\.id.rawValue) == ["department.renamed"])
  }

  @Test func attributionGluedToAnUnclosedQuote() {
    let text = "实现“一人就业、一户脱贫(省人力资源社会保障厅、省国资委、省扶贫办、省政府各驻外办事处分别牵头负责)"
    #expect(Departments.summary(text, plugin: "hunan") == [
      "省人力资源和社会保障厅/lead*", "省国有资产监督管理委员会/lead*", "省乡村振兴局/lead*", "省政府各驻外办事处/lead*",
    ])
  }

  @Test func youLeadWithSupporters() {
    let text = "(一)巩固提升产业扶贫成果。由市农业农村局牵头,市林业局、市水利局、市商务局配合,重点发展优势主导产业。"
    #expect(Departments.summary(text) == ["市农业农村局/lead", "市林业局/support", "市水利局/support", "市商务局/support"])
  }

  @Test func twoLeadsAndAPlaceholderSupporter() {
    let found = Departments.findings("由市财政局、市扶贫开发局牵头,市审计局及相关部门配合,重点抓好扶贫领域资金全口径监管。")
    #expect(found.departments.map(\.summary) == ["市财政局/lead", "市乡村振兴局/lead", "市审计局/support"])
    #expect(found.diagnostics.map(\.id.rawValue) == ["department.renamed", "department.placeholder"])
  }

  @Test func leadOrganisesWithSupporters() {
    #expect(Departments.summary("继续由市审计局牵头组织,市扶贫开发局、市财政局配合,开展扶贫项目资金全覆盖审计。") == [
      "市审计局/lead", "市乡村振兴局/support", "市财政局/support",
    ])
  }

  @Test func countiesLedByTheirHousingDepartments() {
    #expect(Departments.summary("各县区由住建部门牵头,对全市所有农户住房安全性进行核查。") == ["住建部门/lead"])
  }

  @Test func relevantCountyGovernmentsLead() {
    let found = Departments.findings("(1)政府引导,部门联动。由相关县(区)政府牵头实施,各级各部门联动。")
    #expect(found.departments.map(\.summary) == ["县(区)人民政府/lead"])
    #expect(found.departments.first?.surface == "相关县(区)政府")
  }

  @Test func tenSupportingBodies() {
    let text = "对具备产业基础和发展条件的贫困人口,由发改、财政、扶贫、农业、林业园林、教育、人社等部门及工会、共青团、妇联等群团组织协同配合,实施转移就业培训和产业扶贫;对无劳动能力的贫困人口,由民政部门实施社保兜底。"
    let departments = Departments.findings(text, plugin: "guangxi").departments
    #expect(departments.filter { $0.role == .support }.map(\.name) == [
      "发改部门", "财政部门", "扶贫部门", "农业部门", "林业园林部门", "教育部门", "人社部门", "工会", "共青团", "妇联",
    ])
    #expect(departments.filter { $0.role == .support }.map(\.surface) == [
      "发改", "财政", "扶贫", "农业", "林业园林", "教育", "人社", "工会", "共青团", "妇联",
    ])
    #expect(departments.filter { $0.role == .responsible }.map(\.name) == ["民政部门"])
  }

  @Test func labelsAssignLeadAndSupport() {
    #expect(Departments.summary("完善农村低保制度。牵头单位:省民政厅;责任单位:省财政厅、省扶贫办。") == [
      "省民政厅/lead", "省财政厅/support", "省乡村振兴局/support",
    ])
    #expect(Departments.summary("责任单位:市民政局。") == ["市民政局/responsible"])
  }

  /// The outline finds the table's header once; each row's departments come from its columns.
  @Test func taskTableColumns() throws {
    let text = "序号\t任务\t牵头单位\t配合单位\n1\t完善低保制度\t省民政厅\t省财政厅、省扶贫办\n2\t加强饮水安全\t省水利厅\t省卫生健康委"
    let document = "关于印发重点任务分工的通知\n一、重点任务分工\n" + text
    let parsed = Parser(registry: Departments.registry).parse(try SourceText.plainText(bytes: Array(document.utf8), path: "t.txt"), pluginID: "generic")
    #expect(parsed.tree.tables.first?.header.map(\.column) == [.number, nil, .departments, .departments])
    #expect(parsed.document.measures.flatMap(\.departments).map(\.summary) == [
      "省民政厅/lead", "省财政厅/support", "省乡村振兴局/support", "省水利厅/lead", "省卫生健康委员会/support",
    ])
  }

  @Test func tableRowsUnderAHeaderGivenByTheDocument() {
    let found = Departments.extractor().extract("3\t落实资助政策\t市教体局\t市财政局", tableHeader: ["序号", "任务", "牵头单位", "责任单位"])
    #expect(found.departments.map(\.summary) == ["市教育和体育局/lead", "市财政局/support"])
  }

  @Test func sharedHeadResponsibility() {
    #expect(Departments.summary("扶贫、财政部门负责盘清2016年以来形成的各类扶贫资产台账。") == ["扶贫部门/responsible", "财政部门/responsible"])
    let seven = Departments.summary("发改、水利、交通、教体、文旅、卫健、民政等部门负责监督指导公益性扶贫资产的产权界定。")
    #expect(seven == ["发改部门", "水利部门", "交通部门", "教体部门", "文旅部门", "卫健部门", "民政部门"].map { "\($0)/responsible" })
  }

  @Test func townOfficesAndLeadingGroupOffices() {
    #expect(Departments.summary("镇办负责扶贫资产管理工作落实推进和日常监管,督促村级开展确权登记。") == ["镇办/responsible"])
    #expect(Departments.summary("县区脱贫攻坚领导小组办公室负责做好扶贫资产管理牵头组织、督促推进工作。") == ["县区脱贫攻坚领导小组办公室/responsible"])
  }

  @Test func placeholdersAreNotDepartments() {
    #expect(Departments.summary("由市发改委牵头,相关部门配合,重点抓好交通、水利、电力、网络扶贫工作。") == ["市发展和改革委员会/lead"])
    #expect(Departments.summary("各级各部门要认真落实项目、资金,有关部门负责督促。").isEmpty)
  }

  @Test func theDocumentsOwnFirstListedRule() {
    let text = "推进农村集体产权制度改革。(省农业农村厅、省财政厅、省自然资源厅负责)"
    #expect(Departments.summary(text, firstListedLeads: true) == ["省农业农村厅/lead", "省财政厅/support", "省自然资源厅/support"])
    #expect(Departments.summary(text) == ["省农业农村厅/responsible", "省财政厅/responsible", "省自然资源厅/responsible"])
    #expect(Departments.summary("完善利益联结机制。(省发展改革委、省财政厅)", firstListedLeads: true) == [
      "省发展和改革委员会/lead", "省财政厅/support",
    ])
    // Without the rule, bodies alone in brackets after a task's full stop carry it out.
    #expect(Departments.summary("完善利益联结机制。(省发展改革委、省财政厅)") == ["省发展和改革委员会/responsible", "省财政厅/responsible"])
  }

  @Test func theStageReadsTheRuleFromTheDocument() throws {
    let text = """
      关于推进农村改革的实施意见
      各项任务分工中列第一位者为牵头部门,其他为主要参加单位。
      一、深化改革
      (一)推进农村集体产权制度改革。(省农业农村厅、省财政厅负责)
      """
    let source = try SourceText.plainText(bytes: Array(text.utf8), path: "rule.txt")
    let result = Parser(registry: Departments.registry).parse(source)
    let measure = try #require(result.document.measures.first { $0.path == ["一", "(一)"] })
    #expect(measure.departments.map(\.summary) == ["省农业农村厅/lead", "省财政厅/support"])
  }

  @Test func statedActorsOnlyWithoutALead() {
    #expect(Departments.summary("各相关县(区)将实施方案报市扶贫办、市财政局备案。市扶贫办、市财政局要在接到备案后1个月内对项目进行抽查。") == [
      "市乡村振兴局/responsible", "市财政局/responsible",
    ])
    #expect(Departments.summary("核查发现疑似危房由县区住建部门,组织专业技术人员进行二次鉴定。") == ["县区住建部门/responsible"])
    #expect(Departments.summary("由省级国土资源主管部门办理用地预审。(省国土资源厅牵头负责)") == ["省自然资源厅/lead"])
  }

  @Test func phrasesThatOnlyLookLikeAttributions() {
    #expect(Departments.summary("定点扶贫单位主要负责同志要承担第一责任人职责。强化定点扶贫牵头单位责任。").isEmpty)
    #expect(Departments.summary("每个深度贫困县至少安排5个以上由省工商联执委人员负责的企业给予帮扶。").isEmpty)
    #expect(Departments.summary("将补助标准由每人3000元/年提高到5000元/年。").isEmpty)
    #expect(Departments.summary("按其已支付中介费用的60%给予补助(非股权转让和发行私募债)。").isEmpty)
  }

  @Test func unregisteredNamesAreKeptWithADiagnostic() {
    let found = Departments.findings("(省林果产业办牵头负责)")
    #expect(found.departments.map(\.summary) == ["省林果产业办/lead"])
    #expect(found.departments.first?.level == "省")
    #expect(found.diagnostics.map(\.id.rawValue) == ["department.unregistered"])
    #expect(found.diagnostics.first?.span == TextSpan(start: 1, end: 7))
  }
}
