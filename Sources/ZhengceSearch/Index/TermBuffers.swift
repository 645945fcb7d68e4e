/// Per-term postings under construction, in manually managed memory: the
/// build's hot loop appends a varint per token, and Swift arrays of arrays
/// would pay a uniqueness check (or a copy) on every append.
final class TermBuffers {
  private var states: UnsafeMutablePointer<TermState>
  private var capacity: Int
  private(set) var count = 0
  /// Bytes the terms' buffers have allocated (for a writer's memory budget).
  private(set) var bufferBytes = 0
  private let keepPositions: Bool

  init(positions: Bool, capacity: Int = 1 << 14) {
    keepPositions = positions
    self.capacity = capacity
    states = .allocate(capacity: capacity)
  }

  deinit {
    for t in 0..<count {
      states[t].docs.free()
      states[t].positions.free()
    }
    states.deallocate()
  }

  func newTerm() -> Int32 {
    if count == capacity {
      let bigger = UnsafeMutablePointer<TermState>.allocate(capacity: capacity * 2)
      bigger.moveInitialize(from: states, count: count)
      states.deallocate()
      states = bigger
      capacity *= 2
    }
    (states + count).initialize(to: TermState())
    count += 1
    return Int32(count - 1)
  }

  /// Files one term's tokens of a batch, in document then position order. The
  /// term's state is worked on as a local copy, so the loop keeps it in registers.
  func addRun(
    _ term: Int32, docs: UnsafePointer<Int32>, positions: UnsafePointer<Int32>, count: Int,
    headingEnds: UnsafePointer<UInt32>
  ) {
    var s = states[Int(term)]
    let before = s.docs.capacity + s.positions.capacity
    for j in 0..<count {
      let doc = docs[j]
      let position = positions[j]
      if s.currentDoc != doc {
        if s.currentDoc >= 0 { Self.flush(&s) }
        s.currentDoc = doc
        s.freq = 0
        s.lastPosition = 0
        // Positions rise within a document, so its first one decides.
        s.inHeading = position < Int32(bitPattern: headingEnds[Int(doc)])
      }
      s.freq &+= 1
      if keepPositions {
        s.positions.appendVarint(UInt32(bitPattern: position &- s.lastPosition))
        s.lastPosition = position
      }
    }
    bufferBytes += s.docs.capacity + s.positions.capacity - before
    states[Int(term)] = s
  }

  func addKeyword(_ term: Int32, doc: Int32) {
    let s = states + Int(term)
    guard s.pointee.currentDoc != doc else { return }
    let before = s.pointee.docs.capacity
    if s.pointee.currentDoc >= 0 { Self.flush(&s.pointee) }
    bufferBytes += s.pointee.docs.capacity - before
    s.pointee.currentDoc = doc
    s.pointee.freq = 1
    s.pointee.inHeading = false
  }

  /// Writes the pending document entry of every term.
  func finish() {
    for t in 0..<count where states[t].currentDoc >= 0 {
      Self.flush(&states[t])
      states[t].currentDoc = -1
    }
  }

  /// Term `t`'s streams as built (see `RawSegment`).
  func streams(_ t: Int32) -> TermStreams {
    let s = states[Int(t)]
    return TermStreams(
      docs: UnsafeBufferPointer(start: s.docs.base, count: s.docs.count),
      positions: UnsafeBufferPointer(start: s.positions.base, count: s.positions.count), docFreq: Int(s.docFreq),
      lastDoc: s.lastWrittenDoc)
  }

  /// Appends the documents (plus `docBase`), flags ((freq − 1) << 1 |
  /// inHeading) and absolute positions of one term's streams (`TermStreams`);
  /// positions are read only when `positions` is not empty.
  static func decode(
    docs d: UnsafeBufferPointer<UInt8>, positions p: UnsafeBufferPointer<UInt8>, docFreq n: Int, docBase: Int32,
    docs: inout [Int32], flags: inout [UInt32], positions: inout [UInt32]
  ) {
    guard let dBase = d.baseAddress else { return }
    let firstDoc = docs.count
    let firstPosition = positions.count
    docs.append(contentsOf: repeatElement(0, count: n))
    flags.append(contentsOf: repeatElement(0, count: n))
    // Each position takes at least one byte, so the byte count bounds them.
    positions.append(contentsOf: repeatElement(0, count: p.count))
    var written = 0
    docs.withUnsafeMutableBufferPointer { docs in
      flags.withUnsafeMutableBufferPointer { flags in
        positions.withUnsafeMutableBufferPointer { positions in
          var i = 0
          var j = 0
          var doc: Int32 = 0
          var k = firstDoc
          var w = firstPosition
          while i < d.count && k < firstDoc + n {
            let v = Varint.read(dBase, &i)
            doc += Int32(bitPattern: v >> 2)
            let freq = v & 1 != 0 ? 1 : Varint.read(dBase, &i)
            docs[k] = docBase + doc
            flags[k] = (freq - 1) << 1 | (v >> 1) & 1
            k += 1
            guard let pBase = p.baseAddress, j < p.count else { continue }
            var position: UInt32 = 0
            for _ in 0..<freq {
              position &+= Varint.read(pBase, &j)
              positions[w] = position
              w += 1
            }
          }
          written = w - firstPosition
        }
      }
    }
    positions.removeLast(p.count - written)
  }

  @inline(__always)
  private static func flush(_ s: inout TermState) {
    let delta = UInt32(bitPattern: s.currentDoc - s.lastWrittenDoc)
    let f = s.freq
    s.docs.appendVarint(delta << 2 | (s.inHeading ? 2 : 0) | (f == 1 ? 1 : 0))
    if f != 1 { s.docs.appendVarint(UInt32(bitPattern: f)) }
    s.lastWrittenDoc = s.currentDoc
    s.docFreq += 1
  }
}

private struct TermState {
  var currentDoc: Int32 = -1
  var lastWrittenDoc: Int32 = 0
  var freq: Int32 = 0
  var lastPosition: Int32 = 0
  var docFreq: Int32 = 0
  var inHeading = false
  var docs = ByteStream()
  var positions = ByteStream()
}

/// A growable byte buffer in malloc'd memory.
private struct ByteStream {
  var base: UnsafeMutablePointer<UInt8>?
  var count = 0
  var capacity = 0

  @inline(__always)
  mutating func appendVarint(_ value: UInt32) {
    if capacity &- count < 5 { grow() }
    guard let p = base else { return }
    var v = value
    var c = count
    while v >= 0x80 {
      p[c] = UInt8(truncatingIfNeeded: v) | 0x80
      c &+= 1
      v >>= 7
    }
    p[c] = UInt8(truncatingIfNeeded: v)
    count = c &+ 1
  }

  private mutating func grow() {
    let bigger = max(16, capacity * 2)
    let p = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
    if let base {
      p.moveInitialize(from: base, count: count)
      base.deallocate()
    }
    base = p
    capacity = bigger
  }


  mutating func free() {
    base?.deallocate()
    base = nil
  }
}
