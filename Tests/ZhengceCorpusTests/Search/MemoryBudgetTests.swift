import Foundation
import Testing
import ZhengceCorpus
import ZhengceSearch
import ZhengceTestSupport

/// A writer under a tiny memory budget spills many segments and merges them
/// (in the background, then into the generation); what it publishes must be
/// the index one segment in memory gives: the same files, byte for byte, and
/// the same answers to every query of the property test.
@Suite struct MemoryBudgetTests {
  /// The corpus twice over (the second copy's ids marked), for more segments.
  let records = TestIndex.corpusRecords + TestIndex.corpusRecords.map { r in
    var copy = r
    copy.id += "'"
    return copy
  }

  /// Builds the corpus in `dir`, 12 records at a time, alternately one by one
  /// and on two cores, and returns the writer.
  func build(at dir: String, budget: Int?, positions: Bool) throws -> IndexWriter {
    let writer = IndexWriter(positions: positions, memoryBudget: budget, workDirectory: dir)
    let records = self.records
    for (k, start) in stride(from: 0, to: records.count, by: 12).enumerated() {
      let batch = Array(records[start..<min(records.count, start + 12)])
      if k % 2 == 0 {
        for r in batch { writer.add(r) }
      } else {
        writer.add(parts: 2) { (part: Int, add: (IndexRecord) -> Void) in
          for r in batch[(part * batch.count / 2)..<((part + 1) * batch.count / 2)] { add(r) }
        }
      }
    }
    try writer.commit(to: IndexDirectory(path: dir))
    return writer
  }

  @Test(arguments: [true, false])
  func aTinyBudgetPublishesTheSingleSegmentIndex(positions: Bool) throws {
    let single = TestIndex.temporaryDirectory()
    let tiny = TestIndex.temporaryDirectory()
    defer {
      TestIndex.remove(single)
      TestIndex.remove(tiny)
    }
    _ = try build(at: single, budget: nil, positions: positions)
    let writer = try build(at: tiny, budget: IndexWriter.minimumMemoryBudget, positions: positions)
    #expect(writer.flushes >= 16, "only \(writer.flushes) segments spilled")
    #expect(writer.merges >= 2, "only \(writer.merges) background merges")
    // Nothing is left of the spilled segments.
    #expect(try FileManager.default.contentsOfDirectory(atPath: tiny).sorted() == ["CURRENT", "LOCK", "gen-000001"])

    let files = try FileManager.default.contentsOfDirectory(atPath: single + "/gen-000001").sorted()
    #expect(files.count == 9)
    for file in files {
      let a = FileManager.default.contents(atPath: single + "/gen-000001/" + file)
      let b = FileManager.default.contents(atPath: tiny + "/gen-000001/" + file)
      #expect(a != nil && a == b, "\(file) differs")
    }

    let one = try IndexReader(directory: single)
    let spilled = try IndexReader(directory: tiny)
    let queries = try SubstringPropertyTests.queries()
    var differing: [String] = []
    for q in queries {
      let a = try Searcher(reader: one, schema: PolicySchema.schema).search(q, limit: 0)
      let b = try Searcher(reader: spilled, schema: PolicySchema.schema).search(q, limit: 0)
      if a.hits != b.hits || a.total != b.total { differing.append(q.description) }
    }
    #expect(queries.count == 1900)
    #expect(differing.isEmpty, "answered differently: \(differing.prefix(5))")
  }
}
