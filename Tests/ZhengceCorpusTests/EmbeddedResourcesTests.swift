import Foundation
import Testing
import ZhengceCore
import ZhengceTestSupport

/// Every resource file of the package is compiled in, byte for byte.
@Suite struct EmbeddedResourcesTests {
  @Test func rulesAndManifestsAreEmbeddedAsOnDisk() throws {
    let root = CorpusFixtures.root
    let files = [
      ("topics.json", "ZhengceParser", "Sources/ZhengceParser/Rules/topics.json"),
      ("regions.json", "ZhengceParser", "Sources/ZhengceParser/Rules/regions.json"),
      ("commitment-vocabulary.json", "ZhengceParser", "Sources/ZhengceParser/Rules/commitment-vocabulary.json"),
    ] + ["generic", "hunan", "shaanxi", "guangxi", "liaoning"].map { id in
      ("manifest.json", id.prefix(1).uppercased() + id.dropFirst() + "Plugin", "plugins/\(id)/manifest.json")
    }
    for (name, target, path) in files {
      let disk = try Data(contentsOf: root.appendingPathComponent(path))
      #expect(EmbeddedResources.data(name, of: target) == disk, "\(path)")
    }
    #expect(EmbeddedResources.data("manifest.json", of: "NoSuchPlugin") == nil)
  }
}
