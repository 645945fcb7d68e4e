import Testing
import ZhengceCore
import ZhengceParser

@Suite struct LayeringTests {
  @Test func listsAppendScalarsReplaceAndDepartmentsMerge() {
    let base = PluginManifest(
      id: "hunan", name: "湖南", province: "湖南省", regions: ["长沙市"],
      departments: [DepartmentEntry(name: "湖南银监局", aliases: ["湖南银行业监督管理局"], family: "金融", level: "省")])
    let over = PluginManifest(
      id: "hunan", name: "湖南省(扩展)", regions: ["长沙市", "韶山市"],
      departments: [DepartmentEntry(name: "湖南银监局", aliases: ["省银监局"], renamedTo: "湖南银保监局", renamedIn: 2018)])
    let merged = base.layered(with: ManifestLayer(origin: "x", manifest: over, keys: ["manifestVersion", "id", "name", "regions", "departments"]))
    #expect(merged.name == "湖南省(扩展)")
    #expect(merged.province == "湖南省")
    #expect(merged.regions == ["长沙市", "韶山市"])
    #expect(merged.departments == [
      DepartmentEntry(name: "湖南银监局", aliases: ["湖南银行业监督管理局", "省银监局"], family: "金融", level: "省", renamedTo: "湖南银保监局", renamedIn: 2018)
    ])
  }

  @Test func keysTheLayerDidNotStateAreLeftAlone() {
    let base = PluginManifest(id: "g", name: "Generic", province: "贵州省")
    let over = PluginManifest(id: "g", name: "ignored")
    let merged = base.layered(with: ManifestLayer(origin: "x", manifest: over, keys: ["manifestVersion", "id"]))
    #expect(merged == base)
  }

  @Test func registryLayersByIDAndAddsNewPlugins() throws {
    let generic = ManifestPlugin(manifest: PluginManifest(id: "generic", name: "Generic", placeholders: ["相关部门"]))
    let hunan = ManifestPlugin(manifest: PluginManifest(id: "hunan", name: "湖南", province: "湖南省"))
    let registry = try PluginRegistry.layered(builtins: [generic, hunan], stages: .standard, data: [
      ManifestLayer(origin: "a", manifest: PluginManifest(id: "guizhou", name: "贵州", province: "贵州省")),
      ManifestLayer(origin: "b", manifest: PluginManifest(id: "hunan", name: "湘", placeholders: ["各地"]), keys: ["id", "placeholders"]),
    ])
    #expect(registry.fallback.id == "generic")
    #expect(registry.plugins.map(\.id) == ["hunan", "guizhou"])
    #expect(registry.plugin(id: "hunan")?.manifest.name == "湖南")
    #expect(registry.plugin(id: "hunan")?.manifest.placeholders == ["各地"])
    let extraction = registry.extractionManifest(for: registry.plugins[0])
    #expect(extraction.id == "hunan")
    #expect(extraction.placeholders == ["相关部门", "各地"])
  }
}

@Suite struct ManifestTopicTests {
  @Test func aManifestsTopicPhrasesReachTheTopicStage() throws {
    let text = "一、发展刺梨产业\n(一)扩大种植。全县新建刺梨基地,带动农户增收。"
    let source = SourceText(path: "gz.txt", format: .text, encoding: .utf8, sha256: "", text: text)
    var manifest = PluginManifest(id: "guizhou", name: "贵州", province: "贵州省")
    let plain = Parser(registry: PluginRegistry(plugins: [ManifestPlugin(manifest: manifest)], fallback: ManifestPlugin(manifest: PluginManifest(id: "generic", name: "Generic"))))
    #expect(plain.parse(source, pluginID: "guizhou").document.measures.last?.topics.contains("特色作物") == false)
    manifest.topics = ["特色作物": ["刺梨": 6]]
    let extended = Parser(registry: PluginRegistry(plugins: [ManifestPlugin(manifest: manifest)], fallback: ManifestPlugin(manifest: PluginManifest(id: "generic", name: "Generic"))))
    #expect(extended.parse(source, pluginID: "guizhou").document.measures.last?.topics.contains("特色作物") == true)
  }

  @Test func boilerplateOfAnyPluginIsDroppedBeforeParsing() {
    let text = "一、总体要求\n正文第一段。\n本站声明 版权所有\n正文第二段。"
    let source = SourceText(path: "b.txt", format: .text, encoding: .utf8, sha256: "", text: text)
    let generic = ManifestPlugin(manifest: PluginManifest(id: "generic", name: "Generic", boilerplate: ["本站声明"]))
    let parser = Parser(registry: PluginRegistry(plugins: [], fallback: generic))
    #expect(parser.parse(source).document.measures.map(\.text) == ["总体要求\n正文第一段。\n正文第二段。"])
  }
}
