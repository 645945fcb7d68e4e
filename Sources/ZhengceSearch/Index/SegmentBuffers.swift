import Synchronization
import ZhengceCore

/// The large buffers of a writer's segments (token logs, stored records),
/// handed from a finished segment to the next one. They are megabytes each,
/// and glibc serves blocks that large from fresh pages of their own: new
/// ones for every segment cost the kernel zeroing and faulting in 5 GB at
/// one million measures.
final class SegmentBuffers: @unchecked Sendable {
  /// Tokens a segment logs before filing them (`TokenLog`).
  let tokenBatch: Int
  private let spare = Mutex<(logs: [TokenLog], stores: [[UInt8]])>(([], []))

  init(tokenBatch: Int) { self.tokenBatch = tokenBatch }

  deinit {
    spare.withLock { spare in
      for i in spare.logs.indices { spare.logs[i].free() }
    }
  }

  /// An empty token log: a spare one, or a new one.
  func takeLog() -> TokenLog {
    spare.withLock { $0.logs.popLast() } ?? TokenLog(batch: tokenBatch)
  }

  /// Keeps `log` for the next segment, or frees it when as many are spare
  /// as there are cores (no more are in use at once).
  func give(_ log: TokenLog) {
    var log = log
    log.removeAll()
    let kept = spare.withLock { spare in
      guard spare.logs.count < Cores.available else { return false }
      spare.logs.append(log)
      return true
    }
    if !kept { log.free() }
  }

  /// An empty byte array for a segment's stored records: a finished
  /// segment's, or a new one with room for `expected` bytes (reserving
  /// spares the copies of an array that doubles its way up).
  func takeStoreBytes(expected: Int) -> [UInt8] {
    if let spare = spare.withLock({ $0.stores.popLast() }) { return spare }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(expected)
    return bytes
  }

  /// Keeps `bytes`' storage for the next segment (as many as there are cores).
  func give(storeBytes bytes: consuming [UInt8]) {
    bytes.removeAll(keepingCapacity: true)
    let bytes = bytes
    spare.withLock { spare in
      if spare.stores.count < Cores.available { spare.stores.append(bytes) }
    }
  }
}
