import Synchronization

/// Reads the stored records of `store.zx` (`RecordBlockWriter`): a record is
/// found by its block (a binary search of the block table) and read from the
/// block's decompressed bytes. The last few blocks read are kept, so a caller
/// reading records in order decompresses each block once, and ten hits shown
/// cost at most ten blocks. The tables are checked against their CRC-32 once,
/// before the first record is read (`checkTables`), and each block against
/// its frame's checksum as it is decompressed; every table value is also
/// checked where it is read, so damage makes a record unreadable, never a
/// read out of bounds.
final class RecordBlocks: @unchecked Sendable {
  /// Blocks kept decompressed (each about `RecordBlockWriter.blockBytes`).
  static let cachedBlocks = 4

  let records: Int
  private let blocks: Int
  private let payload: UnsafeRawBufferPointer
  private let startsAt: Int
  private let framesAt: Int
  private let recent = Mutex<[(block: Int, bytes: [UInt8])]>([])
  private let tablesChecked = Mutex<Bool?>(nil)
  private let path: String

  /// Checks the part's shape against the record count (`path` names it in the error).
  init(_ payload: UnsafeRawBufferPointer, records: Int, path: String) throws(IndexError) {
    self.payload = payload
    self.records = records
    self.path = path
    guard payload.count >= 12, Int(payload.u32(0)) == records else {
      throw .corrupt(path: path, reason: "record table does not match metadata")
    }
    blocks = Int(payload.u32(4))
    startsAt = 12 + (blocks + 1) * 16
    framesAt = startsAt + records * 4
    // Compared as UInt64: a damaged count or offset may not fit an Int.
    guard UInt64(framesAt) <= UInt64(payload.count), Int(payload.u32(startsAt - 16)) == records,
      payload.u64(startsAt - 8) == UInt64(payload.count - framesAt), (blocks == 0) == (records == 0)
    else { throw .corrupt(path: path, reason: "record table does not match metadata") }
  }

  /// Checks the tables' CRC-32 once; later calls give the same answer.
  /// - Throws: `IndexError.corrupt` naming the part when it does not match.
  func checkTables() throws(IndexError) {
    let ok = tablesChecked.withLock { checked -> Bool in
      if let checked { return checked }
      let tables = UnsafeRawBufferPointer(rebasing: payload[12..<framesAt])
      checked = CRC32.checksum(tables) == payload.u32(8)
      return checked!
    }
    guard ok else { throw .corrupt(path: path, reason: "record tables fail their checksum") }
  }

  /// Calls `body` with the bytes of record `doc`; nil when they are unreadable
  /// (the caller has called `checkTables`).
  func withRecord<T>(_ doc: Int32, _ body: (UnsafeRawBufferPointer) -> T) -> T? {
    let d = Int(doc)
    guard d >= 0, d < records else { return nil }
    let b = block(of: d)
    let first = Int(payload.u32(12 + b * 16))
    let next = Int(payload.u32(12 + (b + 1) * 16))
    guard first <= d, d < next, next <= records, let raw = bytes(of: b) else { return nil }
    let start = Int(payload.u32(startsAt + d * 4))
    let end = d + 1 < next ? Int(payload.u32(startsAt + (d + 1) * 4)) : raw.count
    guard start <= end, end <= raw.count else { return nil }
    return raw.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[start..<end])) }
  }

  /// The block holding record `d`: the last whose first record is at most `d`.
  private func block(of d: Int) -> Int {
    var lo = 0
    var hi = blocks - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if Int(payload.u32(12 + mid * 16)) <= d { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }

  /// Block `b` decompressed, from the recent blocks or the file.
  private func bytes(of b: Int) -> [UInt8]? {
    if let kept = recent.withLock({ $0.first { $0.block == b }?.bytes }) { return kept }
    let rawLength = Int(payload.u32(12 + b * 16 + 4))
    let from = payload.u64(12 + b * 16 + 8)
    let to = payload.u64(12 + (b + 1) * 16 + 8)
    let frames = UInt64(payload.count - framesAt)
    guard from <= to, to <= frames else { return nil }
    let frame = UnsafeRawBufferPointer(rebasing: payload[(framesAt + Int(from))..<(framesAt + Int(to))])
    guard let raw = Zstd.decompress(frame, rawLength: rawLength) else { return nil }
    recent.withLock { kept in
      if kept.count >= Self.cachedBlocks { kept.removeFirst() }
      kept.append((b, raw))
    }
    return raw
  }
}
