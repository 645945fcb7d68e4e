import Dispatch
import Foundation
import ZhengceCore

/// A document containing a term, with how often and whether once in its heading.
struct TermMatch: Sendable {
  var doc: Int32
  var tf: Int32
  var inHeading: Bool
}

/// Where one part of a match writes its matches: a slice of a list allocated
/// by the caller (`TermMatcher.inParts`), as long as the part can fill.
struct MatchSink: @unchecked Sendable {
  let base: UnsafeMutablePointer<TermMatch>
  let capacity: Int
  private(set) var count = 0

  init(_ base: UnsafeMutablePointer<TermMatch>, capacity: Int) {
    self.base = base
    self.capacity = capacity
  }

  @inline(__always)
  mutating func append(_ match: TermMatch) {
    precondition(count < capacity, "more matches than the driving list has documents")
    (base + count).initialize(to: match)
    count += 1
  }
}

/// Finds the documents that contain a string as an exact substring, from the
/// dictionary and postings alone (an index built without positions confirms
/// terms of three or more characters on the stored text instead).
///
/// The term is split like the text (`Analyzer.fragments`). Because every
/// scalar of the character stream starts exactly one gram:
/// - one character: the union of all grams starting with it (the unigram and
///   every bigram `X?`, one dictionary range); tf is exact, it counts positions;
/// - two characters: the one bigram;
/// - longer runs: bigrams covering the run at the right offsets, matched by position;
/// - a letter/digit fragment matches a word equal to it in the middle of the
///   term, a word ending with it at the start, a word starting with it at the
///   end, and any word containing it when it is the whole term.
struct TermMatcher {
  let reader: IndexReader
  /// When set, only these documents (sorted) are considered: an AND passes
  /// the matches so far, so later terms skip everything else.
  var within: [Int32]?
  /// A driving list of this many documents per core is matched in parts (`inParts`).
  var documentsPerPart = TermMatcher.defaultDocumentsPerPart

  init(reader: IndexReader, within: [Int32]? = nil) {
    self.reader = reader
    self.within = within
  }

  /// How a term is answered.
  enum Plan {
    case nothing
    /// Documents of any of these entries (weight multiplies the frequency).
    case union([(Int, Int)])
    /// Documents where every constraint has a token at the same match start.
    case constrained([[Member]])
  }

  func matches(_ term: String) -> [TermMatch] {
    switch plan(term) {
    case .nothing: return []
    case .union(let entries): return union(entries)
    case .constrained(let constraints):
      return reader.meta.positions ? positional(constraints) : confirmed(term, constraints)
    }
  }

  /// The one dictionary entry whose postings are exactly the term's matches,
  /// frequencies included (a run of two characters; a word met once inside
  /// one indexed word), when the term is answered so.
  func singleEntry(_ term: String) -> Int? { Self.singleEntry(of: plan(term)) }

  /// `singleEntry` of a term already planned.
  static func singleEntry(of plan: Plan) -> Int? {
    guard case .union(let entries) = plan, entries.count == 1, entries[0].1 == 1 else { return nil }
    return entries[0].0
  }

  /// An upper bound of the term's document frequency, from the dictionary alone.
  func estimatedDocFreq(_ term: String) -> Int { estimatedDocFreq(of: plan(term)) }

  /// `estimatedDocFreq` of a term already planned.
  func estimatedDocFreq(of plan: Plan) -> Int {
    func sum(_ entries: [Int]) -> Int { entries.reduce(0) { $0 + reader.terms.docFreq($1) } }
    let n: Int
    switch plan {
    case .nothing: n = 0
    case .union(let entries): n = sum(entries.map(\.0))
    case .constrained(let constraints): n = constraints.map { sum($0.map(\.entry)) }.min() ?? 0
    }
    return min(n, reader.documentCount)
  }

  /// Whether `term` is answered by matching tokens at the same position
  /// (`Plan.constrained`): reading positions, or the stored text in an index
  /// built without them. One run of one or two characters, or one word, is not.
  static func matchesByPosition(_ term: String) -> Bool {
    let fragments = Analyzer.fragments(term)
    guard fragments.count == 1 else { return fragments.count > 1 }
    if case .chars(let c) = fragments[0].kind { return c.count > 2 }
    return false
  }

