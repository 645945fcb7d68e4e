import Testing
import ZhengceCore

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

  @Test func registryLayersByIDAndAddsNewPlugins() {
    let generic = ManifestPlugin(manifest: PluginManifest(id: "generic", name: "Generic", placeholders: ["相关部门"]))
    let hunan = ManifestPlugin(manifest: PluginManifest(id: "hunan", name: "湖南", province: "湖南省"))
    let registry = PluginRegistry.layered(builtins: [generic, hunan], data: [
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
