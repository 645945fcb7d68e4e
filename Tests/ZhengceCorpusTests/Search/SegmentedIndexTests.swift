import Foundation
import Testing
import ZhengceCorpus
@testable import ZhengceSearch
import ZhengceTestSupport

/// A generation of several segments (records added by `commit(appendingTo:)`)
/// is read as one index: every query of the property test gets what the index
/// of the same records in one segment gives, the same hits with the same
/// scores, totals and facets, and the records read back are the same.
@Suite struct SegmentedIndexTests {
  /// The corpus twice over (the second copy's ids marked), for more records.
  let records = TestIndex.corpusRecords + TestIndex.corpusRecords.map { r in
    var copy = r
    copy.id += "'"
    return copy
  }

  /// The records in three segments: the first third committed, the second
  /// appended, the rest appended under a tiny memory budget (spilled, then merged).
  func segmented(at dir: String, positions: Bool) throws -> IndexReader {
    try Self.segmented(records, at: dir, positions: positions)
  }

  static func segmented(
    _ records: [IndexRecord], at dir: String, positions: Bool, cuts fractions: [Double] = [1.0 / 3, 3.0 / 4]
  ) throws -> IndexReader {
    let cuts = [0] + fractions.map { Int(Double(records.count) * $0) } + [records.count]
    let first = IndexWriter(positions: positions)
    for r in records[cuts[0]..<cuts[1]] { first.add(r) }
    try first.commit(to: IndexDirectory(path: dir))
    for k in 1..<3 {
      let writer = IndexWriter(positions: positions, memoryBudget: k == 2 ? IndexWriter.minimumMemoryBudget : nil, workDirectory: dir)
      writer.add(contentsOf: Array(records[cuts[k]..<cuts[k + 1]]))
      let previous = try IndexReader(directory: dir)
      try writer.commit(appendingTo: previous, lock: try IndexWriteLock(IndexDirectory(path: dir)), sources: [], builder: "")
    }
    return try IndexReader(directory: dir)
  }

  @Test(arguments: [true, false])
  func severalSegmentsAnswerAsOne(positions: Bool) throws {
    let oneDir = TestIndex.temporaryDirectory()
    let manyDir = TestIndex.temporaryDirectory()
    defer {
      TestIndex.remove(oneDir)
      TestIndex.remove(manyDir)
    }
    let writer = IndexWriter(positions: positions)
    writer.add(contentsOf: records)
    try writer.commit(to: IndexDirectory(path: oneDir))
    let one = try IndexReader(directory: oneDir)
    let many = try segmented(at: manyDir, positions: positions)
    #expect(many.segments.count == 3)
    #expect(many.meta.segments?.map(\.directory) == ["seg-1", "seg-2"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: manyDir + "/gen-000003").contains("seg-2"))
    #expect(many.documentCount == one.documentCount && many.averageLength == one.averageLength)
    #expect(many.terms.count == one.terms.count)
    for d in stride(from: 0, to: one.documentCount, by: 7) {
      #expect(many.id(Int32(d)) == one.id(Int32(d)))
      #expect(try many.record(Int32(d), as: IndexRecord.self) == one.record(Int32(d), as: IndexRecord.self))
    }

    let queries = try SubstringPropertyTests.queries()
    var differing: [String] = []
    for q in queries {
      let a = Searcher(reader: one, schema: PolicySchema.schema)
      let b = Searcher(reader: many, schema: PolicySchema.schema)
      for (limit, offset, facets) in [(0, 0, true), (10, 0, false), (10, 20, false)] {
        let x = try a.search(q, limit: limit, offset: offset, facets: facets)
        let y = try b.search(q, limit: limit, offset: offset, facets: facets)
        if x.hits != y.hits || x.total != y.total || x.facets != y.facets { differing.append("\(q) limit \(limit)") }
      }
    }
    #expect(queries.count == 1900)
    #expect(differing.isEmpty, "answered differently: \(differing.prefix(5))")
    #expect(many.verify(records: IndexRecord.self).allSatisfy { $0.problem == nil })
    #expect(many.verify(records: IndexRecord.self).count == 1 + 3 * FileFormat.Part.allCases.count)
  }

