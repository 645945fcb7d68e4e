// Document sources a term match walks besides single posting cursors: the
// AND gate, and unions of several terms' postings.

/// The optional set of documents a match must be in, walked in order.
struct Gate {
  private let docs: [Int32]?
  private var i = 0

  init(_ docs: [Int32]?) { self.docs = docs }

  /// The first admitted document ≥ `doc` (`doc` itself when there is no gate), `.max` if none.
  @inline(__always)
  mutating func atOrAfter(_ doc: Int32) -> Int32 {
    guard let docs else { return doc }
    if i < docs.count, docs[i] < doc {
      // Gallop past the smaller documents, then binary search the last step.
      var step = 1
      var lo = i + 1
      while lo + step < docs.count, docs[lo + step] < doc {
        lo += step + 1
        step <<= 1
      }
      var hi = min(docs.count, lo + step + 1)
      while lo < hi {
        let mid = (lo + hi) / 2
        if docs[mid] < doc { lo = mid + 1 } else { hi = mid }
      }
      i = lo
    }
    return i < docs.count ? docs[i] : .max
  }

  mutating func admits(_ doc: Int32) -> Bool { atOrAfter(doc) == doc }
}

/// A sorted set of documents with a bitmap for constant-time membership.
struct Membership {
  let docs: [Int32]
  private let bits: [UInt64]

  init(_ docs: [Int32], documents: Int) {
    self.docs = docs
    var bits = [UInt64](repeating: 0, count: (documents + 63) / 64)
    for d in docs { bits[Int(d) >> 6] |= 1 << UInt64(d & 63) }
    self.bits = bits
  }

  @inline(__always)
  func contains(_ doc: Int32) -> Bool { bits[Int(doc) >> 6] & (1 << UInt64(doc & 63)) != 0 }
}

/// Several terms' documents merged into one sorted list.
struct DocList {
  var docs: [Int32] = []
  private var i = -1

  init(_ reader: IndexReader, _ entries: [Int], within: [Int32]? = nil) {
    let within = within.map { Membership($0, documents: reader.recordSlots) }
    for e in entries {
      var c = reader.cursor(e)
      Self.walk(&c, within) { docs.append($0.doc) }
    }
    guard entries.count > 1 else { return }
    let n = reader.recordSlots
    if docs.count > n / 32 {
      // Many documents: a bitmap sorts and deduplicates in linear time.
      var bits = [UInt64](repeating: 0, count: (n + 63) / 64)
      for d in docs { bits[Int(d) >> 6] |= 1 << UInt64(d & 63) }
      docs.removeAll(keepingCapacity: true)
      for (w, word) in bits.enumerated() where word != 0 {
        var rest = word
        while rest != 0 {
          docs.append(Int32(w * 64 + rest.trailingZeroBitCount))
          rest &= rest - 1
        }
      }
      return
    }
    docs.sort()
    var w = 0
    for d in docs where w == 0 || docs[w - 1] != d {
      docs[w] = d
      w += 1
    }
    docs.removeLast(docs.count - w)
  }

  /// Calls `body` at each document of the cursor that `within` admits: a short
  /// posting list is read whole against the membership bitmap, a long one
  /// skips to each admitted document.
  @inline(__always)
  static func walk(_ c: inout PostingCursor, _ within: Membership?, _ body: (inout PostingCursor) -> Void) {
    if let within, c.docFreq <= 8 * within.docs.count {
      while c.next() {
        if within.contains(c.doc) { body(&c) }
      }
      return
    }
    var gate = Gate(within?.docs)
    guard c.next() else { return }
    while true {
      let next = gate.atOrAfter(c.doc)
      if next == .max { return }
      if next != c.doc {
        guard c.advance(to: next) else { return }
        continue
      }
      body(&c)
      guard c.next() else { return }
    }
  }

  var doc: Int32 { i < 0 ? -1 : (i < docs.count ? docs[i] : .max) }

  mutating func advance(to target: Int32) -> Bool {
    while doc < target {
      i += 1
      if i >= docs.count { return false }
    }
    return true
  }
}

/// Several terms' postings merged into one sorted list of documents, each with
/// its shifted match starts in order.
struct PositionList {
  var docs: [Int32] = []
  private var ranges: [Int] = [0]
  private var starts: [Int32] = []

  init(_ reader: IndexReader, _ members: [(Int, Int32)], within: [Int32]?) {
    let within = within.map { Membership($0, documents: reader.recordSlots) }
    // (doc, start) packed so that integer order is pair order; one sorted run per member.
    var keys: [UInt64] = []
    var runs: [Int] = [0]
    for (entry, shift) in members {
      var c = reader.cursor(entry, positions: true)
      DocList.walk(&c, within) { c in
        for k in 0..<Int(c.freq) { keys.append(Self.key(c.doc, c.position(k) + shift)) }
      }
      if keys.count > runs[runs.count - 1] { runs.append(keys.count) }
    }
    Self.mergeRuns(&keys, runs)
    for (k, key) in keys.enumerated() where k == 0 || keys[k - 1] != key {
      let doc = Int32(truncatingIfNeeded: key >> 32)
      if docs.last != doc {
        if !docs.isEmpty { ranges.append(starts.count) }
        docs.append(doc)
      }
      starts.append(Int32(bitPattern: UInt32(truncatingIfNeeded: key) ^ 0x8000_0000))
    }
    if !docs.isEmpty { ranges.append(starts.count) }
  }

  @inline(__always)
  private static func key(_ doc: Int32, _ start: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: doc)) << 32 | UInt64(UInt32(bitPattern: start) ^ 0x8000_0000)
  }

  /// Sorts `keys` made of sorted runs starting at `bounds` (plus the end) by merging runs pairwise.
  private static func mergeRuns(_ keys: inout [UInt64], _ bounds: [Int]) {
    var bounds = bounds
    guard bounds.count > 2 else { return }
    var other = [UInt64](repeating: 0, count: keys.count)
    while bounds.count > 2 {
      var next: [Int] = [0]
      keys.withUnsafeBufferPointer { src in
        other.withUnsafeMutableBufferPointer { dst in
          var r = 0
          while r + 1 < bounds.count {
            let lo = bounds[r]
            let mid = bounds[r + 1]
            let hi = r + 2 < bounds.count ? bounds[r + 2] : mid
            var i = lo
            var j = mid
            var w = lo
            while i < mid, j < hi {
              if src[i] <= src[j] {
                dst[w] = src[i]
                i += 1
              } else {
                dst[w] = src[j]
                j += 1
              }
              w += 1
            }
            while i < mid {
              dst[w] = src[i]
              i += 1
              w += 1
            }
            while j < hi {
              dst[w] = src[j]
              j += 1
              w += 1
            }
            next.append(hi)
            r += 2
          }
        }
      }
      swap(&keys, &other)
      bounds = next
    }
  }

  /// Number of starts over all documents.
  var startCount: Int { starts.count }

  /// Indices of the `i`th document's starts (for `start(_:)`).
  @inline(__always)
  func startRange(_ i: Int) -> Range<Int> { ranges[i]..<ranges[i + 1] }

  @inline(__always)
  func start(_ j: Int) -> Int32 { starts[j] }
}
