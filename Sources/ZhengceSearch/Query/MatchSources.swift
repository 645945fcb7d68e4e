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
    while i < docs.count, docs[i] < doc { i += 1 }
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
      var gate = Gate(within)
      while c.next() {
        if gate.admits(c.doc) { docs.append(c.doc) }
      }
    }
    docs.sort()
    var w = 0
    for d in docs where w == 0 || docs[w - 1] != d {
      docs[w] = d
      w += 1
    }
    docs.removeLast(docs.count - w)
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
    var pairs: [(Int32, Int32)] = []
    var buffer: [Int32] = []
    for (entry, shift) in members {
      var c = reader.cursor(entry)
      var gate = Gate(within)
      guard c.next() else { continue }
      while true {
        let next = gate.atOrAfter(c.doc)
        if next == .max { break }
        if next != c.doc {
          guard c.advance(to: next) else { break }
          continue
        }
        buffer.removeAll(keepingCapacity: true)
        c.readPositions(shift: shift, into: &buffer)
        for p in buffer { pairs.append((c.doc, p)) }
        guard c.next() else { break }
      }
    }
    pairs.sort { $0 < $1 }
    for (doc, p) in pairs {
      if docs.last != doc {
        if !docs.isEmpty { ranges.append(starts.count) }
        docs.append(doc)
      }
      if docs.last == doc, starts.count > ranges[ranges.count - 1], starts.last == p { continue }
      starts.append(p)
    }
    ranges.append(starts.count)
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

  func positions(into out: inout [Int32]) {
    guard i >= 0, i < docs.count else { return }
    out.append(contentsOf: starts[ranges[i]..<ranges[i + 1]])
  }
}
