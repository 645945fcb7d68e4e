import Dispatch
import ZhengceCore

/// The best `k` documents containing every one of a few terms, ranked by the
/// sum of their BM25 scores, found without listing every match: what a
/// search that shows one page and no total needs.
///
/// Every gram of every term is walked together, the rarest driving. A
/// candidate is a document with all of them (and passing the filters). Its
/// score is bounded before its positions are read: first by the driving gram
/// alone (the other terms at the most a term can add, idf·(k1+1)), then by
/// the rarest gram of each term, then by each term's least gram frequency.
/// A term counts as in the heading unless a gram's first occurrence shows it
/// cannot start there. A candidate whose bound cannot beat the worst hit kept
/// is passed over, and the commoner grams are not read for it; the others are
/// matched by position and scored exactly. The document space is ranked in
/// one part per core, and the parts' best merged.
///
/// A term's grams are those of its plan, joined by any gram rarer than the
/// cover's (`TermMatcher.plan(_:joiningRarerGram:)`): it drives, and its
/// frequency bounds the term's (金融 and 扶贫 occur five times in many a
/// record that holds 金融扶贫 once; 融扶 does not).
///
/// The hits and their order are those of scoring every match the same way
/// (terms summed in the query's order); ties go to the earlier document.
///
/// Tried and not kept (the 68 benchmark queries at one million measures, no
/// faster): skipping groups of blocks by the impacts of one gram, as a
/// one-gram term is ranked (every group held a short record with the term in
/// its heading), bounding a candidate again as each term's grams are all
/// found (a term not yet found can add idf·(k1+1), too much to pass over
/// anything), and every gram of a term instead of the cover and the rarest.
struct ConjunctionRanker {
  private let reader: IndexReader
  private let bm25: BM25
  private let idfs: [Double]
  /// Every gram's list, rarest first, and of each gram: its term, its
  /// offset in the term (negated), whether its positions are read (its term
  /// has more than one gram). Plain arrays beside the cursors, so the loop
  /// reads them without retaining a cursor.
  private let cursors: [PostingCursor]
  private let gramTerm: [Int]
  private let gramShift: [Int32]
  private let positioned: [Bool]
  /// The grams of each term, term after term (`members[memberStart[t]..<memberStart[t + 1]]`), and their shifts.
  private let members: [Int]
  private let memberShifts: [Int32]
  private let memberStart: [Int]
  /// Each term's rarest gram; these are the first `terms.count` grams walked.
  private let representative: [Int]
  private let within: [Int32]?
  /// A driving list of this many documents per core is ranked in parts.
  var documentsPerPart = TermMatcher.defaultDocumentsPerPart

  /// Each term is scored with the dictionary's estimate of its document
  /// frequency, as `Searcher.evaluate` scores the terms of an AND. Nil when a
  /// term is not answered by one entry's postings or by single grams lined up
  /// by position (a one-character term, a word), or the index has no
  /// positions and a term needs them.
  /// - Parameter within: when set, the only documents considered (sorted): the filters' matches.
  init?(_ terms: [String], within: [Int32]?, reader: IndexReader, bm25: BM25) {
    guard !terms.isEmpty, bm25.boundsScoresByImpacts else { return nil }
    let matcher = TermMatcher(reader: reader)
    var grams: [(term: Int, cursor: PostingCursor, shift: Int32, positioned: Bool)] = []
    var idfs: [Double] = []
    for (t, term) in terms.enumerated() {
      // Scored with `search`'s estimate, matched by the plan that joins a rarer gram.
      idfs.append(bm25.idf(documentFrequency: matcher.estimatedDocFreq(of: matcher.plan(term)), documents: reader.documentCount))
      let plan = matcher.plan(term, joiningRarerGram: true)
      if let entry = TermMatcher.singleEntry(of: plan) {
        grams.append((t, reader.cursor(entry), 0, false))
        continue
      }
      guard reader.meta.positions, case .constrained(let constraints) = plan, constraints.allSatisfy({ $0.count == 1 }) else {
        return nil
      }
      for c in constraints { grams.append((t, reader.cursor(c[0].entry, positions: true), c[0].shift, true)) }
    }
    // Walked rarest first, which rules out most documents soonest, except
    // that each term's rarest gram comes before any term's second: one gram
    // of every term bounds a candidate before the commoner grams are read.
    grams.sort { $0.cursor.docFreq < $1.cursor.docFreq }
    var termsSeen = Set<Int>()
    let firsts = grams.indices.filter { termsSeen.insert(grams[$0].term).inserted }
    grams = firsts.map { grams[$0] } + grams.indices.filter { !firsts.contains($0) }.map { grams[$0] }
    representative = terms.indices.map { t in grams.firstIndex { $0.term == t }! }
    cursors = grams.map(\.cursor)
    gramTerm = grams.map(\.term)
    gramShift = grams.map(\.shift)
    positioned = grams.map(\.positioned)
    var members: [Int] = []
    var start = [0]
    for t in terms.indices {
      members += grams.indices.filter { grams[$0].term == t }
      start.append(members.count)
    }
    self.members = members
    memberShifts = members.map { grams[$0].shift }
    memberStart = start
    self.reader = reader
    self.bm25 = bm25
    self.idfs = idfs
    self.within = within
  }