  /// - Parameter joiningRarerGram: a bigram outside the cover joins it
  ///   whenever its list is shorter than the cover's shortest, not only under
  ///   half of it: what a ranking of the best hits wants, since it then drives
  ///   and its frequency bounds the term's more tightly (`ConjunctionRanker`).
  func plan(_ term: String, joiningRarerGram: Bool = false) -> Plan {
    let fragments = Analyzer.fragments(term)
    guard !fragments.isEmpty else { return .nothing }
    if !Self.matchesByPosition(term) {
      switch fragments[0].kind {
      case .chars(let c) where c.count == 1:
        return .union(Array(reader.terms.range(prefix: TermSpace.gramKey(c))).map { ($0, 1) })
      case .chars(let c):
        guard let e = reader.terms.find(TermSpace.gramKey(c)) else { return .nothing }
        return .union([(e, 1)])
      case .word(let w):
        return .union(wordEntries { $0.count(of: w) })
      }
    }
    var constraints: [[Member]] = []
    for (i, fragment) in fragments.enumerated() {
      let r = Int32(fragment.offset)
      let hasNext = i + 1 < fragments.count
      let hasPrevious = i > 0
      switch fragment.kind {
      case .chars(let c) where c.count == 1:
        if hasNext {
          guard let e = reader.terms.find(TermSpace.gramKey(c)) else { return .nothing }
          constraints.append([Member(entry: e, shift: -r)])
        } else {
          constraints.append(reader.terms.range(prefix: TermSpace.gramKey(c)).map { Member(entry: $0, shift: -r) })
        }
      case .chars(let c):
        // Every bigram of the run must be in the index, so one absent ends the
        // search here. A bigram outside the cover joins it when its list is under
        // half the cover's shortest: it then drives the intersection, and pays
        // for the extra list it reads (measured at one million measures).
        var entries: [Int] = []
        for k in 0..<(c.count - 1) {
          guard let e = reader.terms.find(TermSpace.gramKey([c[k], c[k + 1]])) else { return .nothing }
          entries.append(e)
        }
        func docFreq(_ k: Int) -> Int { reader.terms.docFreq(entries[k]) }
        var offsets = Self.coverOffsets(c.count)
        let rarest = entries.indices.min { docFreq($0) < docFreq($1) }!
        if let shortest = offsets.map(docFreq).min(), docFreq(rarest) * (joiningRarerGram ? 1 : 2) < shortest { offsets.append(rarest) }
        for k in offsets { constraints.append([Member(entry: entries[k], shift: -(r + Int32(k)))]) }
      case .word(let w):
        let length = w.utf8.count
        if hasPrevious && hasNext {
          guard let e = reader.terms.find(TermSpace.wordKey(w)) else { return .nothing }
          constraints.append([Member(entry: e, shift: -r)])
        } else if hasNext {
          constraints.append(
            wordEntries { $0.hasSuffix(w) ? 1 : 0 }.map { Member(entry: $0.0, shift: Int32(wordLength($0.0) - length)) })
        } else {
          constraints.append(
            reader.terms.range(prefix: TermSpace.wordKey(w)).map { Member(entry: $0, shift: -r) })
        }
      }
      if constraints.last?.isEmpty ?? true { return .nothing }
    }
    return .constrained(constraints)
  }

  /// Without positions: documents that have every constraint's terms, confirmed
  /// (and counted) by finding the term in their stored text.
  private func confirmed(_ term: String, _ all: [[Member]]) -> [TermMatch] {
    // The text check is exact, so constraints only prune: keep single terms and,
    // of the unions, only one that is the rarest of all.
    let estimates = all.map { $0.reduce(0) { $0 + reader.terms.docFreq($1.entry) } }
    let rarest = estimates.indices.min { estimates[$0] < estimates[$1] } ?? 0
    let constraints = all.indices.filter { all[$0].count == 1 || $0 == rarest }.map { all[$0] }
    var cursors: [PostingCursor] = []
    var lists: [DocList] = []
    var order: [(Bool, Int, Int)] = []
    for members in constraints {
      if members.count == 1 {
        let c = reader.cursor(members[0].entry)
        order.append((false, cursors.count, c.docFreq))
        cursors.append(c)
      } else {
        let l = DocList(reader, members.map(\.entry))
        order.append((true, lists.count, l.docs.count))
        lists.append(l)
      }
    }
    order.sort { $0.2 < $1.2 }
    func doc(_ k: Int) -> Int32 { order[k].0 ? lists[order[k].1].doc : cursors[order[k].1].doc }
    func advance(_ k: Int, _ target: Int32) -> Bool {
      order[k].0 ? lists[order[k].1].advance(to: target) : cursors[order[k].1].advance(to: target)
    }
    let finder = TextFinder(term)
    var gate = Gate(within)
    var out: [TermMatch] = []
    guard advance(0, 0) else { return [] }
    var target = doc(0)
    outer: while true {
      var agreed = true
      for k in 1..<order.count {
        guard advance(k, target) else { break outer }
        let d = doc(k)
        if d > target {
          guard advance(0, d) else { break outer }
          target = doc(0)
          agreed = false
          break
        }
      }
      if !agreed { continue }
      let next = gate.atOrAfter(target)
      if next != target {
        guard next != .max, advance(0, next) else { break }
        target = doc(0)
        continue
      }
      let found = reader.withText(target) { finder.occurrences(in: $0, headingEnd: reader.headingEnd(target)) }
      if found.count > 0 { out.append(TermMatch(doc: target, tf: found.count, inHeading: found.inHeading)) }
      guard advance(0, target + 1) else { break }
      target = doc(0)
    }
    return out
  }

