import Foundation
import Testing
import ZhengceCore
import ZhengceCorpus
import ZhengceParser
import ZhengceTestSupport

@Suite struct DataPluginTests {
  @Test func aGuizhouManifestIsChosenAndRenamesDepartments() throws {
    let dir = try PluginFixtures.pluginDirectory(["guizhou": PluginFixtures.guizhou])
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let registry = try PluginSetup.registry(pluginDirectories: [dir])
    let result = try PluginFixtures.parse(PluginFixtures.guizhouPlan, registry: registry)
    #expect(result.document.plugin == "guizhou")
    #expect(result.choice.evidence.contains("title names 毕节"))
    let first = try #require(result.document.measures.first { $0.path == ["二", "(一)"] })
    #expect(first.departments.map(\.summary) == ["市生态移民局/lead"])
    #expect(first.departments.first?.surface == "市移民局")
    #expect(first.departments.first?.family == "扶贫")
    let second = try #require(result.document.measures.first { $0.path == ["二", "(二)"] })
    #expect(second.departments.map(\.summary) == ["市人力资源和社会保障局/lead", "市生态移民局/support", "市财政局/support"])
    #expect(!result.diagnostics.contains { $0.id == "department.unregistered" })

    let without = try PluginFixtures.parse(PluginFixtures.guizhouPlan, registry: try PluginFixtures.builtins())
    let plain = try #require(without.document.measures.first { $0.path == ["二", "(一)"] })
    #expect(plain.departments.map(\.summary) == ["市移民局/lead"])
    #expect(without.diagnostics.filter { $0.id == "department.unregistered" }.count == 2)
  }

  @Test func aUserHunanManifestAddsAnAliasToTheBuiltIn() throws {
    let dir = try PluginFixtures.pluginDirectory([
      "hunan-extra": #"{ "manifestVersion": 1, "id": "hunan", "regions": ["湘江新区"], "departments": [ { "name": "省乡村振兴局", "aliases": ["省振兴局"], "family": "扶贫", "level": "省" } ] }"#
    ])
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let registry = try PluginSetup.registry(pluginDirectories: [dir])
    let hunan = try #require(registry.plugin(id: "hunan"))
    #expect(hunan is LayeredPlugin)
    #expect(hunan.manifest.province == "湖南省")
    #expect(hunan.manifest.regions.last == "湘江新区")
    #expect(hunan.manifest.regions.count == 153)
    #expect(registry.layers["hunan"]?.map(\.origin) == ["built-in", dir + "/hunan-extra/manifest.json"])
    let text = "湖南省关于巩固脱贫成果的实施方案\n一、重点任务\n(一)加强监测。建立防止返贫监测机制。(省振兴局、省财政厅分别牵头负责)"
    let result = try PluginFixtures.parse(text, registry: registry)
    #expect(result.document.plugin == "hunan")
    let measure = try #require(result.document.measures.first { $0.path == ["一", "(一)"] })
    #expect(measure.departments.map(\.summary) == ["省乡村振兴局/lead*", "省财政厅/lead*"])
  }

  @Test func aBadManifestStopsSetupWithItsFileAndLine() throws {
    let dir = try PluginFixtures.pluginDirectory(["bad": "{\n  \"manifestVersion\": 1,\n  \"id\": \"bad\",\n  \"regions\": \"贵阳市\"\n}"])
    defer { try? FileManager.default.removeItem(atPath: dir) }
    #expect(throws: ManifestError.malformed(path: dir + "/bad/manifest.json", line: 4, reason: "expected a list for regions")) {
      try PluginSetup.registry(pluginDirectories: [dir])
    }
  }

  @Test func aMissingPluginDirectoryIsReported() {
    #expect(throws: ManifestError.unreadable(path: "/nonexistent/plugins")) {
      try PluginSetup.registry(pluginDirectories: ["/nonexistent/plugins"])
    }
  }
}

extension DepartmentRef {
  var summary: String { "\(name)/\(role.rawValue)\(separately ? "*" : "")" }
}
