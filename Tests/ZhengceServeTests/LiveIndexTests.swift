import Foundation
import Testing
import ZhengceCorpus
import ZhengceSearch
@testable import ZhengceServe

/// A new generation written by the indexer is picked up without a restart;
/// a snapshot taken before stays readable.
@Suite struct LiveIndexTests {
  @Test func newGenerationIsPickedUp() throws {
    let base = NSTemporaryDirectory() + "zhengce-live-\(getpid())-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: base) }
    let docs = base + "/docs"
    try FileManager.default.createDirectory(atPath: docs, withIntermediateDirectories: true)
    let files = CorpusFiles.expand([try #require(CorpusFiles.bundledDirectory())])
    try FileManager.default.copyItem(atPath: files[0], toPath: docs + "/first.txt")
    let indexer = CorpusIndexer(parser: CorpusParser(parser: try PluginSetup.parser()), builder: "live-test")
    _ = try indexer.update(IndexDirectory(path: base + "/index"), paths: [docs])
    let live = try LiveIndex(directory: base + "/index", parser: indexer.parser, checkInterval: 0)
    let old = live.snapshot()
    let before = old.reader.documentCount

    try FileManager.default.copyItem(atPath: files[1], toPath: docs + "/second.txt")
    _ = try indexer.update(IndexDirectory(path: base + "/index"), paths: [docs])
    let fresh = live.snapshot()
    #expect(fresh.generation != old.generation)
    #expect(fresh.reader.documentCount > before)
    #expect(fresh.sources["second"] != nil)
    // The request that took the old snapshot still reads it.
    #expect((try old.reader.record(Int32(before - 1), as: IndexRecord.self)).document == "first")
  }
}
