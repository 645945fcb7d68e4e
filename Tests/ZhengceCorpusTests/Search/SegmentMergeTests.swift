import Foundation
import Testing
import ZhengceCorpus
import ZhengceSearch

/// Which segments an update merges (`MergePolicy`), and what a merge after an
/// update leaves: the update published first, then the newest segments
/// rewritten as one, the older ones linked as they were, and the answers those
/// of a fresh index of the same files.
@Suite struct SegmentMergeTests {
  private func sizes(_ live: [Int], deleted: [Int] = []) -> [(records: Int, live: Int)] {
    live.indices.map { (live[$0] + (deleted.indices.contains($0) ? deleted[$0] : 0), live[$0]) }
  }

  @Test func theTailMergedIsTheNewestSegmentsSmallBesideTheOneBefore() {
    let policy = MergePolicy(mostSegments: 8)
    // Up to eight segments stay as they are.
    #expect(policy.tail(sizes([5_000] + Array(repeating: 10, count: 7))) == nil)
    // A ninth: the eight small ones merge; the large first one is left.
    #expect(policy.tail(sizes([5_000] + Array(repeating: 10, count: 8))) == 1)
    // The tail grows while the segment before holds less than twice the tail: 10s, then 100 (< 2 × 60), then 300 (< 2 × 160); not 1,000 (≥ 2 × 460).
    #expect(policy.tail(sizes([1_000, 300, 100] + Array(repeating: 10, count: 6))) == 1)
    // Segments of one size all merge.
    #expect(policy.tail(sizes(Array(repeating: 10, count: 9))) == 0)
    // More than a quarter of the records deleted: everything merges, whatever the count.
    #expect(policy.tail(sizes([70, 10], deleted: [30])) == 0)
    // A quarter exactly is not more than a quarter.
    #expect(policy.tail(sizes([75], deleted: [25])) == nil)
  }

  @Test func aMergeAfterAnUpdateRewritesOnlyTheNewestSegments() throws {
    let corpus = try #require(CorpusFiles.bundledDirectory())
    let work = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(work) }
    let docs = work + "/docs"
    try FileManager.default.createDirectory(atPath: docs, withIntermediateDirectories: true)
    func add(_ name: String) throws {
      try FileManager.default.copyItem(atPath: corpus + "/" + name, toPath: docs + "/" + name)
    }
    let directory = IndexDirectory(path: work + "/index")
    var indexer = CorpusIndexer(parser: CorpusParser(parser: try PluginSetup.parser()), builder: "test")
    indexer.mergePolicy = MergePolicy(mostSegments: 2)

    // 144 records (Ankang's plan), then 26 (Xiangxi's opinions) as a second segment.
    try add("shaanxi-ankang-2020-consolidation-plan.txt")
    _ = try indexer.update(directory, paths: [docs])
    let firstGeneration = try #require(directory.currentGeneration())
    let firstPostings = try FileManager.default.attributesOfItem(atPath: firstGeneration + "/postings.zx")[.systemFileNumber] as? Int
    try add("hunan-xiangxi-2016-precision-poverty-opinions.txt")
    let second = try indexer.update(directory, paths: [docs])
    #expect((second.segments, second.merged) == (2, 0))

    // A third segment (Hunan's plan, 33 records) is one too many: the two
    // newest merge (59 records, and 144 is not under twice that); the first is left.
    try add("hunan-2018-deep-poverty-plan.txt")
    let third = try indexer.update(directory, paths: [docs])
    #expect((third.parsed, third.segments, third.merged, third.measures) == (1, 2, 2, 203))
    let reader = try IndexReader(directory: directory.path)
    #expect(reader.segmentSizes.map(\.records) == [144, 59])
    let generation = try #require(directory.currentGeneration())
    // The first segment's files are those the first generation wrote, linked.
    let postings = try FileManager.default.attributesOfItem(atPath: generation + "/postings.zx")[.systemFileNumber] as? Int
    #expect(firstPostings != nil && postings == firstPostings)
    // The update was published before the merge: one generation for each.
    #expect(generation.hasSuffix("/gen-000004"))

    // Every answer is a fresh index's, score for score.
    let freshDirectory = IndexDirectory(path: work + "/fresh")
    _ = try CorpusIndexer(parser: CorpusParser(parser: try PluginSetup.parser()), builder: "test").update(freshDirectory, paths: [docs])
    let fresh = try IndexReader(directory: freshDirectory.path)
    for query in ["扶贫", "易地扶贫搬迁", "province:湖南 产业", "dept:人社局", "教育 OR 医疗", "NOT 扶贫", "genre:意见 搬迁"] {
      let answer = try scored(reader, query)
      #expect(answer == (try scored(fresh, query)), "\(query)")
      #expect(!answer.isEmpty, "\(query)")
    }
    let files = reader.verify(records: IndexRecord.self)
    #expect(files.allSatisfy { $0.problem == nil } && files.contains { $0.name == "seg-1/postings.zx" })
  }

  /// Each hit's measure id and score, sorted by id (a merged index lists tied measures in another order).
  private func scored(_ reader: IndexReader, _ query: String) throws -> [String] {
    try Searcher(reader: reader, schema: PolicySchema.schema).search(try QueryParser.policy.parse(query), limit: 0).hits
      .map { "\(reader.id($0.doc)) \($0.score)" }.sorted()
  }
}
