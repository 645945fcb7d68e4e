import Foundation
import Testing
@testable import ZhengceSearch

/// Atomic commits, corruption detection and version refusal.
@Suite struct IndexDurabilityTests {
  static let first = [TestRecord(id: "old#1", document: "old", text: "旧的索引内容:扶贫。")]
  static let second = [TestRecord(id: "new#1", document: "new", text: "新的索引内容:搬迁。")]

  @Test func interruptedBuildLeavesThePreviousIndexUsable() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    _ = try TestIndex.build(Self.first, at: dir)
    for failAfter in 0..<FileFormat.Part.allCases.count {
      let writer = IndexWriter()
      for r in Self.second { writer.add(r) }
      writer.failAfterFiles = failAfter
      #expect(throws: IndexError.self) { try writer.commit(to: IndexDirectory(path: dir)) }
      let reader = try IndexReader(directory: dir)
      #expect(try TestIndex.ids(reader, "扶贫") == ["old#1"])
      #expect(try TestIndex.ids(reader, "搬迁").isEmpty)
    }
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
    #expect(leftovers == ["CURRENT", "LOCK", "gen-000001"])
    // The next complete build replaces it and removes the old generation.
    _ = try TestIndex.build(Self.second, at: dir)
    let reader = try IndexReader(directory: dir)
    #expect(try TestIndex.ids(reader, "搬迁") == ["new#1"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["CURRENT", "LOCK", "gen-000002"])
  }

  @Test(arguments: FileFormat.Part.allCases.map(\.rawValue))
  func flippedByteIsDetected(part: String) throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    _ = try TestIndex.build(Self.first + Self.second, at: dir)
    let file = dir + "/gen-000001/\(part).zx"
    var bytes = try #require(FileManager.default.contents(atPath: file))
    bytes[bytes.count - 1] ^= 0x40
    try bytes.write(to: URL(fileURLWithPath: file))
    // Opening checks the small tables' checksums and every part's layout; `verify()` reads the rest.
    do throws(IndexError) {
      let reader = try IndexReader(directory: dir)
      let corrupt = IndexError.corrupt(path: file, reason: "checksum mismatch")
      #expect(reader.verify(records: TestRecord.self).filter { $0.problem != nil } == [VerifiedFile(name: part + ".zx", bytes: bytes.count, problem: corrupt)])
    } catch {
      guard case .corrupt(let path, _) = error else {
        Issue.record("\(error)")
        return
      }
      #expect(path == file)
    }
  }

  @Test func truncatedFileIsDetected() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    _ = try TestIndex.build(Self.first, at: dir)
    let file = dir + "/gen-000001/postings.zx"
    let bytes = try #require(FileManager.default.contents(atPath: file))
    try bytes.prefix(bytes.count - 1).write(to: URL(fileURLWithPath: file))
    let error = #expect(throws: IndexError.self) { try IndexReader(directory: dir) }
    #expect(error?.description.hasPrefix(file + ": corrupt index (length") == true)
  }

  @Test func otherFormatVersionIsRefused() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    _ = try TestIndex.build(Self.first, at: dir)
    let file = dir + "/gen-000001/meta.json"
    let text = try String(contentsOfFile: file, encoding: .utf8)
    try text.replacingOccurrences(of: "\"version\" : \(FileFormat.version)", with: "\"version\" : 0").write(
      toFile: file, atomically: true, encoding: .utf8)
    let error = #expect(throws: IndexError.self) { try IndexReader(directory: dir) }
    #expect(error == .versionMismatch(path: file, found: 0, expected: FileFormat.version))
    #expect(error?.description.hasSuffix("rebuild with zhengce index") == true)
  }

  @Test func missingIndexIsReported() {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    #expect(throws: IndexError.missing(path: dir)) { try IndexReader(directory: dir) }
  }

  @Test func storedRecordsRoundTrip() throws {
    let record = TestRecord(
      id: "d#3", document: "d", genre: "plan", province: "湖南省", region: ["湘西州", "花垣县"], year: "2018",
      heading: "加大", text: "加大投入。",
      departments: [.init(name: "省财政厅", family: "财政", role: "lead"), .init(name: "省乡村振兴局", role: "support")],
      topics: ["资金"])
    let reader = try TestIndex.build([record, TestRecord(id: "e#1", document: "e", text: "x")])
    #expect(try reader.record(0, as: TestRecord.self) == record)
    #expect(try reader.record(1, as: TestRecord.self) == TestRecord(id: "e#1", document: "e", text: "x"))
    #expect(reader.id(1) == "e#1")
  }
}