  /// Offsets of the bigrams that cover a run of `n` ≥ 2 scalars: 0, 2, 4 … and n-2.
  static func coverOffsets(_ n: Int) -> [Int] {
    var out = Array(stride(from: 0, to: n - 1, by: 2))
    if out.last != n - 2 { out.append(n - 2) }
    return out
  }

  struct Member {
    var entry: Int
    var shift: Int32
  }

  /// Word entries with a weight (occurrences of the fragment in the word), weight > 0 only.
  private func wordEntries(_ weight: (String) -> Int) -> [(Int, Int)] {
    let prefix: [UInt8] = [TermSpace.word.rawValue]
    return reader.terms.range(prefix: prefix).compactMap { i in
      let key = reader.terms.key(i)
      let w = weight(String(decoding: UnsafeBufferPointer(rebasing: key[1...]), as: UTF8.self))
      return w > 0 ? (i, w) : nil
    }
  }

  private func wordLength(_ entry: Int) -> Int { reader.terms.key(entry).count - 1 }

  /// Documents of any of the entries; tf sums frequency × weight.
  private func union(_ entries: [(Int, Int)]) -> [TermMatch] {
    if entries.count == 1 {
      var c = reader.cursor(entries[0].0)
      var out: [TermMatch] = []
      let w = Int32(entries[0].1)
      if let within {
        for d in within {
          guard c.advance(to: d) else { break }
          if c.doc == d { out.append(TermMatch(doc: d, tf: c.freq * w, inHeading: c.inHeading)) }
        }
        return out
      }
      out.reserveCapacity(c.docFreq)
      while c.next() { out.append(TermMatch(doc: c.doc, tf: c.freq * w, inHeading: c.inHeading)) }
      return out
    }
    var all: [TermMatch] = []
    for (e, weight) in entries {
      var c = reader.cursor(e)
      let w = Int32(weight)
      while c.next() { all.append(TermMatch(doc: c.doc, tf: c.freq * w, inHeading: c.inHeading)) }
    }
    all.sort { $0.doc < $1.doc }
    var out: [TermMatch] = []
    var gate = Gate(within)
    for m in all where gate.admits(m.doc) {
      if let last = out.last, last.doc == m.doc {
        out[out.count - 1].tf += m.tf
        out[out.count - 1].inHeading = last.inHeading || m.inHeading
      } else {
        out.append(m)
      }
    }
    return out
  }

