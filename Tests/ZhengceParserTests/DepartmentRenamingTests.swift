import Foundation
import Testing
import ZhengceCore
import ZhengceParser

/// Renamed bodies (2018 reform, 扶贫办 → 乡村振兴局 in 2021) resolve to their
/// successor, keep their family and say what the document called them.
@Suite struct DepartmentRenamingTests {
  private func registry(_ plugin: String = "generic") throws -> DepartmentRegistry {
    let registry = Departments.registry
    let found = try #require(registry.plugin(id: plugin))
    return DepartmentRegistry(manifest: registry.extractionManifest(for: found))
  }

  /// `name | family | level | renamedFrom | renamedIn` of a resolved name.
  private func line(_ surface: String, plugin: String = "generic") throws -> String {
    let r = try #require(try registry(plugin).resolve(surface))
    return [r.name, r.family ?? "-", r.level ?? "-", r.renamedFrom ?? "-", r.renamedIn.map(String.init) ?? "-"]
      .joined(separator: " | ")
  }

  @Test func provincialBodiesTakeTheirNewHallNames() throws {
    #expect(try line("省农委") == "省农业农村厅 | 农业农村 | 省 | 省农业委员会 | 2018")
    #expect(try line("省农业厅") == "省农业农村厅 | 农业农村 | 省 | 省农业厅 | 2018")
    #expect(try line("省环保厅") == "省生态环境厅 | 生态环境 | 省 | 省环境保护厅 | 2018")
    #expect(try line("省林业厅") == "省林业局 | 林业 | 省 | 省林业厅 | 2018")
    #expect(try line("省安监局") == "省应急管理厅 | 应急 | 省 | 省安全生产监督管理局 | 2018")
    #expect(try line("省文化厅") == "省文化和旅游厅 | 文旅 | 省 | 省文化厅 | 2018")
    #expect(try line("省旅发委") == "省文化和旅游厅 | 文旅 | 省 | 省旅游发展委员会 | 2018")
    #expect(try line("省经信委") == "省工业和信息化厅 | 工信 | 省 | 省经济和信息化委员会 | 2018")
    #expect(try line("省国土资源厅") == "省自然资源厅 | 自然资源 | 省 | 省国土资源厅 | 2018")
    #expect(try line("自治区扶贫办") == "自治区乡村振兴局 | 扶贫 | 省 | 自治区扶贫开发办公室 | 2021")
  }

  @Test func cityAndCountyBodiesTakeTheBureauForm() throws {
    #expect(try line("州农委") == "州农业农村局 | 农业农村 | 市 | 州农业委员会 | 2018")
    #expect(try line("湘西州农委", plugin: "hunan") == "湘西州农业农村局 | 农业农村 | 市 | 湘西州农业委员会 | 2018")
    #expect(try line("县农业局") == "县农业农村局 | 农业农村 | 县 | 县农业局 | 2018")
    #expect(try line("市环保局") == "市生态环境局 | 生态环境 | 市 | 市环境保护局 | 2018")
    #expect(try line("县安监局") == "县应急管理局 | 应急 | 县 | 县安全生产监督管理局 | 2018")
    #expect(try line("州旅游局") == "州文化和旅游局 | 文旅 | 市 | 州旅游局 | 2018")
    #expect(try line("市旅发委") == "市文化和旅游局 | 文旅 | 市 | 市旅游发展委员会 | 2018")
    #expect(try line("市文化局") == "市文化和旅游局 | 文旅 | 市 | 市文化局 | 2018")
    #expect(try line("市国土资源局") == "市自然资源局 | 自然资源 | 市 | 市国土资源局 | 2018")
    #expect(try line("县卫计局") == "县卫生健康局 | 卫健 | 县 | 县卫生和计划生育局 | 2018")
    #expect(try line("县卫计委") == "县卫生健康委员会 | 卫健 | 县 | 县卫生和计划生育委员会 | 2018")
    #expect(try line("市地税局") == "市税务局 | 税务 | 市 | 市地方税务局 | 2018")
    #expect(try line("市国税局") == "市税务局 | 税务 | 市 | 市国家税务局 | 2018")
  }

  @Test func threeMarketRegulatorsBecomeOne() throws {
    #expect(try line("市工商局") == "市市场监督管理局 | 市场监管 | 市 | 市工商行政管理局 | 2018")
    #expect(try line("县质监局") == "县市场监督管理局 | 市场监管 | 县 | 县质量技术监督局 | 2018")
    #expect(try line("省食药监局") == "省市场监督管理局 | 市场监管 | 省 | 省食品药品监督管理局 | 2018")
  }

