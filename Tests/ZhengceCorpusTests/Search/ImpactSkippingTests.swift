import Testing
import ZhengceCorpus
@testable import ZhengceSearch

/// Long posting lists carry impacts (`PostingEncoder`), and a term answered by
/// one list skips the groups of blocks they rule out (`Searcher.rankedAsRead`).
/// The bounds must hold for every document, and the pages must be those of
/// the full ranking.
@Suite struct ImpactSkippingTests {
  static var reader: IndexReader? { TestIndex.corpusCopiesReader }

  /// The bigrams with impacts: lists of more than `groupBlocks` blocks.
  static func longTerms(_ reader: IndexReader) -> [Int] {
    let prefix = TermSpace.gramKey([])
    return reader.terms.range(prefix: prefix).filter {
      reader.impacts($0).first?.impacts != nil && reader.terms.key($0).count == prefix.count + 6
    }
  }

  @Test func boundsHoldForEveryDocumentOfEveryGroup() throws {
    let reader = try #require(Self.reader)
    let terms = Self.longTerms(reader)
    #expect(terms.count >= 30, "too few long lists: \(terms.count)")
    let searcher = Searcher(reader: reader, schema: PolicySchema.schema)
    let bm25 = BM25()
    var groups = 0
    var skippable = 0
    for entry in terms {
      var impacts = try #require(reader.impacts(entry).first?.impacts)
      let key = reader.terms.key(entry)
      let text = String(decoding: UnsafeBufferPointer(rebasing: key[1...]), as: UTF8.self)
      let tenth = try #require(try searcher.search(.term(text), limit: 10).hits.last).score
      let idf = bm25.idf(documentFrequency: reader.terms.docFreq(entry), documents: reader.documentCount)
      var cursor = reader.cursor(entry)
      var documents = 0
      for g in 0..<impacts.groups {
        var pairs: [(UInt32, Int)] = []
        impacts.readGroup { pairs.append(($0, $1)) }
        // The front holds no pair that another dominates.
        for a in pairs {
          let dominated = pairs.contains { b in
            b != a && b.0 >> 1 >= a.0 >> 1 && b.0 & 1 >= a.0 & 1 && b.1 <= a.1
          }
          #expect(!dominated, "\(a) is dominated in group \(g)")
        }
        let bound = pairs.map { flag, length in
          bm25.score(
            idf: idf, tf: Int32(flag >> 1) + 1, inHeading: flag & 1 == 1, length: length, averageLength: reader.averageLength)
        }.max() ?? 0
        if bound <= tenth { skippable += 1 }
        let last = impacts.lastDoc(ofGroup: g)
        while cursor.doc < last, cursor.next() {
          documents += 1
          // Some pair's frequency and flag are at least the document's, with a length at most its.
          let covered = pairs.contains { flag, length in
            Int32(flag >> 1) + 1 >= cursor.freq && (flag & 1 == 1 || !cursor.inHeading)
              && length <= reader.length(cursor.doc)
          }
          #expect(covered, "document \(cursor.doc) of group \(g) is above the front")
        }
        #expect(cursor.doc == last)
        groups += 1
      }
      #expect(documents == reader.terms.docFreq(entry))
    }
    #expect(groups >= 100)
    // The bounds are tight enough for a top ten to skip groups.
    #expect(skippable * 4 >= groups, "\(skippable) of \(groups) groups skippable")
  }

  @Test func pagesOfLongListsMatchTheFullRanking() throws {
    let reader = try #require(Self.reader)
    let searcher = Searcher(reader: reader, schema: PolicySchema.schema)
    var differing: [String] = []
    for entry in Self.longTerms(reader) {
      let key = reader.terms.key(entry)
      let term = String(decoding: UnsafeBufferPointer(rebasing: key[1...]), as: UTF8.self)
      let all = try searcher.search(.term(term), limit: 0)
      #expect(all.total == reader.terms.docFreq(entry))
      for (limit, offset) in [(10, 0), (1, 0), (3, 7), (50, 100), (20, 1000)] {
        let page = try searcher.search(.term(term), limit: limit, offset: offset)
        let expected = Array(all.hits.dropFirst(offset).prefix(limit))
        if page.hits != expected || page.total != all.total { differing.append("\(term) \(limit)+\(offset)") }
      }
    }
    #expect(differing.isEmpty, "pages differ from the full ranking: \(differing.prefix(5))")
  }
}
