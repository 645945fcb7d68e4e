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
    let within = within.map { Membership($0, documents: reader.documentCount) }
    for e in entries {
      var c = reader.cursor(e)
      Self.walk(&c, within) { docs.append($0.doc) }
    }
    guard entries.count > 1 else { return }
    let n = reader.documentCount
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
    let within = within.map { Membership($0, documents: reader.documentCount) }
    var pairDocs: [Int32] = []
    var pairStarts: [Int32] = []
    for (entry, shift) in members {
      var c = reader.cursor(entry)
      DocList.walk(&c, within) { c in
        for k in 0..<Int(c.freq) {
          pairDocs.append(c.doc)
          pairStarts.append(c.position(k) + shift)
        }
      }
    }
    let n = reader.documentCount
    let ordered = members.count == 1
      || (1..<max(1, pairDocs.count)).allSatisfy { (pairDocs[$0 - 1], pairStarts[$0 - 1]) <= (pairDocs[$0], pairStarts[$0]) }
    if ordered || pairDocs.count < n / 16 {
      var pairs = Array(zip(pairDocs, pairStarts))
      if !ordered { pairs.sort { $0 < $1 } }
      for (k, (doc, p)) in pairs.enumerated() {
        if k > 0, pairs[k - 1] == (doc, p) { continue }
        if docs.last != doc {
          if !docs.isEmpty { ranges.append(starts.count) }
          docs.append(doc)
        }
        starts.append(p)
      }
      if !docs.isEmpty { ranges.append(starts.count) }
      return
    }
    // Many pairs: group by document with a counting sort, then order each document's starts.
    var counts = [Int32](repeating: 0, count: n + 1)
    for d in pairDocs { counts[Int(d) + 1] += 1 }
    for d in 0..<n { counts[d + 1] += counts[d] }
    var sorted = [Int32](repeating: 0, count: pairStarts.count)
    var fill = counts
    for (d, p) in zip(pairDocs, pairStarts) {
      sorted[Int(fill[Int(d)])] = p
      fill[Int(d)] += 1
    }
    sorted.withUnsafeMutableBufferPointer { buffer in
      for d in 0..<n where counts[d + 1] > counts[d] {
        let lo = Int(counts[d])
        let hi = Int(counts[d + 1])
        // Insertion sort: a document holds few starts.
        for k in (lo + 1)..<max(lo + 1, hi) {
          let v = buffer[k]
          var j = k
          while j > lo, buffer[j - 1] > v {
            buffer[j] = buffer[j - 1]
            j -= 1
          }
          buffer[j] = v
        }
        docs.append(Int32(d))
        for k in lo..<hi where k == lo || buffer[k] != buffer[k - 1] { starts.append(buffer[k]) }
        ranges.append(starts.count)
      }
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
