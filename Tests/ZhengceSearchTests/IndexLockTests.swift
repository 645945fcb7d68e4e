import Foundation
import Testing
@testable import ZhengceSearch

/// One writer at a time, readers pinned to their generation, meta.json checked
/// (issue 20: concurrent writers left CURRENT on a deleted generation, readers
/// were told "corrupt" during an update, hand edits to meta.json went unseen).
@Suite struct IndexLockTests {
  // Measures of corpus/hunan-2018-deep-poverty-plan.txt and corpus/shaanxi-ankang-2020-consolidation-plan.txt.
  static let first = [TestRecord(id: "a", document: "d", text: "深度贫困地区以武陵山片区为主体区域,突出湘西自治州这个主战场。")]
  static let second = [TestRecord(id: "b", document: "d", text: "新增脱贫攻坚资金、新增脱贫攻坚项目、新增脱贫攻坚举措主要用于深度贫困地区。")]

  @Test func aSecondWriterIsRefusedWhenItWillNotWait() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    do {
      let held = try IndexWriteLock(IndexDirectory(path: dir))
      _ = withExtendedLifetime(held) {
        #expect(throws: IndexError.busy(path: dir)) { try IndexWriteLock(IndexDirectory(path: dir), wait: false) }
      }
    }
    // Released with the lock object: the next writer gets it at once.
    #expect(throws: Never.self) { try IndexWriteLock(IndexDirectory(path: dir), wait: false) }
  }

  @Test func aReaderKeepsItsGenerationThroughLaterCommits() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    _ = try TestIndex.build(Self.first, at: dir)
    let reader = try IndexReader(directory: dir)
    _ = try TestIndex.build(Self.second, at: dir)
    _ = try TestIndex.build(Self.second, at: dir)
    // The pinned generation is still on disk and still answers; the unpinned one between was removed.
    let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix("gen-") }.sorted()
    #expect(names == ["gen-000001", "gen-000003"])
    #expect(try reader.record(0, as: TestRecord.self).id == "a")
    #expect(try IndexReader(directory: dir).record(0, as: TestRecord.self).id == "b")
  }

  @Test func anUnpinnedGenerationIsRemovedByTheNextCommit() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    _ = try TestIndex.build(Self.first, at: dir)
    do { _ = try IndexReader(directory: dir) }
    _ = try TestIndex.build(Self.second, at: dir)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["CURRENT", "LOCK", "gen-000002"])
  }

  @Test func anEditedMetaJSONIsCorrupt() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    _ = try TestIndex.build(Self.first, at: dir)
    let generation = try #require(IndexDirectory(path: dir).currentGeneration())
    let meta = generation + "/meta.json"
    let text = try String(contentsOfFile: meta, encoding: .utf8)
    let edited = text.replacingOccurrences(of: "\"documents\" : 1", with: "\"documents\" : 2")
    #expect(edited != text)
    try edited.write(toFile: meta, atomically: false, encoding: .utf8)
    #expect(throws: IndexError.corrupt(path: meta, reason: "its SHA-256 is not the one in meta.json.sha256: edited or damaged")) {
      try IndexReader(directory: dir)
    }
  }
}
