import Testing
import ZhengceCorpus
@testable import ZhengceSearch
import ZhengceTestSupport

/// The index must return exactly the measures a scan of the text returns.
@Suite struct SubstringPropertyTests {
  let records = TestIndex.corpusRecords

  func scan(_ q: Query, _ r: IndexRecord) -> Bool {
    switch q {
    case .term(let s): return SubstringScan.contains(r.text, s)
    case .and(let items): return items.allSatisfy { scan($0, r) }
    case .or(let items): return items.contains { scan($0, r) }
    case .not(let inner): return !scan(inner, r)
    case .all: return true
    case .filter: return false
    }
  }

  func randomSubstring(_ rng: inout SeededRandom) -> String {
    let scalars = Array(records[Int.random(in: 0..<records.count, using: &rng)].text.unicodeScalars)
    let n = min(scalars.count, Int.random(in: 1...8, using: &rng))
    let start = Int.random(in: 0...(scalars.count - n), using: &rng)
    var v = String.UnicodeScalarView()
    v.append(contentsOf: scalars[start..<(start + n)])
    return String(v)
  }

  /// A real substring, or (one time in four) two glued pieces that usually do not occur.
  func randomTerm(_ rng: inout SeededRandom) -> String {
    guard Int.random(in: 0..<4, using: &rng) == 0 else { return randomSubstring(&rng) }
    return String(randomSubstring(&rng).unicodeScalars.prefix(2)) + String(randomSubstring(&rng).unicodeScalars.prefix(3))
  }

  func randomQuery(_ rng: inout SeededRandom, depth: Int) -> Query {
    if depth == 0 || Int.random(in: 0..<3, using: &rng) == 0 { return .term(randomTerm(&rng)) }
    let items = (0..<Int.random(in: 2...3, using: &rng)).map { _ in randomQuery(&rng, depth: depth - 1) }
    switch Int.random(in: 0..<3, using: &rng) {
    case 0: return .and(items)
    case 1: return .or(items)
    default: return .and([items[0], .not(items[1])])
    }
  }

  func check(_ q: Query, _ reader: IndexReader) throws -> Bool {
    let found = try Searcher(reader: reader, schema: PolicySchema.schema).search(q, limit: 0).hits.map { reader.id($0.doc) }.sorted()
    let expected = records.filter { scan(q, $0) }.map(\.id).sorted()
    return found == expected
  }

  @Test func corpusHasMeasures() {
    #expect(records.count > 100)
  }

  @Test(arguments: [true, false])
  func randomSubstringsMatchAScan(positions: Bool) throws {
    let reader = try #require(TestIndex.corpusReader(positions: positions))
    var failures: [String] = []
    try forEachRandomInput(seed: 2026, count: 1500) { random in
      let term = randomTerm(&random)
      if try !check(.term(term), reader) { failures.append(term) }
    }
    #expect(failures.isEmpty, "terms answered differently from a scan: \(failures.prefix(10))")
  }

  @Test(arguments: [true, false])
  func randomBooleanCombinationsMatchAScan(positions: Bool) throws {
    let reader = try #require(TestIndex.corpusReader(positions: positions))
    var failures: [String] = []
    try forEachRandomInput(seed: 6, count: 400) { random in
      let q = randomQuery(&random, depth: 2)
      if try !check(q, reader) { failures.append(q.description) }
    }
    #expect(failures.isEmpty, "queries answered differently from a scan: \(failures.prefix(5))")
  }

  /// An AND matches each term only among the documents its earlier terms
  /// left (`TermMatcher.within`), and takes what comes back as they are:
  /// the matches must be those of the whole index among them, and only those.
  @Test(arguments: [true, false])
  func termsMatchedWithinDocumentsStayAmongThem(positions: Bool) throws {
    let reader = try #require(TestIndex.corpusReader(positions: positions))
    var checked = 0
    forEachRandomInput(seed: 47, count: 400) { random in
      let term = randomTerm(&random)
      let modulus = Int32.random(in: 2...5, using: &random)
      let within = (0..<Int32(reader.documentCount)).filter { $0 % modulus != 0 }
      let all = TermMatcher(reader: reader).matches(term)
      let among = TermMatcher(reader: reader, within: within).matches(term)
      let expected = all.filter { $0.doc % modulus != 0 }
      #expect(among.map(\.doc) == expected.map(\.doc), "\(term) within documents not divisible by \(modulus)")
      #expect(among.map(\.tf) == expected.map(\.tf))
      if !expected.isEmpty && expected.count < all.count { checked += 1 }
    }
    #expect(checked > 60)
  }

  /// A term answered by one posting list is ranked as the list is read
  /// (`Searcher.rankedAsRead`); its pages of hits must be those of the full ranking.
  @Test func pagesOfOneListTermsMatchTheFullRanking() throws {
    let reader = try #require(TestIndex.corpusReader)
    let searcher = Searcher(reader: reader, schema: PolicySchema.schema)
    var compared = 0
    var differing: [String] = []
    try forEachRandomInput(seed: 31, count: 600) { random in
      let term = String(randomSubstring(&random).unicodeScalars.prefix(2))
      let all = try searcher.search(.term(term), limit: 0)
      for (limit, offset) in [(10, 0), (3, 5), (1, 0), (50, 20)] {
        let page = try searcher.search(.term(term), limit: limit, offset: offset)
        let expected = Array(all.hits.dropFirst(offset).prefix(limit))
        if page.hits != expected || page.total != all.total { differing.append("\(term) \(limit)+\(offset)") }
      }
      if all.total > 10 { compared += 1 }
    }
    #expect(compared > 200, "too few terms with more than a page of hits: \(compared)")
    #expect(differing.isEmpty, "pages differ from the full ranking: \(differing.prefix(5))")
  }

  @Test func parsedQueriesMatchAScan() throws {
    let reader = try #require(TestIndex.corpusReader)
    var checked = 0
    try forEachRandomInput(seed: 99, count: 300) { random in
      let a = randomSubstring(&random)
      let b = randomSubstring(&random)
      guard !a.contains("\""), !b.contains("\"") else { return }
      let text = "\"\(a)\" OR -\"\(b)\""
      let parsed = try QueryParser.policy.parse(text)
      #expect(parsed == .or([.term(a), .not(.term(b))]))
      #expect(try check(parsed, reader), "\(text)")
      checked += 1
    }
    #expect(checked > 250)
  }
}

extension SubstringPropertyTests {
  /// The property test's queries, its 1,500 random terms then its 400 boolean
  /// combinations: what a test comparing two indexes of the same records asks both.
  static func queries() throws -> [Query] {
    let property = SubstringPropertyTests()
    var queries: [Query] = []
    forEachRandomInput(seed: 2026, count: 1500) { random in queries.append(.term(property.randomTerm(&random))) }
    forEachRandomInput(seed: 6, count: 400) { random in queries.append(property.randomQuery(&random, depth: 2)) }
    return queries
  }
}