  @Test func povertyOfficesBecomeRuralRevitalisationBureaus() throws {
    #expect(try line("省扶贫办") == "省乡村振兴局 | 扶贫 | 省 | 省扶贫开发办公室 | 2021")
    #expect(try line("市扶贫局") == "市乡村振兴局 | 扶贫 | 市 | 市扶贫开发局 | 2021")
    #expect(try line("县扶贫开发办公室") == "县乡村振兴局 | 扶贫 | 县 | 县扶贫开发办公室 | 2021")
    #expect(try line("国务院扶贫办") == "国家乡村振兴局 | 扶贫 | 中央 | 国务院扶贫开发领导小组办公室 | 2021")
  }

  @Test func centralMinistriesOfTheReform() throws {
    #expect(try line("农业部") == "农业农村部 | 农业农村 | 中央 | 农业部 | 2018")
    #expect(try line("国家卫生计生委") == "国家卫生健康委员会 | 卫健 | 中央 | 国家卫生和计划生育委员会 | 2018")
    #expect(try line("国土资源部") == "自然资源部 | 自然资源 | 中央 | 国土资源部 | 2018")
    #expect(try line("环保部") == "生态环境部 | 生态环境 | 中央 | 环境保护部 | 2018")
    #expect(try line("国家林业局") == "国家林业和草原局 | 林业 | 中央 | 国家林业局 | 2018")
    #expect(try line("国家安监总局") == "应急管理部 | 应急 | 中央 | 国家安全生产监督管理总局 | 2018")
    #expect(try line("国家工商总局") == "国家市场监督管理总局 | 市场监管 | 中央 | 国家工商行政管理总局 | 2018")
    #expect(try line("国家质检总局") == "国家市场监督管理总局 | 市场监管 | 中央 | 国家质量监督检验检疫总局 | 2018")
    #expect(try line("国家旅游局") == "文化和旅游部 | 文旅 | 中央 | 国家旅游局 | 2018")
    #expect(try line("银监会") == "中国银行保险监督管理委员会 | 金融 | 中央 | 中国银行业监督管理委员会 | 2018")
    #expect(try line("湖南保监局", plugin: "hunan") == "湖南银保监局 | 金融 | 省 | 湖南保监局 | 2018")
  }

  @Test func currentNamesAndUnchangedBodiesCarryNoRenaming() throws {
    #expect(try line("市农业农村局") == "市农业农村局 | 农业农村 | 市 | - | -")
    #expect(try line("省乡村振兴局") == "省乡村振兴局 | 扶贫 | 省 | - | -")
    #expect(try line("市林业局") == "市林业局 | 林业 | 市 | - | -")
    #expect(try line("市林草局") == "市林业和草原局 | 林业 | 市 | - | -")
    #expect(try line("市市场监管局") == "市市场监督管理局 | 市场监管 | 市 | - | -")
    #expect(try line("省财政厅") == "省财政厅 | 财政 | 省 | - | -")
  }

  /// Every renaming in every built-in registry names a registered successor of the same family.
  @Test func everyBuiltInRenamingKeepsItsFamily() throws {
    var checked = 0
    for plugin in Departments.registry.all {
      let manifest = Departments.registry.extractionManifest(for: plugin)
      let registry = DepartmentRegistry(manifest: manifest)
      let renamed = manifest.departments.filter { $0.renamedTo != nil }.map { ("", $0) }
        + manifest.bodies.filter { $0.renamedTo != nil }.flatMap { entry in ["省", "市", "县"].map { ($0, entry) } }
      for (prefix, entry) in renamed {
        let old = prefix + entry.name
        let resolved = try #require(registry.resolve(old))
        let family = entry.family ?? registry.family(of: entry.name)
        #expect(resolved.renamedFrom == old, "\(plugin.manifest.id): \(old)")
        #expect(resolved.renamedIn == entry.renamedIn && entry.renamedIn != nil, "\(plugin.manifest.id): \(old)")
        #expect(family != nil && resolved.family == family, "\(plugin.manifest.id): \(old) is \(family ?? "-"), \(resolved.name) is \(resolved.family ?? "-")")
        let successor = String(resolved.name.dropFirst(prefix.count))
        let registered = prefix.isEmpty
          ? manifest.departments.contains { $0.name == successor && $0.renamedTo == nil }
          : manifest.bodies.contains { $0.name == successor && $0.renamedTo == nil }
        #expect(registered, "\(plugin.manifest.id): \(old) → \(resolved.name) is not a registered current body")
        checked += 1
      }
    }
    // 14 central departments and 23 bodies at three levels in each of the 32 plugins, Hunan's two regulators,
    // and each province's own bodies renamed in 2018 and 2021 (six in a province, five in a municipality).
    #expect(checked == 32 * (14 + 23 * 3) + 2 + 27 * 6 + 4 * 5)
  }

