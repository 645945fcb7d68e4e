/// Encodes one term's postings in blocks of `blockSize` documents (since format 2):
///
/// ```
/// postings   [skip table when more than one block: per block lastDoc u32,
///            block offset u32, positions offset u32 (both from the term's start)]
///            per block: docWidth u8, flagWidth u8, docExceptions u8, flagExceptions u8,
///            the low bits of (doc − previous doc − 1) packed, of ((freq − 1) << 1 |
///            inHeading) packed, then each exception (a value wider than its width):
///            index u8, varint of the bits above the width; doc ones first
/// positions  per block: width u8, every position of its documents (absolute,
///            in document then position order) packed
/// ```
///
/// The first document of the term counts from −1. Keyword terms have no positions.
///
/// A term of more than `groupBlocks` blocks has, between its skip table and
/// its first block (since format 6), the impacts of each group of
/// `groupBlocks` blocks: a varint count, then pairs of varints (flag as
/// above, the least text length, capped at 65,535, of a document with that
/// flag). They are the group's Pareto front: every document's frequency and
/// heading flag are at most some pair's, with a length at least that pair's.
/// BM25 rises with frequency and falls with length, so the best score a pair
/// gives bounds every score in the group, whatever the ranking parameters,
/// and a top-k ranking skips the groups whose bound cannot beat its worst hit.
struct PostingEncoder {
  static let blockSize = 128
  static let skipEntrySize = 12
  /// Blocks per impact group: a group is skipped or read as a whole.
  static let groupBlocks = 8

  private var scratch: [UInt32] = []
  private var exceptions: [UInt8] = []
  private var impacts = ImpactFront()

  /// Appends the term whose documents are `docs` (increasing), with `flags`
  /// ((freq − 1) << 1 | inHeading) and `positions` (all of them, or none);
  /// `lengths` holds every document's text length, capped at 65,535.
  mutating func encode(
    docs: [Int32], flags: [UInt32], positions: [UInt32], writePositions: Bool, lengths: [UInt16],
    postings: inout [UInt8], positionsOut: inout [UInt8]
  ) {
    let n = docs.count
    let blocks = (n + Self.blockSize - 1) / Self.blockSize
    let termStart = postings.count
    let positionsStart = positionsOut.count
    let table = blocks > 1 ? termStart : -1
    if blocks > 1 { postings.append(contentsOf: repeatElement(0, count: blocks * Self.skipEntrySize)) }
    if blocks > Self.groupBlocks {
      let groupSize = Self.groupBlocks * Self.blockSize
      for lo in stride(from: 0, to: n, by: groupSize) {
        impacts.append(docs[lo..<min(n, lo + groupSize)], flags, lengths, to: &postings)
      }
    }
    var previous: Int32 = -1
    var p = 0
    for b in 0..<blocks {
      let lo = b * Self.blockSize
      let hi = min(n, lo + Self.blockSize)
      if table >= 0 {
        let e = table + b * Self.skipEntrySize
        postings.storeLE(UInt32(bitPattern: docs[hi - 1]), at: e)
        postings.storeLE(UInt32(postings.count - termStart), at: e + 4)
        postings.storeLE(UInt32(positionsOut.count - positionsStart), at: e + 8)
      }
      scratch.removeAll(keepingCapacity: true)
      for i in lo..<hi {
        scratch.append(UInt32(bitPattern: docs[i] - previous - 1))
        previous = docs[i]
      }
      let docWidth = Self.patchedWidth(scratch[...])
      let flagWidth = Self.patchedWidth(flags[lo..<hi])
      let header = postings.count
      postings.append(contentsOf: [UInt8(docWidth), UInt8(flagWidth), 0, 0])
      exceptions.removeAll(keepingCapacity: true)
      postings[header + 2] = Self.appendPatched(scratch[...], width: docWidth, to: &postings, exceptions: &exceptions)
      postings[header + 3] = Self.appendPatched(flags[lo..<hi], width: flagWidth, to: &postings, exceptions: &exceptions)
      postings += exceptions
      guard writePositions else { continue }
      var count = 0
      for i in lo..<hi { count += Int(flags[i] >> 1) + 1 }
      if positions.isEmpty {
        positionsOut.append(0)
        continue
      }
      var maxPosition: UInt32 = 0
      for k in p..<(p + count) { maxPosition |= positions[k] }
      let width = BitPacking.width(maxPosition)
      positionsOut.append(UInt8(width))
      positions.withUnsafeBufferPointer {
        BitPacking.append(UnsafeBufferPointer(rebasing: $0[p..<(p + count)]), width: width, to: &positionsOut)
      }
      p += count
    }
  }
}

extension PostingEncoder {
  /// The packing width that minimises the block's bytes when values wider than
  /// it are stored as exceptions (index u8, varint of the bits above the width).
  static func patchedWidth(_ values: ArraySlice<UInt32>) -> Int {
    withUnsafeTemporaryAllocation(of: Int.self, capacity: 33) { histogram in
      histogram.initialize(repeating: 0)
      for v in values { histogram[BitPacking.width(v)] += 1 }
      var top = 32
      while top > 0, histogram[top] == 0 { top -= 1 }
      var best = top
      var bestCost = BitPacking.bytes(values.count, width: top)
      for w in stride(from: top - 1, through: 0, by: -1) {
        var cost = BitPacking.bytes(values.count, width: w)
        for b in (w + 1)...top where histogram[b] > 0 { cost += histogram[b] * (1 + (b - w + 6) / 7) }
        if cost < bestCost {
          best = w
          bestCost = cost
        }
      }
      return best
    }
  }

  /// Packs the low `width` bits of `values` into `out` and their exceptions into
  /// `exceptions`; returns the number of exceptions.
  static func appendPatched(
    _ values: ArraySlice<UInt32>, width: Int, to out: inout [UInt8], exceptions: inout [UInt8]
  ) -> UInt8 {
    let mask: UInt32 = width >= 32 ? .max : (1 << UInt32(width)) &- 1
    var count: UInt8 = 0
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: values.count) { low in
      for (i, v) in values.enumerated() {
        low[i] = v & mask
        if v > mask {
          exceptions.append(UInt8(i))
          Varint.append(UInt64(v >> UInt32(width)), to: &exceptions)
          count += 1
        }
      }
      BitPacking.append(UnsafeBufferPointer(low), width: width, to: &out)
    }
    return count
  }
}

extension Array where Element == UInt8 {
  mutating func storeLE(_ v: UInt32, at offset: Int) {
    withUnsafeMutableBytes { $0.storeBytes(of: v.littleEndian, toByteOffset: offset, as: UInt32.self) }
  }
}
