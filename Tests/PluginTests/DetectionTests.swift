import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

@Suite struct DetectionTests {
  typealias C = CorpusFixtures

  @Test(arguments: [
    (C.hunan, "hunan"), (C.xiangxi, "hunan"), (C.ankang, "shaanxi"), (C.nanning, "guangxi"), (C.liaoning, "liaoning"),
  ])
  func corpusDocumentsGoToTheirProvince(stem: String, plugin: String) throws {
    let result = try C.parse(stem, parser: Parser(registry: try PluginFixtures.builtins()))
    #expect(result.document.plugin == plugin)
    #expect(result.choice.score >= PluginDetector.threshold)
  }

  @Test func evidenceNamesTitleIssuerAndDocNumber() throws {
    let result = try C.parse(C.xiangxi, parser: Parser(registry: try PluginFixtures.builtins()))
    #expect(result.choice.evidence.prefix(2) == ["title names 湘西", "issuer names 湘西"])
    #expect(result.choice.evidence.contains("文号 begins 州发"))
    let ankang = try C.parse(C.ankang, parser: Parser(registry: try PluginFixtures.builtins()))
    #expect(ankang.choice.evidence.contains("文号 begins 安脱贫发"))
  }

  /// Before every province had a plugin, this plan went to `generic`; the departments are the same.
  @Test func aGuizhouCityPlanGoesToTheGuizhouPlugin() throws {
    let result = try PluginFixtures.parse(PluginFixtures.guizhouPlan, registry: try PluginFixtures.builtins())
    #expect(result.document.plugin == "guizhou")
    #expect(result.document.region == Region(province: "贵州省", city: "毕节市", level: .city, code: "520500"))
    let measure = try #require(result.document.measures.first { $0.path == ["二", "(二)"] })
    #expect(measure.departments.map(\.name) == ["市人力资源和社会保障局", "市移民局", "市财政局"])
  }

  @Test func pluginOverrideWins() throws {
    let source = try SourceText.plainText(bytes: try C.bytes(C.hunan), path: "corpus/\(C.hunan).txt")
    let result = Parser(registry: try PluginFixtures.builtins()).parse(source, pluginID: "liaoning")
    #expect(result.document.plugin == "liaoning")
    #expect(result.choice.evidence == ["chosen with --plugin liaoning"])
    // Hunan's own bodies are unknown to liaoning + generic:
    let measure = try #require(C.measure(result, "三/(二)"))
    #expect(measure.departments.count == 7)
    #expect(result.diagnostics.contains { $0.id == "department.unregistered" && $0.message.hasPrefix("人民银行长沙中心支行") })
  }

  @Test func aProvincesOwnDepartmentsCount() throws {
    let result = try C.parse(C.hunan, parser: Parser(registry: try PluginFixtures.builtins()))
    #expect(result.choice.evidence.contains("text names 人民银行长沙中心支行"))
    #expect(result.choice.evidence.contains("text names 湖南银监局"))
    let input = DetectionInput(title: "", issuers: [], docNumber: nil, head: "(省财政厅、湖南银监局牵头负责)")
    let choice = PluginDetector(registry: try PluginFixtures.builtins()).detect(input)
    #expect(choice.plugin.id == "hunan")
    #expect(choice.evidence == ["text names 湖南", "text names 湖南银监局"])
  }

  @Test func aDocNumberLineInTheHeadPicksThePlugin() throws {
    let text = "关于加强扶贫资金管理的通知\n    黔府发〔2019〕3号\n各县:\n一、总则\n正文。"
    let registry = try PluginRegistry.layered(
      builtins: [], stages: .standard, data: [ManifestLayer(origin: "t", manifest: PluginManifest(id: "guizhou", name: "贵州", cues: DetectionCues(docNumberPrefixes: ["黔"])))])
    let result = Parser(registry: registry).parse(SourceText(path: "g.txt", format: .text, encoding: .utf8, sha256: "", text: text))
    #expect(result.document.docNumber == "黔府发〔2019〕3号")
    #expect(result.choice.evidence == ["文号 begins 黔"])
    #expect(result.document.plugin == "guizhou")
  }
}
