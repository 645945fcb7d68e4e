import Foundation
import Testing
import ZhengceCorpus
import ZhengceSearch

/// `zhengce index DIR`: only changed files are parsed again; deleted ones are dropped.
@Suite struct IncrementalIndexTests {
  @Test func reindexesOnlyWhatChanged() throws {
    let corpus = try #require(CorpusFiles.bundledDirectory())
    let work = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(work) }
    let docs = work + "/docs"
    try FileManager.default.createDirectory(atPath: docs, withIntermediateDirectories: true)
    for name in ["hunan-2018-deep-poverty-plan.txt", "shaanxi-ankang-2020-consolidation-plan.txt"] {
      try FileManager.default.copyItem(atPath: corpus + "/" + name, toPath: docs + "/" + name)
    }
    let directory = IndexDirectory(path: work + "/index")
    let indexer = CorpusIndexer(parser: CorpusParser(parser: try PluginSetup.parser()), builder: "test")

    let first = try indexer.update(directory, paths: [docs])
    // Counts include the preamble measures (前言): one in Hunan's plan, two in Ankang's.
    #expect((first.files, first.parsed, first.unchanged, first.dropped, first.measures) == (2, 2, 0, 0, 177))
    #expect(try TestIndex.total(IndexReader(directory: directory.path), "易地扶贫搬迁") == 3)

    let second = try indexer.update(directory, paths: [docs])
    #expect(second.upToDate && second.parsed == 0 && second.measures == 177)

    let hunan = docs + "/hunan-2018-deep-poverty-plan.txt"
    let text = try String(contentsOfFile: hunan, encoding: .utf8)
    try text.replacingOccurrences(of: "易地扶贫搬迁", with: "易地扶贫迁移").write(toFile: hunan, atomically: true, encoding: .utf8)
    let third = try indexer.update(directory, paths: [docs])
    #expect((third.parsed, third.unchanged, third.dropped, third.measures) == (1, 1, 0, 177))
    let reader = try IndexReader(directory: directory.path)
    // One occurrence in the file is written 易地扶贫 搬迁 (the normaliser joins it), so it stays.
    #expect(try TestIndex.ids(reader, "易地扶贫搬迁").sorted() == [
      "hunan-2018-deep-poverty-plan#12", "shaanxi-ankang-2020-consolidation-plan#45",
    ])
    #expect(try TestIndex.total(reader, "易地扶贫迁移") == 2)

    try FileManager.default.removeItem(atPath: hunan)
    let fourth = try indexer.update(directory, paths: [docs])
    #expect((fourth.parsed, fourth.unchanged, fourth.dropped, fourth.measures) == (0, 1, 1, 144))
    #expect(try TestIndex.total(IndexReader(directory: directory.path), "易地扶贫迁移") == 0)
  }

  @Test func anotherBuilderReparsesEverything() throws {
    let corpus = try #require(CorpusFiles.bundledDirectory())
    let work = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(work) }
    let directory = IndexDirectory(path: work + "/index")
    let file = corpus + "/hunan-2018-deep-poverty-plan.txt"
    _ = try CorpusIndexer(parser: CorpusParser(parser: try PluginSetup.parser()), builder: "one").update(directory, paths: [file])
    let again = try CorpusIndexer(parser: CorpusParser(parser: try PluginSetup.parser()), builder: "two").update(directory, paths: [file])
    #expect(again.parsed == 1 && !again.upToDate)
  }
}

/// With no index named, the bundled corpus is indexed on first use and reused after.
@Suite struct IndexCacheTests {
  @Test func bundledIndexIsBuiltOnceThenReused() throws {
    let root = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(root) }
    let dir = root + "/cache/index"
    let indexer = CorpusIndexer(parser: CorpusParser(parser: try PluginSetup.parser()), builder: IndexCache.builderStamp())
    let first = try IndexCache.bundledIndex(at: dir, corpus: CorpusFiles.bundledDirectory(), indexer: indexer)
    #expect(first.update.files == 5 && first.update.parsed == 5 && !first.update.upToDate)
    #expect(first.reader.documentCount == first.update.measures)
    let second = try IndexCache.bundledIndex(at: dir, corpus: CorpusFiles.bundledDirectory(), indexer: indexer)
    #expect(second.update.upToDate && second.update.parsed == 0)
    #expect(try TestIndex.total(second.reader, "易地扶贫搬迁") == 5)
  }
}

/// A path that does not exist stops the update before anything is written.
@Suite struct IndexMissingPathTests {
  @Test func missingPathLeavesTheIndexAsItWas() throws {
    let corpus = try #require(CorpusFiles.bundledDirectory())
    let work = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(work) }
    let directory = IndexDirectory(path: work + "/index")
    let indexer = CorpusIndexer(parser: CorpusParser(parser: try PluginSetup.parser()), builder: "test")
    let file = corpus + "/hunan-2018-deep-poverty-plan.txt"
    _ = try indexer.update(directory, paths: [file])
    let missing = work + "/no-such-dir"
    let update = try indexer.update(directory, paths: [file, missing])
    #expect(update.failures == [.missing(path: missing)])
    #expect(update.parsed == 0 && update.measures == 0)
    let reader = try IndexReader(directory: directory.path)
    #expect(reader.documentCount == 33)  // with the preamble measure
    #expect(reader.path.hasSuffix("gen-000001"))
    // Into a fresh directory: nothing is created at all.
    let fresh = work + "/fresh"
    _ = try indexer.update(IndexDirectory(path: fresh), paths: [missing])
    #expect(!FileManager.default.fileExists(atPath: fresh))
  }
}
