import Testing
import ZhengceCorpus
import ZhengceTestSupport
@testable import ZhengceSearch

/// A term matched by position over a long driving list is matched in parts of
/// the document space on every core (`TermMatcher.inParts`): the parts'
/// matches, in order, must be exactly those of one pass, with and without the
/// documents an AND passes down.
@Suite struct MatchPartsTests {
  @Test func partsMatchExactlyWhatOnePassMatches() throws {
    let reader = try #require(TestIndex.corpusCopiesReader)
    var split = 0
    var differing: [String] = []
    forEachRandomInput(seed: 71, count: 400) { random in
      let term = TestIndex.randomTerm(lengths: 3...7, using: &random)
      guard TermMatcher.matchesByPosition(term) else { return }
      let within = (0..<Int32(reader.documentCount)).filter { $0 % 3 != 0 }
      for gate in [nil, within] {
        var whole = TermMatcher(reader: reader, within: gate)
        whole.documentsPerPart = .max
        var parts = TermMatcher(reader: reader, within: gate)
        parts.documentsPerPart = 64
        let one = whole.matches(term)
        let cut = parts.matches(term)
        if one.map(\.doc) != cut.map(\.doc) || one.map(\.tf) != cut.map(\.tf) || one.map(\.inHeading) != cut.map(\.inHeading) {
          differing.append("\(term)\(gate == nil ? "" : " within")")
        }
      }
      if parts(reader, term) { split += 1 }
    }
    #expect(split > 40, "too few terms long enough to be split: \(split)")
    #expect(differing.isEmpty, "parts differ from one pass: \(differing.prefix(5))")
  }

  /// Whether `term`'s driving list is long enough for two parts at 64 documents a part.
  private func parts(_ reader: IndexReader, _ term: String) -> Bool {
    TermMatcher(reader: reader).estimatedDocFreq(term) >= 128
  }
}