  func best(_ k: Int) -> [(score: Double, doc: Int32)] {
    // Candidates are the driving list's documents, or the filters' when fewer.
    let ranges = TermMatcher.partRanges(
      candidates: min(cursors[0].docFreq, within?.count ?? .max), perPart: documentsPerPart, slots: reader.recordSlots)
    let shares = ConcurrentSlots<[(score: Double, doc: Int32)]>(count: ranges.count)
    DispatchQueue.concurrentPerform(iterations: ranges.count) { p in shares.set(p, best(k, docs: ranges[p])) }
    var top = TopHits(k: k)
    for share in shares.written { for hit in share { top.offer(hit.score, hit.doc) } }
    return top.sorted()
  }

  /// `best` over the documents in `docs`.
  private func best(_ k: Int, docs: Range<Int32>) -> [(score: Double, doc: Int32)] {
    var cursors = self.cursors
    let found = MatchStarts()
    let average = reader.averageLength
    let deletions = reader.hasDeletions
    let terms = idfs.count
    let driverTerm = gramTerm[0]
    // What the terms other than the driver's could add at most.
    let others = idfs.indices.reduce(0.0) { $0 + ($1 == driverTerm ? 0 : idfs[$1] * (bm25.k1 + 1)) }
    var scores = [Double](repeating: 0, count: terms)
    var top = TopHits(k: k)
    // The driving gram's own bound, on a candidate's length: what its term must add to beat the worst hit kept.
    var bar = BM25.LengthBar(bm25, idf: idfs[driverTerm], averageLength: average)
    var gate = Gate(within)
    func score(_ t: Int, _ tf: Int32, _ inHeading: Bool, _ length: Int) -> Double {
      bm25.score(idf: idfs[t], tf: tf, inHeading: inHeading, length: length, averageLength: average)
    }
    guard cursors[0].advance(to: docs.lowerBound) else { return [] }
    var target = cursors[0].doc
    candidates: while target < docs.upperBound {
      let next = gate.atOrAfter(target)
      if next != target {
        guard next != .max, cursors[0].advance(to: next) else { break }
        target = cursors[0].doc
        continue
      }
      let length = reader.length(target)
      let headingEnd = Int32(reader.headingEnd(target))
      // A term may start in the heading only where each gram's first occurrence, less its offset, lies before the heading's end.
      let driverMayHead = positioned[0] ? cursors[0].position(0) &+ gramShift[0] < headingEnd : cursors[0].inHeading
      let driverBeaten =
        top.isFull
        && (!bar.admits(tf: cursors[0].freq, inHeading: driverMayHead, length: length)
          || (terms == 1 && score(0, cursors[0].freq, driverMayHead, length) <= top.worst ?? 0))
      if driverBeaten || (deletions && !reader.isLive(target)) {
        guard cursors[0].next() else { break }
        target = cursors[0].doc
        continue
      }
      for g in 1..<cursors.count {
        if g == terms, terms > 1, top.isFull, let worst = top.worst {
          // Bounded by one gram of each term, summed in the terms' order.
          var bound = 0.0
          for t in 0..<terms {
            let r = representative[t]
            let mayHead = positioned[r] ? cursors[r].position(0) &+ gramShift[r] < headingEnd : cursors[r].inHeading
            bound += score(t, cursors[r].freq, mayHead, length)
          }
          if bound <= worst {
            guard cursors[0].next() else { break candidates }
            target = cursors[0].doc
            continue candidates
          }
        }
        guard cursors[g].advance(to: target) else { break candidates }
        if cursors[g].doc > target {
          guard cursors[0].advance(to: cursors[g].doc) else { break candidates }
          target = cursors[0].doc
          continue candidates
        }
      }
      var bound = 0.0
      for t in 0..<terms {
        var least = Int32.max
        var mayHead = true
        for m in memberStart[t]..<memberStart[t + 1] {
          let g = members[m]
          least = min(least, cursors[g].freq)
          mayHead = mayHead && (positioned[g] ? cursors[g].position(0) &+ gramShift[g] < headingEnd : cursors[g].inHeading)
        }
        bound += score(t, least, mayHead, length)
      }
      // Each term's bound is at least its score, summed in the same order: the sum is at least the candidate's score.
      if !top.isFull || top.worst.map({ bound > $0 }) ?? true {
        var matched = true
        for t in 0..<terms {
          let range = memberStart[t]..<memberStart[t + 1]
          if range.count == 1 {
            let g = members[range.lowerBound]
            scores[t] = score(t, cursors[g].freq, cursors[g].inHeading, length)
            continue
          }
          let n = found.intersect(cursors, members, memberShifts, range)
          guard n > 0 else {
            matched = false
            break
          }
          scores[t] = score(t, Int32(n), found.starts[0] < headingEnd, length)
        }
        if matched, top.offer(scores.reduce(0, +), target), top.isFull, let worst = top.worst {
          bar.raise(to: worst - others)
        }
      }
      guard cursors[0].next() else { break }
      target = cursors[0].doc
    }
    return top.sorted()
  }
}