  @Test func queriesForTheNewNameReachTheOldOne() throws {
    let registry = try registry()
    let predecessor = DepartmentRef(
      name: "省乡村振兴局", surface: "省扶贫办", role: .lead, family: "扶贫", level: "省",
      renamedFrom: "省扶贫开发办公室", renamedIn: 2021)
    #expect(registry.query("乡村振兴局") == .family("扶贫"))
    #expect(registry.query("省乡村振兴局") == .name("省乡村振兴局"))
    #expect(registry.query("省扶贫开发办公室") == .name("省乡村振兴局"))
    #expect(registry.query("环境保护厅") == .family("生态环境"))
    #expect(registry.query("安监局") == .family("应急"))
    #expect(registry.query("省乡村振兴局").matches(predecessor))
    #expect(registry.query("扶贫办").matches(predecessor))
    #expect(!registry.query("省农业农村厅").matches(predecessor))
  }

  @Test func extractionKeepsTheWrittenNameAndTheRenaming() {
    let found = Departments.findings("(一)发展特色产业。由州农委牵头,州扶贫办、州林业局配合,支持贫困村发展特色种养业。")
    #expect(found.departments == [
      DepartmentRef(name: "州农业农村局", surface: "州农委", role: .lead, family: "农业农村", level: "市", renamedFrom: "州农业委员会", renamedIn: 2018),
      DepartmentRef(name: "州乡村振兴局", surface: "州扶贫办", role: .support, family: "扶贫", level: "市", renamedFrom: "州扶贫开发办公室", renamedIn: 2021),
      DepartmentRef(name: "州林业局", surface: "州林业局", role: .support, family: "林业", level: "市"),
    ])
    #expect(found.diagnostics.map(\.message) == [
      "州农业委员会 is now 州农业农村局 (renamed 2018)", "州扶贫开发办公室 is now 州乡村振兴局 (renamed 2021)",
    ])
  }

  @Test func twoFormerBodiesOfOneSuccessorStayTwoMentions() {
    let found = Departments.findings("加强食品安全监管。(市工商局、市食药监局、市卫计委分别牵头负责)")
    #expect(found.departments.map(\.summary) == ["市市场监督管理局/lead*", "市市场监督管理局/lead*", "市卫生健康委员会/lead*"])
    #expect(found.departments.map(\.renamedFrom) == ["市工商行政管理局", "市食品药品监督管理局", "市卫生和计划生育委员会"])
  }

  @Test func aProvinceCanRepointARenaming() throws {
    let base = try registry().manifest
    let liaoning = PluginManifest(
      id: "generic", name: "test",
      bodies: [DepartmentEntry(name: "林业厅", renamedTo: "林业和草原局", renamedIn: 2018)])
    let layered = base.layered(with: ManifestLayer(origin: "test", manifest: liaoning, keys: ["manifestVersion", "id", "bodies"]))
    let r = try #require(DepartmentRegistry(manifest: layered).resolve("省林业厅"))
    #expect(r.name == "省林业和草原局" && r.renamedFrom == "省林业厅" && r.family == "林业")
  }

  @Test func renamedFieldsAreAddedToTheJSONOnlyWhenSet() throws {
    let renamed = DepartmentRef(name: "省乡村振兴局", surface: "省扶贫办", role: .lead, renamedFrom: "省扶贫开发办公室", renamedIn: 2021)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    #expect(String(decoding: try encoder.encode(renamed), as: UTF8.self) == #"{"family":null,"level":null,"name":"省乡村振兴局","renamedFrom":"省扶贫开发办公室","renamedIn":2021,"role":"lead","separately":false,"surface":"省扶贫办"}"#)
    let plain = DepartmentRef(name: "省财政厅", surface: "省财政厅", role: .lead)
    #expect(String(decoding: try encoder.encode(plain), as: UTF8.self) == #"{"family":null,"level":null,"name":"省财政厅","role":"lead","separately":false,"surface":"省财政厅"}"#)
    #expect(try JSONDecoder().decode(DepartmentRef.self, from: try encoder.encode(renamed)) == renamed)
  }
}
