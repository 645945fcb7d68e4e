import Foundation
import Testing
import ZhengceCore
@testable import ZhengceCorpus
import ZhengceTestSupport

/// The fast reading of stored measures, outlines and citations gives what `Decodable` gives, and
/// leaves to it whatever it does not know.
@Suite struct ContractReaderTests {
  private static func tree(_ value: some Encodable) throws -> JSONTree { try JSONTree(Array(JSONEncoder().encode(value))) }

  @Test func everyCorpusDocumentReadsAsDecodableReadsIt() throws {
    var count = 0
    // The plugins' parser, so departments carry families, levels and renamings.
    let parser = try PluginSetup.parser()
    for stem in CorpusFixtures.all {
      let document = try CorpusFixtures.parse(stem, parser: parser).document
      for measure in document.measures {
        #expect(ContractReader.measure(try Self.tree(measure)) == measure, "\(measure.id)")
        count += 1
      }
      #expect(ContractReader.outline(try Self.tree(document.outline)) == document.outline)
      #expect(ContractReader.citations(try Self.tree(document.citations)) == document.citations)
    }
    #expect(count >= 300)
  }

  @Test func whatItDoesNotKnowIsLeftToDecodable() throws {
    let measure = try #require(try CorpusFixtures.parse(CorpusFixtures.ankang).document.measures.first { !$0.commitments.isEmpty })
    var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(measure)) as? [String: Any])
    object["genre"] = "plan"
    #expect(ContractReader.measure(try JSONTree(Array(JSONSerialization.data(withJSONObject: object)))) == nil)
    object["genre"] = nil
    object["span"] = ["start": 9, "end": 3]
    let reversed = Array(try JSONSerialization.data(withJSONObject: object))
    #expect(ContractReader.measure(try JSONTree(reversed)) == nil)
    #expect(try JSONTreeDecoder.decode(Measure.self, from: reversed).span.start == 9)
    object["span"] = ["start": 0, "end": 3]
    object["kind"] = "chapterless"
    #expect(ContractReader.measure(try JSONTree(Array(JSONSerialization.data(withJSONObject: object)))) == nil)
  }
}
