import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Exact departments of the shipped documents, parsed with the built-in plugins.
@Suite struct DepartmentCorpusTests {
  typealias C = CorpusFixtures

  private func departments(_ stem: String) throws -> [String: [String]] {
    let result = try C.parse(stem, parser: Parser(registry: Departments.registry))
    var out: [String: [String]] = [:]
    for measure in result.document.measures where !measure.departments.isEmpty {
      let key = measure.path.joined(separator: "/")
      if out[key] == nil { out[key] = measure.departments.map(\.summary) }
    }
    return out
  }

  @Test func allTwentyThreeHunanParentheticals() throws {
    let found = try departments(C.hunan)
    let leads = found.filter { $0.key.hasPrefix("三/(") || $0.key.hasPrefix("四/(") || $0.key.hasPrefix("五/(") }
    #expect(leads.count == 23)
    #expect(found["三/(一)"] == ["省财政厅/lead"])
    #expect(found["三/(二)"] == [
      "省政府金融工作办公室/lead*", "人民银行长沙中心支行/lead*", "湖南银保监局/lead*", "湖南证监局/lead*", "湖南银保监局/lead*",
      "省财政厅/lead*", "省乡村振兴局/lead*",
    ])
    #expect(found["三/(四)"] == ["省自然资源厅/lead"])
    #expect(found["三/(六)"]?.count == 9)
    #expect(found["四/(一)"] == ["省卫生健康委员会/lead*", "省人力资源和社会保障厅/lead*", "省民政厅/lead*"])
    #expect(found["四/(三)"] == ["省水利厅/lead"])
    #expect(found["四/(六)"] == [
      "省人力资源和社会保障厅/lead*", "省国有资产监督管理委员会/lead*", "省乡村振兴局/lead*", "省政府各驻外办事处/lead*",
    ])
    #expect(found["四/(八)"] == [
      "省财政厅/lead*", "省发展和改革委员会/lead*", "省交通运输厅/lead*", "国网湖南省电力有限公司/lead*", "省通信管理局/lead*",
      "省委组织部/lead*", "省农业农村厅/lead*", "省乡村振兴局/lead*",
    ])
    #expect(found["五/(二)"] == ["省乡村振兴局/lead"])
    #expect(found["五/(六)"] == [
      "省委督查室/lead*", "省政府督查室/lead*", "省纪律检查委员会/lead*", "省委组织部/lead*", "省乡村振兴局/lead*",
    ])
    #expect(found["五/(一)"] == nil)
    let total = leads.values.reduce(0) { $0 + $1.count }
    #expect(total == 81)
  }

  @Test func theCorpusNamesNoUnregisteredDepartment() throws {
    var notes: [String] = []
    for stem in C.all {
      let result = try C.parse(stem, parser: Parser(registry: Departments.registry))
      for d in result.diagnostics where ["department.unregistered", "department.renamed", "department.placeholder"].contains(d.id.rawValue) {
        notes.append("\(d.id): \(d.message)")
      }
    }
    #expect(notes.filter { !$0.hasPrefix("department.renamed") } == ["相关部门", "相关部门", "有关部门", "相关部门", "相关部门"].map {
      "department.placeholder: \($0) names no department; left out"
    })
    var renamed: [String: Int] = [:]
    for note in notes where note.hasPrefix("department.renamed: ") { renamed[String(note.dropFirst(20)), default: 0] += 1 }
    #expect(renamed == [
      "湖南银监局 is now 湖南银保监局 (renamed 2018)": 1,
      "湖南保监局 is now 湖南银保监局 (renamed 2018)": 1,
      "省国土资源厅 is now 省自然资源厅 (renamed 2018)": 1,
      "省卫生和计划生育委员会 is now 省卫生健康委员会 (renamed 2018)": 2,
      "省农业委员会 is now 省农业农村厅 (renamed 2018)": 2,
      "省经济和信息化委员会 is now 省工业和信息化厅 (renamed 2018)": 1,
      "省林业厅 is now 省林业局 (renamed 2018)": 2,
      "省旅游发展委员会 is now 省文化和旅游厅 (renamed 2018)": 1,
      "省扶贫开发办公室 is now 省乡村振兴局 (renamed 2021)": 12,
      "市扶贫开发局 is now 市乡村振兴局 (renamed 2021)": 2,
      "市扶贫开发办公室 is now 市乡村振兴局 (renamed 2021)": 1,
    ])
  }

  @Test func hunanSurfacesAndFamilies() throws {
    let result = try C.parse(C.hunan, parser: Parser(registry: Departments.registry))
    let m = try #require(C.measure(result, "四/(二)"))
    let health = try #require(m.departments.first { $0.name == "省卫生健康委员会" })
    #expect(health.surface == "省卫生计生委")
    #expect(health.family == "卫健")
    #expect(health.level == "省")
    #expect(result.diagnostics.filter { $0.id == "department.unregistered" }.isEmpty)
  }

  @Test func everyAnkangYouLeadWithItsSupporters() throws {
    let found = try departments(C.ankang)
    #expect(found["二/(一)"] == ["市农业农村局/lead", "市林业局/support", "市水利局/support", "市商务局/support"])
    #expect(found["二/(二)"] == ["市人力资源和社会保障局/lead"])
    #expect(found["二/(三)"] == ["市教育和体育局/lead"])
    #expect(found["二/(四)"] == ["市卫生健康委员会/lead", "市医疗保障局/support", "市税务局/support"])
    #expect(found["二/(五)"] == ["市民政局/lead", "市残疾人联合会/support"])
    #expect(found["二/(六)"] == ["市住房和城乡建设局/lead", "市移民(脱贫)搬迁工作办公室/support"])
    #expect(found["二/(七)"] == ["市林业局/lead"])
    #expect(found["二/(八)"] == ["市发展和改革委员会/lead"])
    #expect(found["二/(九)"] == ["市委组织部/lead"])
    #expect(found["二/(十)"] == ["市委宣传部/lead"])
    #expect(found["二/(十一)"] == ["市财政局/lead", "市乡村振兴局/lead", "市审计局/support"])
    #expect(found["二/(十二)"] == ["市脱贫攻坚领导小组办公室/lead", "市财政局/support"])
    #expect(found["二"] == ["市发展和改革委员会/lead", "市农业农村局/lead"])
    #expect(found["附件6/一"] == ["住建部门/lead"])
    #expect(found["附件11/三/2"] == ["市审计局/lead", "市乡村振兴局/support", "市财政局/support"])
  }

  @Test func ankangAnnexTwelveSixResponsibilities() throws {
    let found = try departments(C.ankang)
    #expect(found["附件12/六"] == [
      "县区脱贫攻坚领导小组办公室", "扶贫部门", "财政部门", "农业农村部门", "发改部门", "水利部门", "交通部门", "教体部门",
      "文旅部门", "卫健部门", "民政部门", "镇办", "纪检监察部门", "审计部门",
    ].map { "\($0)/responsible" })
  }

  @Test func nanningTenSupportingBodies() throws {
    let found = try departments(C.nanning)
    #expect(found["四/(三)"] == [
      "发改部门", "财政部门", "扶贫部门", "农业部门", "林业园林部门", "教育部门", "人社部门", "工会", "共青团", "妇联",
    ].map { "\($0)/support" } + ["民政部门/responsible"])
    #expect(found["三/(一)/2/(1)"] == ["县(区)人民政府/lead"])
  }

  @Test func measuresWithoutAttributionGetNoLead() throws {
    let found = try departments(C.liaoning)
    #expect(found["二/(一)"] == nil)
    #expect(found.keys.sorted() == ["二/(三)", "二/(六)"])
    #expect(found["二/(六)"] == ["市委/responsible", "市人民政府/responsible"])
    #expect(try departments(C.xiangxi).isEmpty)
  }
}
