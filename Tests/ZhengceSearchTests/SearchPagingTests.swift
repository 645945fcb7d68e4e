import Testing
import ZhengceSearch

/// `limit` and `offset` at and past the ends of the matching set.
@Suite struct SearchPagingTests {
  static let records = (1...5).map { TestRecord(id: "r\($0)", document: "d", province: nil, text: String(repeating: "扶贫", count: $0)) }

  @Test func anOffsetPastTheMatchesGivesNoHitsAndTheTotal() throws {
    let reader = try TestIndex.build(Self.records)
    let searcher = Searcher(reader: reader)
    for offset in [5, 6, 1_000_000_000_000, Int.max] {
      for limit in [0, 1, 10, Int.max] {
        let result = try searcher.search(.term("扶贫"), limit: limit, offset: offset)
        #expect(result.total == 5 && result.hits.isEmpty, "offset \(offset) limit \(limit)")
      }
    }
  }

  @Test func aHugeLimitReturnsTheRestInRankOrder() throws {
    let reader = try TestIndex.build(Self.records)
    let searcher = Searcher(reader: reader)
    let result = try searcher.search(.term("扶贫"), limit: Int.max, offset: 3)
    #expect(result.hits.map { reader.id($0.doc) } == ["r2", "r1"])
    #expect(try searcher.search(.term("扶贫"), limit: 0, offset: 3).hits.map { reader.id($0.doc) } == ["r2", "r1"])
  }
}
