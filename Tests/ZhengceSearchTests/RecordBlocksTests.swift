import Foundation
import Testing
@testable import ZhengceSearch

/// The stored records in zstd blocks (`RecordBlockWriter`, `RecordBlocks`):
/// every record comes back as written, in any order; blocks fall where the
/// records put them, however a build cut them into segments; and a damaged
/// table or frame makes records unreadable, never a crash.
@Suite struct RecordBlocksTests {
  /// Every line of the five bundled documents, as records.
  static let records: [[UInt8]] = {
    let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../corpus").standardized
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    return files.flatMap { name -> [[UInt8]] in
      let text = (try? String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)) ?? ""
      return text.split(separator: "\n").map { Array($0.utf8) }
    }
  }()

  /// The part's payload for `records`, given to the writer in segments of `segment` records.
  static func payload(_ records: [[UInt8]], segment: Int) throws -> [UInt8] {
    var writer = RecordBlockWriter(cores: 2)
    var frames: [UInt8] = []
    for start in stride(from: 0, to: records.count, by: segment) {
      var bytes: [UInt8] = []
      var offsets: [UInt64] = [0]
      for r in records[start..<min(records.count, start + segment)] {
        bytes += r
        offsets.append(UInt64(bytes.count))
      }
      try writer.add(bytes, offsets: offsets) { frames += $0 }
    }
    return try writer.finish { frames += $0 } + frames
  }

  @Test func recordsComeBackInAnyOrder() throws {
    let records = Self.records
    #expect(records.count > 400)
    let raw = records.reduce(0) { $0 + $1.count }
    let payload = try Self.payload(records, segment: records.count)
    try payload.withUnsafeBytes { bytes in
      let blocks = try RecordBlocks(bytes, records: records.count, path: "store.zx")
      #expect(Int(bytes.u32(4)) >= raw / RecordBlockWriter.blockBytes)
      try blocks.checkTables()
      var order = Array(records.indices)
      var random = SystemRandomNumberGenerator()
      order.shuffle(using: &random)
      for d in order + Array(records.indices) {
        #expect(blocks.withRecord(Int32(d)) { Array($0) } == records[d], "record \(d)")
      }
      #expect(blocks.withRecord(Int32(records.count)) { _ in true } == nil)
      #expect(blocks.withRecord(-1) { _ in true } == nil)
    }
    // Policy text in 32 KB blocks: about 2.2 × smaller with its tables.
    #expect(Double(raw) / Double(payload.count) > 1.8, "\(raw) bytes stored in \(payload.count)")
  }

  @Test func blocksDoNotDependOnSegments() throws {
    let whole = try Self.payload(Self.records, segment: Self.records.count)
    for segment in [1, 7, 500] { #expect(try Self.payload(Self.records, segment: segment) == whole, "segments of \(segment)") }
  }

  /// A damaged byte of the tables is caught by their checksum (or the shape
  /// checked at open); one of a block by the frame's checksum, which makes
  /// that block's records unreadable and leaves every other record as written.
  @Test func damageIsCaughtWhereItIs() throws {
    let records = Array(Self.records.prefix(300))
    let payload = try Self.payload(records, segment: 100)
    let tables = 12 + (Int(payload.withUnsafeBytes { $0.u32(4) }) + 1) * 16 + records.count * 4
    var refused = 0
    var caught = 0
    var unreadable = 0
    for at in Array(0..<tables) + Array(stride(from: tables, to: payload.count, by: 97)) {
      var damaged = payload
      damaged[at] ^= 0xA5
      try damaged.withUnsafeBytes { bytes in
        guard let blocks = try? RecordBlocks(bytes, records: records.count, path: "store.zx") else {
          refused += 1
          return
        }
        if at < tables {
          #expect(throws: IndexError.self, "byte \(at) of the tables") { try blocks.checkTables() }
          caught += 1
          // Read anyway: out-of-range values are refused, never followed.
          for d in records.indices { _ = blocks.withRecord(Int32(d)) { Array($0) } }
          return
        }
        try blocks.checkTables()
        var lost = 0
        for d in records.indices {
          let read = blocks.withRecord(Int32(d)) { Array($0) }
          if read == nil { lost += 1 } else { #expect(read == records[d], "record \(d) read wrong after byte \(at)") }
        }
        #expect(lost > 0, "byte \(at) of a frame went unnoticed")
        unreadable += lost
      }
    }
    #expect(refused > 0)
    #expect(caught > 0)
    #expect(unreadable > 0)
  }
}
