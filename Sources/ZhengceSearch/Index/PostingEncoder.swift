/// Encodes one term's postings in blocks of `blockSize` documents (format 2):
///
/// ```
/// postings   [skip table when more than one block: per block lastDoc u32,
///            block offset u32, positions offset u32 (both from the term's start)]
///            per block: docWidth u8, flagWidth u8, (doc − previous doc − 1) packed,
///            ((freq − 1) << 1 | inHeading) packed
/// positions  per block: width u8, every position of its documents (absolute,
///            in document then position order) packed
/// ```
///
/// The first document of the term counts from −1. Keyword terms have no positions.
struct PostingEncoder {
  static let blockSize = 128
  static let skipEntrySize = 12

  private var scratch: [UInt32] = []

  /// Appends the term whose documents are `docs` (increasing), with `flags`
  /// ((freq − 1) << 1 | inHeading) and `positions` (all of them, or none).
  mutating func encode(
    docs: [Int32], flags: [UInt32], positions: [UInt32], writePositions: Bool,
    postings: inout [UInt8], positionsOut: inout [UInt8]
  ) {
    let n = docs.count
    let blocks = (n + Self.blockSize - 1) / Self.blockSize
    let termStart = postings.count
    let positionsStart = positionsOut.count
    let table = blocks > 1 ? termStart : -1
    if blocks > 1 { postings.append(contentsOf: repeatElement(0, count: blocks * Self.skipEntrySize)) }
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
      var maxDelta: UInt32 = 0
      for i in lo..<hi {
        let d = UInt32(bitPattern: docs[i] - previous - 1)
        maxDelta |= d
        scratch.append(d)
        previous = docs[i]
      }
      var maxFlag: UInt32 = 0
      for i in lo..<hi { maxFlag |= flags[i] }
      let docWidth = BitPacking.width(maxDelta)
      let flagWidth = BitPacking.width(maxFlag)
      postings.append(UInt8(docWidth))
      postings.append(UInt8(flagWidth))
      scratch.withUnsafeBufferPointer { BitPacking.append($0, width: docWidth, to: &postings) }
      flags.withUnsafeBufferPointer { BitPacking.append(UnsafeBufferPointer(rebasing: $0[lo..<hi]), width: flagWidth, to: &postings) }
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

extension Array where Element == UInt8 {
  mutating func storeLE(_ v: UInt32, at offset: Int) {
    withUnsafeMutableBytes { $0.storeBytes(of: v.littleEndian, toByteOffset: offset, as: UInt32.self) }
  }
}
