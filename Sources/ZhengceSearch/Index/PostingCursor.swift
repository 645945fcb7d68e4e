/// Walks one term's postings: documents in order with their frequency and
/// heading flag, decoding positions only for the documents that ask.
struct PostingCursor {
  private let docs: UnsafePointer<UInt8>
  private var p: Int
  private let end: Int
  private let positions: UnsafePointer<UInt8>
  private var q: Int
  private var unreadPositions = 0
  private var previous: Int32 = 0
  /// Current document, `Int32.max` once exhausted, -1 before the first `next()`.
  private(set) var doc: Int32 = -1
  private(set) var freq: Int32 = 0
  private(set) var inHeading = false
  let docFreq: Int
  private let hasPositions: Bool

  init(_ reader: IndexReader, entry: TermDictionary.Entry) {
    docs = reader.postingsBase
    p = entry.docs.lowerBound
    end = entry.docs.upperBound
    positions = reader.positionsBase
    q = entry.positions
    docFreq = entry.docFreq
    hasPositions = reader.meta.positions
  }

  /// Moves to the next document; false when there is none.
  @inline(__always)
  mutating func next() -> Bool {
    if unreadPositions > 0 {
      Varint.skip(unreadPositions, positions, &q)
      unreadPositions = 0
    }
    guard p < end else {
      doc = .max
      return false
    }
    let v = Varint.read(docs, &p)
    previous += Int32(bitPattern: v >> 2)
    doc = previous
    inHeading = v & 2 != 0
    freq = v & 1 != 0 ? 1 : Int32(bitPattern: Varint.read(docs, &p))
    unreadPositions = hasPositions ? Int(freq) : 0
    return true
  }

  /// Moves to the first document ≥ `target`; false when there is none.
  @inline(__always)
  mutating func advance(to target: Int32) -> Bool {
    while doc < target {
      if !next() { return false }
    }
    return true
  }

  /// Appends the current document's positions plus `shift` to `out`, in order.
  mutating func readPositions(shift: Int32, into out: inout [Int32]) {
    var position: Int32 = 0
    for _ in 0..<unreadPositions {
      position += Int32(bitPattern: Varint.read(positions, &q))
      out.append(position + shift)
    }
    unreadPositions = 0
  }
}
