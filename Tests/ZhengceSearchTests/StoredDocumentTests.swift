import Foundation
import Testing
@testable import ZhengceSearch

/// Documents stored beside the records: opaque parts back byte for byte, each
/// document's records found, damage reported instead of trusted.
@Suite struct StoredDocumentTests {
  private static func record(_ id: String) -> TestRecord { TestRecord(id: id, document: "d", text: "扶贫 \(id)") }

  /// Three documents holding 2, 0 and 3 records; the parts include an empty and a large one.
  private static let parts: [[[UInt8]]] = [
    [Array("{\"head\":1}".utf8), [], Array(String(repeating: "易地扶贫搬迁", count: 5000).utf8)],
    [Array("没有措施".utf8)],
    [[0, 1, 2, 255], Array("三".utf8), (0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }],
  ]

  private static func build(at dir: String, stored: Bool = true) throws -> IndexReader {
    let writer = IndexWriter()
    for (id, count) in [("a", 2), ("b", 0), ("c", 3)] {
      if stored { writer.store(StoredDocument(id: id, parts: parts[["a", "b", "c"].firstIndex(of: id) ?? 0]), records: count) }
      writer.add(contentsOf: (0..<count).map { record("\(id)#\($0 + 1)") })
    }
    try writer.commit(to: IndexDirectory(path: dir))
    return try IndexReader(directory: dir)
  }

  @Test func partsComeBackAsStoredWithTheirRecords() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    let reader = try Self.build(at: dir)
    let stored = reader.storedDocuments
    #expect(stored.count == 3)
    #expect((0..<3).map(stored.records) == [0..<2, 2..<2, 2..<5])
    #expect((0..<6).map { stored.document(holding: Int32($0)) } == [0, 0, 2, 2, 2, nil])
    let inflater = Inflater()
    for k in 0..<3 {
      let entry = try stored.entry(k)
      #expect(entry.id == ["a", "b", "c"][k])
      #expect(try (0..<entry.partCount).map { try entry.part($0, with: inflater) } == Self.parts[k])
      // What an update carries over is the document as it was stored.
      #expect(entry.document == StoredDocument(id: entry.id, parts: Self.parts[k]))
    }
    #expect(reader.id(4) == "c#3")
  }

  @Test func anIndexOfRecordsOnlyStoresNoDocuments() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    let reader = try Self.build(at: dir, stored: false)
    #expect(reader.storedDocuments.count == 0 && reader.documentCount == 5)
    #expect(reader.storedDocuments.document(holding: 0) == nil)
  }

  @Test func aPartThatDoesNotInflateIsAnError() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    let writer = IndexWriter()
    let bogus = StoredDocument(id: "x", deflated: [.init(length: 10, deflated: [0xFF, 0xFF, 0xFF]), .init(length: 3, deflated: [])])
    writer.store(bogus, records: 1)
    writer.add(Self.record("x#1"))
    try writer.commit(to: IndexDirectory(path: dir))
    let entry = try IndexReader(directory: dir).storedDocuments.entry(0)
    for p in 0..<2 {
      #expect(throws: IndexError.self) { try entry.part(p, with: Inflater()) }
    }
  }

  @Test func aDamagedFileIsRefusedWhenFirstRead() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    let reader = try Self.build(at: dir)
    let file = reader.path + "/stored.zx"
    var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
    bytes[bytes.count - 10] ^= 0x01
    try bytes.write(to: URL(fileURLWithPath: file))
    let damaged = try IndexReader(directory: dir)
    let corrupt = IndexError.corrupt(path: file, reason: "checksum mismatch")
    #expect(throws: corrupt) { try damaged.storedDocuments.entry(0) }
    #expect(throws: corrupt) { try damaged.storedDocuments.check() }
  }

  @Test func damagedRecordsLeaveTheStoredDocumentsReadable() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    let reader = try Self.build(at: dir)
    let file = reader.path + "/store.zx"
    var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
    bytes[bytes.count - 10] ^= 0x01
    try bytes.write(to: URL(fileURLWithPath: file))
    let documents = try IndexReader(directory: dir)
    #expect(try documents.storedDocuments.entry(2).id == "c")
    // The records' one block is checked as it is read (the whole file by --verify).
    #expect(throws: IndexError.corrupt(path: file, reason: "the record of a#1 is unreadable: its block is damaged")) {
      try documents.record(0, as: TestRecord.self)
    }
  }
}
