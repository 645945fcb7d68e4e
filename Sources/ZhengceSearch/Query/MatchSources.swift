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

/// Several terms' documents merged into one sorted list.
struct DocList {
  var docs: [Int32] = []
  private var i = -1

  init(_ reader: IndexReader, _ entries: [Int], within: [Int32]? = nil) {
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

  /// Calls `body` at each document of the cursor that the gate admits, skipping the rest.
  @inline(__always)
  static func walk(_ c: inout PostingCursor, _ within: [Int32]?, _ body: (inout PostingCursor) -> Void) {
    var gate = Gate(within)
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
  private var i = -1

  init(_ reader: IndexReader, _ members: [(Int, Int32)], within: [Int32]?) {
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
    if pairDocs.count < n / 16 {
      var pairs = Array(zip(pairDocs, pairStarts))
      pairs.sort { $0 < $1 }
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

  var doc: Int32 { i < 0 ? -1 : (i < docs.count ? docs[i] : .max) }

  mutating func next() -> Bool {
    i += 1
    return i < docs.count
  }

  mutating func advance(to target: Int32) -> Bool {
    while doc < target {
      if !next() { return false }
    }
    return true
  }

  /// The current document's starts.
  var positionCount: Int { i >= 0 && i < docs.count ? ranges[i + 1] - ranges[i] : 0 }

  /// The current document's `k`th start, in increasing order.
  @inline(__always)
  func position(_ k: Int) -> Int32 { starts[ranges[i] + k] }
}
