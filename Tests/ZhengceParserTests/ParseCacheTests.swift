import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// `CorpusFixtures.parse` caches per document and parser configuration.
@Suite struct ParseCacheTests {
  /// A parser whose normaliser drops the lines opening with 一、 (a top-level heading).
  private static let headingsAsChrome = Parser(registry: .genericOnly, normalizer: TextNormalizer(chrome: ChromeFilter(prefixes: ["一、"])))

  @Test func aParserConfiguredOtherwiseGetsItsOwnParse() throws {
    let standard = try CorpusFixtures.parse(CorpusFixtures.hunan)
    let other = try CorpusFixtures.parse(CorpusFixtures.hunan, parser: Self.headingsAsChrome)
    #expect(other.normalized.text != standard.normalized.text)
    #expect(try CorpusFixtures.parse(CorpusFixtures.hunan).normalized.text == standard.normalized.text)
  }

  /// ParseKey covers these stored properties (the rest derived from them); a new one must join it.
  @Test func theCacheKeyCoversEveryStoredPropertyOfTheParser() {
    let labels = { (value: Any) in Mirror(reflecting: value).children.compactMap(\.label) }
    #expect(labels(Parser(registry: .genericOnly)) == ["detector", "normalizer", "regions", "genres"])
    #expect(labels(PluginDetector(registry: .genericOnly)) == ["registry", "cues", "headWords"])
    #expect(labels(PluginRegistry.genericOnly) == ["plugins", "fallback", "layers", "extractionManifests"])
    #expect(labels(TextNormalizer()) == ["chrome", "screen"])
    #expect(labels(RegionResolver.standard) == ["gazetteer", "names"])
  }
}