  /// Documents where every constraint has a token at the same match start.
  /// All single terms: their cursors walk in step (`positional(_:_:)`). With a
  /// union: the rarest constraint's starts are listed, then each other
  /// constraint's postings, read only for documents still alive, mark the starts
  /// they hit; a start survives when every constraint marked it in turn.
  private func positional(_ constraints: [[Member]]) -> [TermMatch] {
    let estimates = constraints.map { $0.reduce(0) { $0 + reader.terms.docFreq($1.entry) } }
    let order = constraints.indices.sorted { estimates[$0] < estimates[$1] || (estimates[$0] == estimates[$1] && $0 < $1) }
    if constraints.allSatisfy({ $0.count == 1 }) {
      return positional(order.map { reader.cursor(constraints[$0][0].entry, positions: true) }, order.map { constraints[$0][0].shift })
    }
    let base = PositionList(reader, constraints[order[0]].map { ($0.entry, $0.shift) }, within: within)
    let n = reader.recordSlots
    guard !base.docs.isEmpty, n > 0 else { return [] }
    // Document number → its index in `base.docs` (only those entries are written).
    let slot = UnsafeMutablePointer<Int32>.allocate(capacity: n)
    defer { slot.deallocate() }
    for (i, d) in base.docs.enumerated() { slot[Int(d)] = Int32(i) }
    var level = [Int32](repeating: 0, count: base.startCount)
    var alive = base.docs
    for (c, k) in order.dropFirst().enumerated() {
      let need = Int32(c)
      let membership = Membership(alive, documents: n)
      level.withUnsafeMutableBufferPointer { level in
        for m in constraints[k] {
          var cursor = reader.cursor(m.entry, positions: true)
          DocList.walk(&cursor, membership) { cursor in
            let range = base.startRange(Int(slot[Int(cursor.doc)]))
            var j = range.lowerBound
            for q in 0..<Int(cursor.freq) {
              let p = cursor.position(q) + m.shift
              while j < range.upperBound, base.start(j) < p { j += 1 }
              if j == range.upperBound { break }
              if base.start(j) == p, level[j] == need { level[j] = need + 1 }
            }
          }
        }
      }
      alive.removeAll(keepingCapacity: true)
      for (i, d) in base.docs.enumerated() where base.startRange(i).contains(where: { level[$0] == need + 1 }) {
        alive.append(d)
      }
      if alive.isEmpty { return [] }
    }
    let final = Int32(order.count - 1)
    var out: [TermMatch] = []
    out.reserveCapacity(alive.count)
    for d in alive {
      let range = base.startRange(Int(slot[Int(d)]))
      var tf: Int32 = 0
      var first: Int32 = -1
      for j in range where level[j] == final {
        if tf == 0 { first = base.start(j) }
        tf += 1
      }
      out.append(TermMatch(doc: d, tf: tf, inHeading: first < Int32(reader.headingEnd(d))))
    }
    return out
  }

  /// The common case of `positional`: every constraint is one term, rarest first.
  /// A long plan is matched in parts of the document space, one per core
  /// (`inParts`); two grams take `positionalPair`.
  private func positional(_ input: [PostingCursor], _ shifts: [Int32]) -> [TermMatch] {
    inParts(input[0]) { docs, sink in
      if input.count == 2 {
        positionalPair(input[0], input[1], shifts[0], shifts[1], docs: docs, into: &sink)
      } else {
        positional(input, shifts, docs: docs, into: &sink)
      }
    }
  }

  /// Drivers of fewer documents are matched on one core: splitting costs more
  /// than it saves. Measured on the 68 benchmark queries (sums of medians)
  /// since the cursor decodes whole blocks, which makes a rare driver's
  /// candidates dearer: 8,192 → 4,096 took 100k from 14.3–14.5 to 13.8–13.9
  /// ms and 1M from 80.3 to 77.3 ms (`精准扶贫精准脱贫`, 10,737 candidates,
  /// 4.6 → 2.3 ms); 2,048 gained little more, with slower outliers.
  static let defaultDocumentsPerPart = 4_096

  /// The matches of `match` over the whole document space. With a driving
  /// list of `documentsPerPart` documents or more, the space is cut into one
  /// range of documents per core, matched at once; the ranges' matches, in
  /// order, are the whole's. Every part writes into one list allocated here,
  /// as long as the driver's documents allow: lists grown on the threads cost
  /// more in page faults than the split saved (measured).
  private func inParts(
    _ driver: PostingCursor, _ match: @Sendable (Range<Int32>, inout MatchSink) -> Void
  ) -> [TermMatch] {
    let ranges = Self.partRanges(candidates: driver.docFreq, perPart: documentsPerPart, slots: reader.recordSlots)
    let parts = ranges.count
    let bounds = ranges.map { matchBound(driver, $0) }
    return [TermMatch](unsafeUninitializedCapacity: bounds.reduce(0, +)) { buffer, count in
      guard let base = buffer.baseAddress else { return }
      var offset = 0
      let sinks = bounds.map { bound in
        defer { offset += bound }
        return MatchSink(base + offset, capacity: bound)
      }
      if parts == 1 {
        var sink = sinks[0]
        match(ranges[0], &sink)
        count = sink.count
        return
      }
      let written = ConcurrentSlots<Int>(count: parts)
      DispatchQueue.concurrentPerform(iterations: parts) { p in
        var sink = sinks[p]
        match(ranges[p], &sink)
        written.set(p, sink.count)
      }
      var end = 0
      for (p, w) in written.written.enumerated() {
        if sinks[p].base != base + end { (base + end).moveInitialize(from: sinks[p].base, count: w) }
        end += w
      }
      count = end
    }
  }

  /// The document space cut into one range per core (eight at most) for a walk
  /// of `candidates` documents, when each range gets `perPart` or more; the
  /// last range runs to the end.
  static func partRanges(candidates: Int, perPart: Int, slots: Int) -> [Range<Int32>] {
    let n = Int64(slots)
    let parts = min(Cores.available, 8, max(1, candidates / perPart))
    return (0..<parts).map { p in
      Int32(n * Int64(p) / Int64(parts))..<(p == parts - 1 ? Int32.max : Int32(n * Int64(p + 1) / Int64(parts)))
    }
  }

