import Testing
import ZhengceCorpus
import ZhengceTestSupport
@testable import ZhengceSearch

/// A term's matches ranked in shares on several cores (`Searcher.rankedMatches`)
/// give the hits one ranking of every match gives: the same documents, scores
/// and order (ties to the earlier document), at every page.
@Suite struct RankedSharesTests {
  @Test func sharesRankAsOneListDoes() throws {
    let reader = try #require(TestIndex.corpusCopiesReader)
    var shared = Searcher(reader: reader, schema: PolicySchema.schema)
    shared.matchesPerCore = 16
    shared.rankingCores = 3
    var whole = Searcher(reader: reader, schema: PolicySchema.schema)
    whole.matchesPerCore = .max
    var ranked = 0
    var differing: [String] = []
    try forEachRandomInput(seed: 83, count: 300) { random in
      let term = TestIndex.randomTerm(lengths: 3...5, using: &random)
      let query = Query.term(term)
      guard TermMatcher(reader: reader).singleEntry(term) == nil else { return }
      // Every match ranked by the general path, the reference for each page.
      let every = try whole.search(query, limit: 0)
      guard every.total >= 64 else { return }
      ranked += 1
      for (limit, offset) in [(10, 0), (1, 0), (7, 5), (50, 20), (10, every.total - 3)] {
        let a = try shared.search(query, limit: limit, offset: offset)
        let b = try whole.search(query, limit: limit, offset: offset)
        let expected = Array(every.hits.dropFirst(offset).prefix(limit))
        let same = a.total == every.total && b.total == every.total
          && a.hits.map(\.doc) == expected.map(\.doc) && a.hits.map(\.score) == expected.map(\.score)
          && b.hits.map(\.doc) == expected.map(\.doc) && b.hits.map(\.score) == expected.map(\.score)
        if !same { differing.append("\(term) limit \(limit) offset \(offset)") }
      }
    }
    #expect(ranked > 30, "too few terms with enough matches to share: \(ranked)")
    #expect(differing.isEmpty, "shared rankings differ: \(differing.prefix(5))")
  }
}
