/// A growable log of (term, document, position) in manually managed memory,
/// with the scratch that files it term by term (`Segment.fileTokens`). One
/// owner at a time uses it: a segment, or `SegmentBuffers` between segments.
struct TokenLog: @unchecked Sendable {
  static let batch = 1 << 20
  /// A log that holds nothing and allocates nothing (a finished segment's).
  static var empty: TokenLog { TokenLog(batch: 0) }

  /// Tokens logged before they are filed.
  let batch: Int
  private(set) var terms: UnsafeMutablePointer<Int32>
  private(set) var docs: UnsafeMutablePointer<Int32>
  private(set) var positions: UnsafeMutablePointer<Int32>
  /// Room for the logged documents and positions sorted by term.
  private(set) var sortedDocs: UnsafeMutablePointer<Int32>
  private(set) var sortedPositions: UnsafeMutablePointer<Int32>
  private var starts: UnsafeMutablePointer<Int32>
  private var startsCapacity = 0
  private(set) var count = 0
  private var capacity: Int

  init(batch: Int) {
    self.batch = batch
    capacity = batch + min(1 << 16, batch)
    terms = .allocate(capacity: capacity)
    docs = .allocate(capacity: capacity)
    positions = .allocate(capacity: capacity)
    sortedDocs = .allocate(capacity: capacity)
    sortedPositions = .allocate(capacity: capacity)
    starts = .allocate(capacity: 0)
  }

  @inline(__always)
  mutating func append(_ term: Int32, _ doc: Int32, _ position: Int32) {
    if count == capacity { grow() }
    terms[count] = term
    docs[count] = doc
    positions[count] = position
    count += 1
  }

  mutating func removeAll() { count = 0 }

  /// `terms + 1` zeroed counters, for the start of each term's run.
  mutating func runStarts(terms: Int) -> UnsafeMutablePointer<Int32> {
    if startsCapacity < terms + 1 {
      starts.deallocate()
      startsCapacity = max(terms + 1, startsCapacity * 2)
      starts = .allocate(capacity: startsCapacity)
    }
    starts.initialize(repeating: 0, count: terms + 1)
    return starts
  }

  private mutating func grow() {
    capacity = max(16, capacity * 2)
    terms = Self.moved(terms, count, capacity)
    docs = Self.moved(docs, count, capacity)
    positions = Self.moved(positions, count, capacity)
    sortedDocs.deallocate()
    sortedPositions.deallocate()
    sortedDocs = .allocate(capacity: capacity)
    sortedPositions = .allocate(capacity: capacity)
  }

  private static func moved(_ p: UnsafeMutablePointer<Int32>, _ count: Int, _ capacity: Int) -> UnsafeMutablePointer<Int32> {
    let q = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
    q.moveInitialize(from: p, count: count)
    p.deallocate()
    return q
  }

  /// Bytes allocated.
  var bytes: Int { capacity * 20 + startsCapacity * 4 }

  /// Deallocates the log; it may be called again, and nothing is appended after.
  mutating func free() {
    guard capacity >= 0 else { return }
    terms.deallocate()
    docs.deallocate()
    positions.deallocate()
    sortedDocs.deallocate()
    sortedPositions.deallocate()
    starts.deallocate()
    capacity = -1
    startsCapacity = 0
  }
}