  /// At most how many matches a driving cursor gives in `docs`.
  private func matchBound(_ driver: PostingCursor, _ docs: Range<Int32>) -> Int {
    min(driver.documentsBound(in: docs), within.map { Self.count($0, in: docs) } ?? .max)
  }

  /// The documents of the increasing list `docs` in `range`.
  private static func count(_ docs: [Int32], in range: Range<Int32>) -> Int {
    func firstIndex(notBelow d: Int32) -> Int {
      var lo = 0
      var hi = docs.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if docs[mid] < d { lo = mid + 1 } else { hi = mid }
      }
      return lo
    }
    return firstIndex(notBelow: range.upperBound) - firstIndex(notBelow: range.lowerBound)
  }

  /// Match starts of every cursor, rarest first, intersected in a scratch
  /// buffer straight from the packed positions, for the documents in `docs`.
  private func positional(_ input: [PostingCursor], _ shifts: [Int32], docs: Range<Int32>, into out: inout MatchSink) {
    var cs = input
    let found = MatchStarts()
    let all = Array(cs.indices)
    var gate = Gate(within)
    guard cs[0].advance(to: docs.lowerBound) else { return }
    var target = cs[0].doc
    outer: while target < docs.upperBound {
      let next = gate.atOrAfter(target)
      if next != target {
        guard next != .max, cs[0].advance(to: next) else { break }
        target = cs[0].doc
        continue
      }
      var k = 1
      while k < cs.count {
        guard cs[k].advance(to: target) else { break outer }
        if cs[k].doc > target {
          // A new candidate: it must pass the gate too.
          guard cs[0].advance(to: cs[k].doc) else { break outer }
          target = cs[0].doc
          continue outer
        }
        k += 1
      }
      let n = found.intersect(cs, all, shifts, 0..<cs.count)
      if n > 0 {
        let heading = Int32(reader.headingEnd(target))
        out.append(TermMatch(doc: target, tf: Int32(n), inHeading: found.starts[0] < heading))
      }
      guard cs[0].next() else { break }
      target = cs[0].doc
    }
  }
}

extension TermMatcher {
  /// `positional` for the most common plan, two grams (a term of three or four
  /// characters): the cursors live in locals and the positions merge in place.
  private func positionalPair(
    _ first: PostingCursor, _ second: PostingCursor, _ shiftA: Int32, _ shiftB: Int32, docs: Range<Int32>,
    into out: inout MatchSink
  ) {
    var a = first
    var b = second
    var gate = Gate(within)
    guard a.advance(to: docs.lowerBound) else { return }
    while a.doc < docs.upperBound {
      let target = a.doc
      let next = gate.atOrAfter(target)
      if next != target {
        guard next != .max, a.advance(to: next) else { break }
        continue
      }
      guard b.advance(to: target) else { break }
      if b.doc > target {
        guard a.advance(to: b.doc) else { break }
        continue
      }
      // Starts of a (shifted) that b also has, counted; both lists increase.
      let fa = Int(a.freq)
      let fb = Int(b.freq)
      var i = 0
      var j = 0
      var tf: Int32 = 0
      var first: Int32 = 0
      var x = a.position(0) &+ shiftA
      var y = b.position(0) &+ shiftB
      while true {
        if x < y {
          i &+= 1
          guard i < fa else { break }
          x = a.position(i) &+ shiftA
        } else if y < x {
          j &+= 1
          guard j < fb else { break }
          y = b.position(j) &+ shiftB
        } else {
          if tf == 0 { first = x }
          tf &+= 1
          i &+= 1
          j &+= 1
          guard i < fa, j < fb else { break }
          x = a.position(i) &+ shiftA
          y = b.position(j) &+ shiftB
        }
      }
      if tf > 0 { out.append(TermMatch(doc: target, tf: tf, inHeading: first < Int32(reader.headingEnd(target)))) }
      guard a.next() else { break }
    }
  }
}

extension String {
  /// Occurrences of `needle` in the string, overlapping ones included.
  func count(of needle: String) -> Int {
    let h = Array(utf8)
    let n = Array(needle.utf8)
    guard !n.isEmpty, n.count <= h.count else { return 0 }
    var total = 0
    for i in 0...(h.count - n.count) where h[i] == n[0] && Array(h[i..<(i + n.count)]) == n { total += 1 }
    return total
  }
}
