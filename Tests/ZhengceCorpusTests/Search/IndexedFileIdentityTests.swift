import Foundation
import Testing
import ZhengceCorpus
import ZhengceSearch

/// Every file is indexed once, and every measure id in an index is unique.
@Suite struct IndexedFileIdentityTests {
  static let hunan = "hunan-2018-deep-poverty-plan.txt"
  static let ankang = "shaanxi-ankang-2020-consolidation-plan.txt"

  @Test func aFileNamedTwiceIsIndexedOnce() throws {
    let corpus = try #require(CorpusFiles.bundledDirectory())
    let work = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(work) }
    let directory = IndexDirectory(path: work + "/index")
    let update = try CorpusIndexer(parser: CorpusParser(parser: try PluginSetup.parser()), builder: "test").update(
      directory, paths: [corpus + "/" + Self.hunan, corpus, corpus + "/./" + Self.hunan])
    // 294 numbered measures and 6 preamble measures (前言).
    #expect((update.files, update.parsed, update.measures) == (5, 5, 300))
    #expect(try TestIndex.total(IndexReader(directory: directory.path), "扶贫") == 163)
  }

  @Test func filesSharingAStemGetIdsQualifiedByFolderAndKeepThemAcrossUpdates() throws {
    let corpus = try #require(CorpusFiles.bundledDirectory())
    let work = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(work) }
    for (folder, name) in [("湖南", Self.hunan), ("陕西", Self.ankang)] {
      try FileManager.default.createDirectory(atPath: work + "/docs/" + folder, withIntermediateDirectories: true)
      try FileManager.default.copyItem(atPath: corpus + "/" + name, toPath: work + "/docs/\(folder)/方案.txt")
    }
    let directory = IndexDirectory(path: work + "/index")
    let indexer = CorpusIndexer(parser: CorpusParser(parser: try PluginSetup.parser()), builder: "test")
    let first = try indexer.update(directory, paths: [work + "/docs"])
    // Counts include the preamble measures (前言): one in Hunan's plan, two in Ankang's.
    #expect((first.files, first.parsed, first.measures) == (2, 2, 177))
    let reader = try IndexReader(directory: directory.path)
    let ids = try reader.allRecords(as: IndexRecord.self).map(\.id)
    #expect(Set(ids).count == 177)
    #expect(ids.first == "湖南/方案#1" && ids.last == "陕西/方案#144")
    #expect(try indexer.update(directory, paths: [work + "/docs"]).upToDate)

    // With the other 方案.txt gone, the stem is unique again: the file is parsed again under it.
    try FileManager.default.removeItem(atPath: work + "/docs/陕西")
    let third = try indexer.update(directory, paths: [work + "/docs"])
    #expect((third.parsed, third.unchanged, third.dropped, third.measures) == (1, 0, 1, 33))
    #expect(try IndexReader(directory: directory.path).allRecords(as: IndexRecord.self).first?.id == "方案#1")
  }
}
