import Testing
import ZhengceCorpus
import ZhengceTestSupport
@testable import ZhengceSearch

/// The best hits without a total (`Searcher.best`, `search --batch
/// --no-total`) are `search`'s hits, page by page: the same documents in the
/// same order, and for an AND the same scores. Checked on an index whose
/// common lists run past a thousand documents (so candidates are passed
/// over), ranked whole and in parts of the document space, and on several
/// segments with records deleted.
@Suite struct BestHitsTests {
  static let pages = [(10, 0), (1, 0), (3, 5), (50, 20)]

  /// Random ANDs of two or three substrings of the corpus, a third of them
  /// within a province.
  static func conjunctions(count: Int, seed: UInt64) -> [Query] {
    let provinces = ["湖南", "陕西", "广西"]
    var queries: [Query] = []
    forEachRandomInput(seed: seed, count: count) { random in
      var items = (0..<Int.random(in: 2...3, using: &random)).map { _ in
        Query.term(TestIndex.randomTerm(lengths: 2...6, using: &random))
      }
      if Int.random(in: 0..<3, using: &random) == 0 {
        items.append(.filter(.province, provinces[Int.random(in: 0..<provinces.count, using: &random)]))
      }
      queries.append(.and(items))
    }
    return queries
  }

  /// Queries whose best hits differ from `search`'s, and how many were ranked by `ConjunctionRanker`.
  static func differing(_ searcher: Searcher, _ queries: [Query]) throws -> (differing: [String], ranked: Int) {
    var differing: [String] = []
    var ranked = 0
    for q in queries {
      if searcher.ranker(for: q) != nil { ranked += 1 }
      for (limit, offset) in pages {
        let best = try searcher.best(q, limit: limit, offset: offset)
        let full = try searcher.search(q, limit: limit, offset: offset).hits
        var same = best.map(\.doc) == full.map(\.doc)
        if case .and = q { same = same && best.map(\.score) == full.map(\.score) }
        if !same { differing.append("\(q) limit \(limit) offset \(offset)") }
      }
    }
    return (differing, ranked)
  }

  static func terms(count: Int, seed: UInt64) -> [Query] {
    var queries: [Query] = []
    forEachRandomInput(seed: seed, count: count) { random in queries.append(.term(TestIndex.randomTerm(lengths: 3...7, using: &random))) }
    return queries
  }

  @Test(arguments: [false, true])
  func bestHitsAreSearchsOnAnIndexOfLongLists(inParts: Bool) throws {
    let reader = try #require(TestIndex.corpusCopiesReader)
    var searcher = Searcher(reader: reader, schema: PolicySchema.schema)
    searcher.rankingPartDocuments = inParts ? 64 : .max
    let queries = Self.terms(count: 150, seed: 12) + Self.conjunctions(count: 150, seed: 13)
    let (differing, ranked) = try Self.differing(searcher, queries)
    #expect(ranked > 250, "too few queries ranked without totals: \(ranked)")
    #expect(differing.isEmpty, "best hits differ from search's: \(differing.prefix(5))")
  }

  @Test func bestHitsAreSearchsForThePropertyQueries() throws {
    let reader = try #require(TestIndex.corpusReader)
    let searcher = Searcher(reader: reader, schema: PolicySchema.schema)
    let (differing, ranked) = try Self.differing(searcher, try SubstringPropertyTests.queries())
    #expect(ranked > 900)
    #expect(differing.isEmpty, "best hits differ from search's: \(differing.prefix(5))")
  }

  /// Deleted records are never among the best hits: the corpus's first
  /// three documents in one segment, then its other two appended in a second
  /// by an update that deletes the second document.
  @Test func deletedRecordsAreLeftOut() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    var documents: [(id: String, records: [IndexRecord])] = []
    for r in TestIndex.corpusRecords {
      if documents.last?.id == r.document { documents[documents.count - 1].records.append(r) } else { documents.append((r.document, [r])) }
    }
    #expect(documents.count == 5)
    func add(_ range: Range<Int>, to writer: IndexWriter) {
      for d in documents[range] {
        writer.store(StoredDocument(id: d.id, parts: [Array(d.id.utf8)]), records: d.records.count)
        for r in d.records { writer.add(r) }
      }
    }
    let first = IndexWriter(positions: true)
    add(0..<3, to: first)
    try first.commit(to: IndexDirectory(path: dir))
    let update = IndexWriter(positions: true)
    add(3..<5, to: update)
    try update.commit(
      appendingTo: try IndexReader(directory: dir), deleting: [1], lock: try IndexWriteLock(IndexDirectory(path: dir)), sources: [],
      builder: "")
    let reader = try IndexReader(directory: dir)
    #expect(reader.hasDeletions && reader.segments.count == 2)
    var searcher = Searcher(reader: reader, schema: PolicySchema.schema)
    searcher.rankingPartDocuments = 64
    let queries = Self.terms(count: 150, seed: 14) + Self.conjunctions(count: 100, seed: 15)
    let (differing, ranked) = try Self.differing(searcher, queries)
    #expect(ranked > 200)
    #expect(differing.isEmpty, "best hits differ from search's: \(differing.prefix(5))")
    let deleted = Set(documents[1].records.map(\.id))
    var found = 0
    for q in queries {
      let hits = try searcher.best(q, limit: 50)
      found += hits.count
      #expect(hits.allSatisfy { !deleted.contains(reader.id($0.doc)) }, "\(q)")
    }
    #expect(found > 200)
  }
}
