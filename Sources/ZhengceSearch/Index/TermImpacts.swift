/// Reads a long posting list's impact groups (`PostingEncoder`) in order:
/// the last document of each group of `PostingEncoder.groupBlocks` blocks,
/// and its Pareto front of (flag, least length) pairs, from which a ranking
/// bounds the best score in the group without decoding it.
struct TermImpacts {
  private let base: UnsafePointer<UInt8>
  private let start: Int
  private let blocks: Int
  /// Groups of the term; the last may hold fewer blocks.
  let groups: Int
  /// Offset of the next group's front.
  private var at: Int

  /// Nil when the term is too short to have impacts.
  init?(_ reader: SegmentReader, entry: TermDictionary.Entry) {
    let blocks = (entry.docFreq + PostingEncoder.blockSize - 1) / PostingEncoder.blockSize
    guard blocks > PostingEncoder.groupBlocks else { return nil }
    base = reader.postingsBase
    start = entry.docs.lowerBound
    self.blocks = blocks
    groups = (blocks + PostingEncoder.groupBlocks - 1) / PostingEncoder.groupBlocks
    at = start + blocks * PostingEncoder.skipEntrySize
  }

  /// The last document of group `g`.
  func lastDoc(ofGroup g: Int) -> Int32 {
    let block = min((g + 1) * PostingEncoder.groupBlocks, blocks) - 1
    let entry = UnsafeRawPointer(base + start + block * PostingEncoder.skipEntrySize)
    return Int32(bitPattern: UInt32(littleEndian: entry.loadUnaligned(as: UInt32.self)))
  }

  /// Calls `pair` with each (flag, least length) of the next group's front.
  mutating func readGroup(_ pair: (_ flag: UInt32, _ length: Int) -> Void) {
    let count = Int(Varint.read(base, &at))
    for _ in 0..<count {
      let flag = Varint.read(base, &at)
      pair(flag, Int(Varint.read(base, &at)))
    }
  }
}
