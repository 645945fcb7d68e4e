import Foundation
import ZhengceCore

/// The per-document tables of a build under a memory budget (text lengths
/// and heading ends, ids, stored records compressed in blocks), appended to files in the spill
/// directory as each batch of segments is spilled, so that they are written
/// once: spilled segments hold postings only, merges never copy these, and
/// the generation's `docs.zx`, `ids.zx` and `store.zx` are put together from
/// these files at the end. One flush at a time appends to it (`SpilledSegments`).
final class RecordTableLog: @unchecked Sendable {
  private let lengths: SpillFile
  private let idBytes: SpillFile
  private let idEnds: SpillFile
  /// The stored records' compressed blocks, as `RecordBlockWriter` closes them.
  private let storeFrames: SpillFile
  private var store: RecordBlockWriter
  private(set) var count = 0
  /// Every document's text length capped at 65,535, for the postings' impacts
  /// (two bytes a document stay in memory).
  private(set) var cappedLengths: [UInt16] = []

  init(in directory: String) throws(IndexError) {
    lengths = try SpillFile(directory + "/docs.data")
    idBytes = try SpillFile(directory + "/ids.data")
    idEnds = try SpillFile(directory + "/ids.ends")
    storeFrames = try SpillFile(directory + "/store.data")
    store = RecordBlockWriter(cores: Cores.available)
  }

  /// Appends the segments' ids and stored records, in order.
  func append(_ segments: [Segment]) throws(IndexError) {
    for s in segments {
      var ends: [UInt8] = []
      ends.reserveCapacity(s.count * 8)
      for i in 0..<s.count {
        ends.appendLE(s.lengths[i])
        ends.appendLE(s.headingEnds[i])
      }
      try lengths.append(ends)
      cappedLengths += s.lengths.map(UInt16.capping)
      ends.removeAll(keepingCapacity: true)
      let idBase = UInt64(idBytes.bytes)
      for i in stride(from: 1, through: s.count, by: 1) {
        let end = idBase + UInt64(s.idOffsets[i])
        guard end < UInt64(UInt32.max) else { throw .tooLarge(what: "ids") }
        ends.appendLE(UInt32(end))
      }
      try idEnds.append(ends)
      try idBytes.append(s.ids)
      try store.add(s.store.bytes, offsets: s.storeOffsets) { (frame) throws(IndexError) in try storeFrames.append(frame) }
      count += s.count
    }
  }

  /// Writes the generation's `docs` part (the count, then per document its
  /// length and heading end), its `ids` part (the count, the offsets, the
  /// bytes) or its `store` part (`RecordBlockWriter`'s tables, then its blocks).
  func write(_ part: FileFormat.Part, to file: PartFileWriter) throws(IndexError) {
    var head: [UInt8] = []
    head.appendLE(UInt32(count))
    if part == .docs {
      try file.append(head)
      try file.append(lengths)
      return
    }
    if part == .store {
      let tables = try store.finish { (frame) throws(IndexError) in try storeFrames.append(frame) }
      try file.append(tables)
      try file.append(storeFrames)
      return
    }
    head.appendLE(UInt32(0))
    try file.append(head)
    try file.append(idEnds)
    try file.append(idBytes)
  }
}
