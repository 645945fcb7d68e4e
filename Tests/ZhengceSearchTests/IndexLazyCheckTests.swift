import Dispatch
import Foundation
import Testing
import ZhengceCore
@testable import ZhengceSearch

/// Opening checks the layout only; a part's CRC-32 is checked the first time
/// a search or a record reads it, and `verify()` reads everything. Damage is
/// always the same `IndexError.corrupt`, never a crash or a wrong answer.
@Suite struct IndexLazyCheckTests {
  static let records = (0..<300).map { i in
    TestRecord(id: "m\(i)", document: "d\(i / 10)", province: i % 2 == 0 ? "湖南省" : "陕西省", text: "第\(i)条 易地扶贫搬迁 产业扶贫 \(i)")
  }

  /// An index of `records` at `dir` with one byte of `part` flipped (in the
  /// postings or positions, one inside the list of the gram `term`); the damaged file's path.
  private static func damaged(
    _ part: FileFormat.Part, at dir: String, positions: Bool = true, term: String = "扶贫"
  ) throws -> String {
    _ = try TestIndex.build(records, at: dir, positions: positions)
    let file = dir + "/gen-000001/" + part.fileName
    var bytes = try #require(FileManager.default.contents(atPath: file))
    var at = bytes.count / 2 + FileFormat.headerSize / 2
    if part == .postings || part == .positions {
      let reader = try IndexReader(directory: dir)
      let entry = try #require(reader.segments[0].dictionary.find(TermSpace.gramKey(term.unicodeScalars.map(\.value))))
      let range = part == .postings ? reader.segments[0].dictionary.entry(entry).docs : reader.segments[0].dictionary.positionBytes(entry)
      at = FileFormat.headerSize + range.lowerBound + range.count / 2
    }
    bytes[at] ^= 0x10
    try bytes.write(to: URL(fileURLWithPath: file))
    return file
  }

  private static func search(_ reader: IndexReader, _ query: String) throws -> SearchResult {
    try Searcher(reader: reader).search(try TestSchema.parser.parse(query), limit: 10)
  }

  /// Each posting list is checked on its own the first time a search reads it.
  @Test func aDamagedPostingListFailsTheSearchesThatReadIt() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    let file = try Self.damaged(.postings, at: dir)
    let listDamage = IndexError.corrupt(path: file, reason: "the postings of the term 扶贫 fail their checksum")
    // A search that does not read the damaged list answers.
    #expect(try Self.search(try IndexReader(directory: dir), "province:湖南 易地").total == 150)
    let reader = try IndexReader(directory: dir)
    #expect(reader.id(0) == "m0")
    #expect(throws: listDamage) { try Self.search(reader, "扶贫") }
    #expect(throws: listDamage) { try Self.search(reader, "产业扶贫") }
    // The answer is kept: the next search fails the same way, whatever it reads.
    #expect(throws: listDamage) { try Self.search(reader, "province:湖南") }
    // The full check reads the whole file first.
    #expect(reader.verify(records: TestRecord.self).compactMap(\.problem) == [.corrupt(path: file, reason: "checksum mismatch")])
  }

  /// A list whose bytes match the file's CRC-32 but not its entry's (a writer's
  /// mistake, or a file pieced together) fails the full check too.
  @Test func verifyChecksEveryListAgainstItsEntry() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    let file = try Self.damaged(.positions, at: dir, term: "产业")
    // Make the file's own CRC-32 agree with the damaged bytes.
    var bytes = try #require(FileManager.default.contents(atPath: file))
    let payload = bytes[FileFormat.headerSize...]
    let crc = payload.withUnsafeBytes { CRC32.checksum($0) }
    withUnsafeBytes(of: crc.littleEndian) { for (k, b) in $0.enumerated() { bytes[12 + k] = b } }
    try bytes.write(to: URL(fileURLWithPath: file))
    let reader = try IndexReader(directory: dir)
    #expect(reader.verify(records: TestRecord.self).compactMap(\.problem)
      == [.corrupt(path: file, reason: "the positions of the term 产业 fail their checksum")])
  }

  @Test func damagedRecordsFailOnlyWhatReadsThem() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    let file = try Self.damaged(.store, at: dir)
    let reader = try IndexReader(directory: dir)
    // With positions, a search does not read the stored text: it answers, and
    // the record it lists fails, checked by its block (or the record tables), not the whole part.
    let result = try Self.search(reader, "扶贫搬迁")
    #expect(result.total == Self.records.count)
    #expect {
      try reader.record(result.hits[0].doc, as: TestRecord.self)
    } throws: { error in
      guard case .corrupt(let path, let reason) = error as? IndexError else { return false }
      return path == file
        && (reason == "record tables fail their checksum" || reason.hasSuffix("is unreadable: its block is damaged"))
    }
    #expect(reader.verify(records: TestRecord.self).map { $0.problem == nil ? $0.name : "damaged" }
      == ["meta.json", "terms.zx", "postings.zx", "positions.zx", "docs.zx", "ids.zx", "damaged", "stored.zx"])
  }

  /// Two characters come from the postings alone. Three or more are confirmed on the
  /// positions (each list checked on its own), or on the stored text (checked
  /// whole) in an index built without positions.
  @Test(arguments: [
    (FileFormat.Part.store, false, "扶贫搬迁", "checksum mismatch"),
    (.positions, true, "易地扶贫", "the positions of the term 扶贫 fail their checksum"),
  ])
  func aDamagedConfirmingPartFailsALongTermButNotAPair(part: FileFormat.Part, positions: Bool, longTerm: String, reason: String) throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    let file = try Self.damaged(part, at: dir, positions: positions)
    let reader = try IndexReader(directory: dir)
    #expect(try Self.search(reader, "搬迁").total == Self.records.count)
    #expect(try Self.search(reader, "扶贫").total == Self.records.count)
    #expect(throws: IndexError.corrupt(path: file, reason: reason)) { try Self.search(reader, longTerm) }
  }

  @Test func aSoundIndexVerifiesEveryFile() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    let reader = try TestIndex.build(Self.records, at: dir)
    let files = reader.verify(records: TestRecord.self)
    #expect(files.map(\.name) == ["meta.json"] + FileFormat.Part.allCases.map(\.fileName))
    #expect(files.allSatisfy { $0.problem == nil && $0.bytes > 0 })
    #expect(files.dropFirst().map(\.bytes) == FileFormat.Part.allCases.map { reader.meta.fileSizes[$0.rawValue] })
  }

  /// Many threads reading one reader race to the first check: one reads the
  /// file, the others wait for its answer; none sees unchecked bytes.
  @Test(arguments: [true, false])
  func threadsSharingAReaderAllGetTheSameAnswer(damaged: Bool) throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    if damaged { _ = try Self.damaged(.postings, at: dir) } else { _ = try TestIndex.build(Self.records, at: dir) }
    let reader = try IndexReader(directory: dir)
    let answers = ConcurrentSlots<String>(count: 64)
    DispatchQueue.concurrentPerform(iterations: 64) { k in
      answers.set(k, (try? Self.search(reader, k % 2 == 0 ? "扶贫" : "易地扶贫搬迁 province:湖南")).map { "\($0.total)" } ?? "corrupt")
    }
    let expected = damaged ? ["corrupt", "corrupt"] : ["300", "150"]
    #expect(answers.written.enumerated().allSatisfy { $0.element == expected[$0.offset % 2] }, "\(answers.written)")
  }
}