  /// Long lists carry impacts in each segment: a term answered by one list
  /// skips groups segment by segment, and its pages are those of the one-segment index.
  @Test func longListsRankAsInOneSegment() throws {
    let one = try #require(TestIndex.corpusCopiesReader)
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    // The shorter copies come last: the later segments are the larger, so that they have impacts too.
    let many = try Self.segmented(TestIndex.corpusCopies, at: dir, positions: true, cuts: [0.25, 0.5])
    let terms = ImpactSkippingTests.longTerms(one)
    #expect(terms.count >= 30)
    var withImpacts = 0
    var differing: [String] = []
    for entry in terms {
      let key = one.terms.key(entry)
      let text = String(decoding: UnsafeBufferPointer(rebasing: key[1...]), as: UTF8.self)
      let t = try #require(many.terms.find(Array(key)))
      let pieces = many.impacts(t)
      if pieces.count == 3, pieces.allSatisfy({ $0.impacts != nil }) { withImpacts += 1 }
      for (limit, offset) in [(10, 0), (10, 30), (1, 500)] {
        let a = try Searcher(reader: one, schema: PolicySchema.schema).search(.term(text), limit: limit, offset: offset)
        let b = try Searcher(reader: many, schema: PolicySchema.schema).search(.term(text), limit: limit, offset: offset)
        if a.hits != b.hits || a.total != b.total { differing.append("\(text) \(limit) \(offset)") }
      }
    }
    #expect(withImpacts >= 3, "only \(withImpacts) terms with impacts in every segment")
    #expect(differing.isEmpty, "ranked differently: \(differing.prefix(5))")
  }

  /// The records grouped by document, each group stored as one document (as
  /// `zhengce index` stores a file), the copy's documents marked like its records.
  var documents: [(id: String, records: [IndexRecord])] {
    var out: [(id: String, records: [IndexRecord])] = []
    for r in records {
      let id = r.document + (r.id.hasSuffix("'") ? "'" : "")
      if out.last?.id == id { out[out.count - 1].records.append(r) } else { out.append((id, [r])) }
    }
    return out
  }

  private func add(_ documents: ArraySlice<(id: String, records: [IndexRecord])>, to writer: IndexWriter) {
    for d in documents {
      writer.store(StoredDocument(id: d.id, parts: [Array(d.id.utf8)]), records: d.records.count)
      for r in d.records { writer.add(r) }
    }
  }

  /// Deletion marks leave documents out of every answer: a generation whose
  /// updates deleted documents in earlier segments answers every query as the
  /// index of the documents left, in the same order, in one segment.
  @Test(arguments: [true, false])
  func deletedDocumentsAreLeftOut(positions: Bool) throws {
    let documents = self.documents
    #expect(documents.count == 10)
    let dir = TestIndex.temporaryDirectory()
    let freshDir = TestIndex.temporaryDirectory()
    defer {
      TestIndex.remove(dir)
      TestIndex.remove(freshDir)
    }
    let first = IndexWriter(positions: positions)
    add(documents[0..<4], to: first)
    try first.commit(to: IndexDirectory(path: dir))
    // Each update deletes documents by their place among those still there, and adds some.
    for (adding, deletingIDs) in [(4..<7, [documents[1].id]), (7..<10, [documents[0].id, documents[4].id, documents[8].id])] {
      let previous = try IndexReader(directory: dir)
      let live = try (0..<previous.storedDocuments.count).map { try previous.storedDocuments.entry($0).id }
      let writer = IndexWriter(positions: positions)
      add(documents[adding], to: writer)
      try writer.commit(
        appendingTo: previous, deleting: deletingIDs.compactMap { live.firstIndex(of: $0) }, lock: try IndexWriteLock(IndexDirectory(path: dir)),
        sources: [], builder: "")
    }
    let many = try IndexReader(directory: dir)
    // documents[8] was added by the last update: it is not deleted by it.
    let kept = documents.enumerated().filter { ![0, 1, 4].contains($0.offset) }.map(\.element)
    #expect(many.segments.count == 3 && many.meta.deleted == [0, 1] && many.meta.segments?.first?.deleted == [0])
    #expect(try (0..<many.storedDocuments.count).map { try many.storedDocuments.entry($0).id } == kept.map(\.id))
    let fresh = IndexWriter(positions: positions)
    add(kept[...], to: fresh)
    try fresh.commit(to: IndexDirectory(path: freshDir))
    let one = try IndexReader(directory: freshDir)
    #expect(many.documentCount == one.documentCount && many.averageLength == one.averageLength)
    #expect(try many.allRecords(as: IndexRecord.self) == one.allRecords(as: IndexRecord.self))
    for k in 0..<one.storedDocuments.count {
      let records = many.storedDocuments.records(k)
      #expect(records.map { many.id($0) } == one.storedDocuments.records(k).map { one.id($0) })
      #expect(many.storedDocuments.document(holding: records.lowerBound) == k)
    }

    let queries = [Query.all] + (try SubstringPropertyTests.queries())
    var differing: [String] = []
    for q in queries {
      for (limit, offset, facets) in [(0, 0, true), (10, 0, false), (10, 20, false)] {
        let x = try Searcher(reader: one, schema: PolicySchema.schema).search(q, limit: limit, offset: offset, facets: facets)
        let y = try Searcher(reader: many, schema: PolicySchema.schema).search(q, limit: limit, offset: offset, facets: facets)
        let same = x.total == y.total && x.facets == y.facets
          && x.hits.map { [one.id($0.doc): $0.score] } == y.hits.map { [many.id($0.doc): $0.score] }
        if !same { differing.append("\(q) limit \(limit)") }
      }
    }
    #expect(differing.isEmpty, "answered differently: \(differing.prefix(5))")
  }
}
