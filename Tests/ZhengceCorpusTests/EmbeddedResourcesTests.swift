import Foundation
import Testing
import ZhengceCore
import ZhengceTestSupport

/// Every resource file of the package is compiled in, byte for byte.
@Suite struct EmbeddedResourcesTests {
  @Test func rulesAndManifestsAreEmbeddedAsOnDisk() throws {
    let root = CorpusFixtures.root
    let files = [
      ("Rules/topics.json", "ZhengceParser", "Sources/ZhengceParser/Rules/topics.json"),
      ("Rules/gazetteer.tsv", "ZhengceParser", "Sources/ZhengceParser/Rules/gazetteer.tsv"),
      ("Rules/commitment-vocabulary.json", "ZhengceParser", "Sources/ZhengceParser/Rules/commitment-vocabulary.json"),
    ] + ["generic", "hunan", "shaanxi", "guangxi", "liaoning"].map { id in
      ("\(id)/manifest.json", "BuiltinPlugins", "plugins/\(id)/manifest.json")
    }
    for (name, target, path) in files {
      let disk = try Data(contentsOf: root.appendingPathComponent(path))
      #expect(EmbeddedResources.data(name, of: target) == disk, "\(path)")
    }
    #expect(EmbeddedResources.data("manifest.json", of: "NoSuchPlugin") == nil)
    // Every plugins/<id>/ folder with a manifest is embedded, with no list to keep.
    #expect(EmbeddedResources.paths(of: "BuiltinPlugins").filter { $0.hasSuffix("/manifest.json") }.count >= 30)
  }
}
