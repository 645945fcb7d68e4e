/// Walks one term's postings (`PostingEncoder` blocks): documents in order
/// with their frequency and heading flag; whole blocks are skipped through the
/// skip table, a block read is decoded whole at once (its documents and flags,
/// exceptions patched), and positions are read in place only for the documents
/// that ask.
/// In a generation of several segments the term's list in each is a `Part`,
/// read one after the other, its documents numbered past the segments before.
struct PostingCursor {
  /// One segment's list of the term.
  struct Part {
    let base: UnsafePointer<UInt8>
    let positionsBase: UnsafePointer<UInt8>
    let start: Int
    let positionsStart: Int
    /// Documents in the list, and those of them not deleted.
    let docFreq: Int
    let liveDocFreq: Int
    /// The generation's number of the segment's first record.
    let firstRecord: Int32

    /// - Parameter liveDocFreq: the list's documents not deleted, when some are.
    init(_ segment: SegmentReader, entry: TermDictionary.Entry, firstRecord: Int32, liveDocFreq: Int? = nil) {
      base = segment.postingsBase
      positionsBase = segment.positionsBase
      start = entry.docs.lowerBound
      positionsStart = entry.positions
      docFreq = entry.docFreq
      self.liveDocFreq = liveDocFreq ?? entry.docFreq
      self.firstRecord = firstRecord
    }
  }

  private let parts: [Part]
  private let hasPositions: Bool
  /// Documents over every part not deleted. The cursor itself walks every
  /// document of the lists: a search leaves deleted ones out of its answers.
  let docFreq: Int
  /// Documents over every part, deleted ones included: what the cursor walks.
  let listed: Int

  // The part being read.
  private var part = 0
  private var base: UnsafePointer<UInt8>
  private var positionsBase: UnsafePointer<UInt8>
  private var start = 0
  private var positionsStart = 0
  private var blocks = 0
  private var partDocFreq = 0
  private var firstRecord: Int32 = 0

  private var block = -1
  private var count = 0
  private var i = 0
  private var positionWidth = 0
  private var positions: UnsafePointer<UInt8>
  /// The current block decoded: its documents (generation numbers) and flags.
  /// The buffers belong to `decoded`, which a copy of the cursor replaces
  /// before it decodes a block of its own.
  private var decoded: DecodedBlock
  private var blockDocs: UnsafeMutablePointer<Int32>
  private var blockFlags: UnsafeMutablePointer<UInt32>
  /// Index in the block's positions of the current document's first one.
  private var positionIndex = 0
  /// Last document of the current block (`Int32.max` when the part has one block).
  private var blockLast: Int32 = -1
  /// Current document, `Int32.max` once exhausted, -1 before the first `next()`.
  private(set) var doc: Int32 = -1
  private(set) var freq: Int32 = 0
  private(set) var inHeading = false

  /// - Parameters:
  ///   - parts: the term's lists with documents, in segment order.
  ///   - positions: whether the index holds positions.
  init(_ parts: [Part], positions: Bool) {
    self.parts = parts
    hasPositions = positions
    docFreq = parts.reduce(0) { $0 + $1.liveDocFreq }
    listed = parts.reduce(0) { $0 + $1.docFreq }
    base = Self.nothing
    positionsBase = Self.nothing
    self.positions = Self.nothing
    decoded = DecodedBlock()
    blockDocs = decoded.docs
    blockFlags = decoded.flags
    if !parts.isEmpty { enter(0) }
  }

  /// What a cursor with no list points at; never read.
  nonisolated(unsafe) private static let nothing = UnsafePointer(UnsafeMutablePointer<UInt8>.allocate(capacity: 1))

  /// Starts reading part `p`, before its first document.
  private mutating func enter(_ p: Int) {
    let next = parts[p]
    part = p
    base = next.base
    positionsBase = next.positionsBase
    start = next.start
    positionsStart = next.positionsStart
    partDocFreq = next.docFreq
    firstRecord = next.firstRecord
    blocks = (next.docFreq + PostingEncoder.blockSize - 1) / PostingEncoder.blockSize
    block = -1
    count = 0
    i = 0
    freq = 0
  }

  @inline(__always)
  private func skipEntry(_ b: Int, _ field: Int) -> Int {
    Int(UInt32(littleEndian: UnsafeRawPointer(base + start + b * PostingEncoder.skipEntrySize + field).loadUnaligned(as: UInt32.self)))
  }

  @inline(__always)
  private func lastDoc(_ b: Int) -> Int32 { Int32(truncatingIfNeeded: skipEntry(b, 0)) &+ firstRecord }

  private mutating func load(_ b: Int) {
    block = b
    var at = start
    var positionsAt = positionsStart
    if blocks > 1 {
      at += skipEntry(b, 4)
      positionsAt += skipEntry(b, 8)
      blockLast = lastDoc(b)
    } else {
      blockLast = .max
    }
    count = b == blocks - 1 ? partDocFreq - b * PostingEncoder.blockSize : PostingEncoder.blockSize
    decode(at: at, before: b == 0 ? firstRecord &- 1 : lastDoc(b - 1))
    if hasPositions {
      positionWidth = Int(positionsBase[positionsAt])
      positions = positionsBase + positionsAt + 1
    }
    i = -1
    freq = 0
    positionIndex = 0
  }

