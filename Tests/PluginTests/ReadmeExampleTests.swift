import Foundation
import Testing
import ZhengceCore
import ZhengceTestSupport

/// The complete example of plugins/README.md is a valid manifest.
@Suite struct ReadmeExampleTests {
  @Test func theReadmeManifestDecodesWithEveryKey() throws {
    let readme = try String(contentsOf: CorpusFixtures.root.appendingPathComponent("plugins/README.md"), encoding: .utf8)
    let start = try #require(readme.range(of: "```json\n"))
    let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
    let layer = try ManifestLoader.decode(Array(readme[start.upperBound..<end.lowerBound].utf8), origin: "plugins/README.md")
    #expect(layer.keys == Set(PluginManifest.keys))
    #expect(layer.manifest.id == "guizhou")
    #expect(layer.manifest.bodies.map(\.name) == ["生态移民局", "卫生和计划生育委员会"])
    #expect(layer.manifest.roles.firstListedLeads == ["排名第一的为牵头单位"])
  }
}