  /// Decodes the block at `at` into `blockDocs` and `blockFlags`: the packed
  /// values, their exceptions' high bits, then the gaps summed from `previous`.
  @inline(__always)
  private mutating func decode(at: Int, before previous: Int32) {
    if !isKnownUniquelyReferenced(&decoded) {
      decoded = DecodedBlock()
      blockDocs = decoded.docs
      blockFlags = decoded.flags
    }
    let docWidth = Int(base[at])
    let flagWidth = Int(base[at + 1])
    let deltas = base + at + 4
    let flags = deltas + BitPacking.bytes(count, width: docWidth)
    let gaps = UnsafeMutableRawPointer(blockDocs).assumingMemoryBound(to: UInt32.self)
    BitPacking.unpack(deltas, count: count, width: docWidth, into: gaps)
    BitPacking.unpack(flags, count: count, width: flagWidth, into: blockFlags)
    var e = at + 4 + BitPacking.bytes(count, width: docWidth) + BitPacking.bytes(count, width: flagWidth)
    // An exception's index is below `count` in any list its checksum passed; a
    // list written otherwise is read wrong, never out of the buffers.
    for _ in 0..<Int(base[at + 2]) {
      let k = Int(base[e])
      e += 1
      let high = Varint.read(base, &e) << UInt32(docWidth)
      if k < count { gaps[k] |= high }
    }
    for _ in 0..<Int(base[at + 3]) {
      let k = Int(base[e])
      e += 1
      let high = Varint.read(base, &e) << UInt32(flagWidth)
      if k < count { blockFlags[k] |= high }
    }
    var d = previous
    for k in 0..<count {
      d = d &+ Int32(bitPattern: gaps[k]) &+ 1
      blockDocs[k] = d
    }
  }

  /// Moves to the next document; false when there is none.
  @inline(__always)
  mutating func next() -> Bool {
    positionIndex += Int(freq)
    i += 1
    if i >= count {
      if block + 1 >= blocks {
        guard part + 1 < parts.count else {
          doc = .max
          return false
        }
        enter(part + 1)
      }
      load(block + 1)
      i = 0
    }
    doc = blockDocs[i]
    let f = blockFlags[i]
    freq = Int32(bitPattern: f >> 1) + 1
    inHeading = f & 1 != 0
    return true
  }

  /// The first block from `from` on whose last document reaches `target`
  /// (`blocks` when none does); the term has more than one block.
  private func firstBlock(reaching target: Int32, from: Int) -> Int {
    var lo = from
    var hi = blocks
    while lo < hi {
      let mid = (lo + hi) / 2
      if lastDoc(mid) < target { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// At most how many of the term's documents are in `range`: the documents
  /// of the blocks it overlaps, read from the skip table alone.
  func documentsBound(in range: Range<Int32>) -> Int {
    guard parts.count == 1, blocks > 1, !range.isEmpty else { return range.isEmpty ? 0 : listed }
    let first = firstBlock(reaching: range.lowerBound, from: 0)
    guard first < blocks else { return 0 }
    let last = min(blocks - 1, firstBlock(reaching: range.upperBound - 1, from: first))
    return min(listed, (last - first + 1) * PostingEncoder.blockSize)
  }

  /// Moves to the first document ≥ `target`; false when there is none.
  @inline(__always)
  mutating func advance(to target: Int32) -> Bool {
    if doc >= target { return doc != .max }
    if parts.count > 1 {
      // The last part whose segment starts at or before the target holds it, or
      // the target lies past that part's end and the next part's first document follows it.
      var holding = part
      while holding + 1 < parts.count, parts[holding + 1].firstRecord <= target { holding += 1 }
      if holding != part { enter(holding) }
    }
    if blocks > 1, block < 0 || target > blockLast {
      let lo = firstBlock(reaching: target, from: max(block, 0))
      guard lo < blocks else {
        guard part + 1 < parts.count else {
          doc = .max
          return false
        }
        enter(part + 1)
        return next()
      }
      if lo != block { load(lo) }
    }
    // In the block: the first document reaching the target, found in one pass
    // over the decoded documents, and the positions passed summed from their
    // flags; stepping with `next()` stored the cursor's state at every document.
    var k = i &+ 1
    while k < count, blockDocs[k] < target { k &+= 1 }
    if k < count {
      if hasPositions {
        var passed = Int(freq)
        var m = i &+ 1
        while m < k {
          passed &+= Int(blockFlags[m] >> 1) &+ 1
          m &+= 1
        }
        positionIndex &+= passed
      }
      i = k
      doc = blockDocs[k]
      let f = blockFlags[k]
      freq = Int32(bitPattern: f >> 1) + 1
      inHeading = f & 1 != 0
      return true
    }
    while doc < target {
      if !next() { return false }
    }
    return true
  }

  /// The current document's `k`th position (0 ≤ k < freq), in increasing order.
  @inline(__always)
  func position(_ k: Int) -> Int32 {
    Int32(bitPattern: BitPacking.read(positions, positionIndex &+ k, width: positionWidth))
  }
}

/// A cursor reads an immutable mapping its reader keeps alive, and each copy
/// moves on its own (it decodes into buffers of its own): copies can walk
/// parts of one list on several threads.
extension PostingCursor: @unchecked Sendable {}

/// The buffers one block of a posting list is decoded into.
final class DecodedBlock {
  let docs = UnsafeMutablePointer<Int32>.allocate(capacity: PostingEncoder.blockSize)
  let flags = UnsafeMutablePointer<UInt32>.allocate(capacity: PostingEncoder.blockSize)

  deinit {
    docs.deallocate()
    flags.deallocate()
  }
}
