import Dispatch
import ZhengceCore

/// Runs queries against an open index: exact matching sets, BM25 ranking,
/// top-k, exact totals and facet counts. The schema the index was built with
/// says how filters match and which fields are facets.
public struct Searcher: Sendable {
  public let reader: IndexReader
  public let schema: Schema
  public var bm25 = BM25()
  /// A term's matches are ranked on several cores when each gets at least
  /// this many (`rankedMatches`; below it, splitting costs more than it saves).
  var matchesPerCore = 32_768
  /// The most cores a ranking is shared among.
  var rankingCores = Cores.available
  /// The best hits alone (`best`) are ranked in parts of the document space
  /// when the driving list has this many documents per core.
  var rankingPartDocuments = TermMatcher.defaultDocumentsPerPart

  public init(reader: IndexReader, schema: Schema) {
    self.reader = reader
    self.schema = schema
  }

  /// Ranks the records matching `query`.
  /// - Parameters:
  ///   - limit: hits to return; 0 returns every match.
  ///   - offset: best hits to skip first.
  ///   - facets: count facet values over the whole matching set.
  ///   - facetFields: the fields counted when `facets` is set; nil counts the schema's facets.
  /// - Throws: `IndexError.corrupt` naming a part the query reads whose
  ///   CRC-32 does not match (checked the first time a search reads it).
  public func search(
    _ query: Query, limit: Int = 10, offset: Int = 0, facets: Bool = false, facetFields: [Field]? = nil
  ) throws(IndexError) -> SearchResult {
    try checkParts(read: query)
    if case .term(let s) = query, !s.isEmpty, limit > 0, !facets {
      let matcher = TermMatcher(reader: reader)
      let ranked = matcher.singleEntry(s).map { rankedAsRead($0, limit: limit, offset: offset) }
        ?? rankedMatches(liveMatches(s, matcher), limit: limit, offset: offset)
      try reader.throwIfListDamaged()
      return ranked
    }
    let set = evaluate(query)
    // A damaged list read as empty: the answer is not given.
    try reader.throwIfListDamaged()
    var hits: [SearchHit]
    if offset >= set.docs.count {
      // Past the last match (an offset as large as Int.max included): no hits, and no sum that overflows.
      hits = []
    } else if limit == 0 {
      hits = (0..<set.docs.count).map { SearchHit(doc: set.docs[$0], score: set.scores[$0]) }
      hits.sort { $0.score > $1.score || ($0.score == $1.score && $0.doc < $1.doc) }
      hits = Array(hits.dropFirst(offset))
    } else {
      var top = TopHits(k: offset + min(limit, set.docs.count - offset))
      for i in 0..<set.docs.count { top.offer(set.scores[i], set.docs[i]) }
      hits = top.sorted().dropFirst(offset).map { SearchHit(doc: $0.doc, score: $0.score) }
    }
    return SearchResult(total: set.docs.count, hits: hits, facets: facets ? facetCounts(set.docs, fields: facetFields ?? schema.facets) : [])
  }

  /// A term whose matches are one posting list, ranked as the list is read:
  /// the total is the list's length, and only the best `offset + limit` hits
  /// are kept, with no list of every match and its score in between. The
  /// answer is the one `evaluate` gives (the same frequency, scores and order).
  ///
  /// Once the best hits are found, a group of blocks whose impacts bound its
  /// scores at or below the worst hit kept is skipped unread (a tie goes to
  /// the earlier document, kept already), and in the groups read most
  /// documents are turned away by their length alone.
  private func rankedAsRead(_ entry: Int, limit: Int, offset: Int) -> SearchResult {
    var cursor = reader.cursor(entry)
    let total = cursor.docFreq
    guard offset < total else { return SearchResult(total: total, hits: [], facets: []) }
    let idf = bm25.idf(documentFrequency: total, documents: reader.documentCount)
    let average = reader.averageLength
    var top = TopHits(k: offset + min(limit, total - offset))
    var bar = BM25.LengthBar(bm25, idf: idf, averageLength: average)
    let deletions = reader.hasDeletions
    // Each segment's list in turn, its groups of blocks bounded by its impacts when it has them.
    let pieces = bm25.boundsScoresByImpacts ? reader.impacts(entry) : [(nil, 0...(Int32.max - 1))]
    var from: Int32 = 0
    pieces: for (pieceImpacts, records) in pieces {
      var impacts = pieceImpacts
      for g in 0..<(impacts?.groups ?? 1) {
        let last = impacts.map { $0.lastDoc(ofGroup: g) + records.lowerBound } ?? records.upperBound
        if impacts != nil {
          var bound = 0.0
          impacts?.readGroup { flag, length in
            let score = bm25.score(
              idf: idf, tf: Int32(bitPattern: flag >> 1) + 1, inHeading: flag & 1 != 0, length: length, averageLength: average)
            bound = max(bound, score)
          }
          if top.isFull, let worst = top.worst, bound <= worst {
            from = last + 1
            continue
          }
        }
        guard cursor.advance(to: from) else { break pieces }
        while cursor.doc <= last {
          let doc = cursor.doc
          if deletions, !reader.isLive(doc) {
            guard cursor.next() else { break }
            continue
          }
          let length = reader.length(doc)
          if !top.isFull || bar.admits(tf: cursor.freq, inHeading: cursor.inHeading, length: length) {
            let score = bm25.score(idf: idf, tf: cursor.freq, inHeading: cursor.inHeading, length: length, averageLength: average)
            if top.offer(score, doc), top.isFull, let worst = top.worst { bar.raise(to: worst) }
          }
          guard cursor.next() else { break }
        }
        from = last + 1
      }
    }
    let hits = top.sorted().dropFirst(offset).map { SearchHit(doc: $0.doc, score: $0.score) }
    return SearchResult(total: total, hits: hits, facets: [])
  }

  /// A term's matches ranked without a score for each: the answer `evaluate`
  /// gives (the same scores and order, the exact total), but each core keeps
  /// the best hits of its share of the matches, scoring only the documents
  /// whose length lets them beat its worst hit kept, and the shares' best
  /// hits are merged. Ties go to the earlier document in both.
  private func rankedMatches(_ matches: [TermMatch], limit: Int, offset: Int) -> SearchResult {
    let total = matches.count
    guard offset < total else { return SearchResult(total: total, hits: [], facets: []) }
    let k = offset + min(limit, total - offset)
    let idf = bm25.idf(documentFrequency: total, documents: reader.documentCount)
    let average = reader.averageLength
    let parts = min(rankingCores, max(1, total / matchesPerCore))
    let shares = ConcurrentSlots<[(score: Double, doc: Int32)]>(count: parts)
    DispatchQueue.concurrentPerform(iterations: parts) { p in
      var top = TopHits(k: k)
      var bar = BM25.LengthBar(bm25, idf: idf, averageLength: average)
      for m in matches[(total * p / parts)..<(total * (p + 1) / parts)] {
        let length = reader.length(m.doc)
        guard !top.isFull || bar.admits(tf: m.tf, inHeading: m.inHeading, length: length) else { continue }
        let score = bm25.score(idf: idf, tf: m.tf, inHeading: m.inHeading, length: length, averageLength: average)
        if top.offer(score, m.doc), top.isFull, let worst = top.worst { bar.raise(to: worst) }
      }
      shares.set(p, top.sorted())
    }
    var top = TopHits(k: k)
    for share in shares.written { for hit in share { top.offer(hit.score, hit.doc) } }
    let hits = top.sorted().dropFirst(offset).map { SearchHit(doc: $0.doc, score: $0.score) }
    return SearchResult(total: total, hits: hits, facets: [])
  }

  /// Checks the parts `query` reads before any of their bytes is decoded:
  /// the dictionary always, and in an index without positions the stored
  /// text a long term is confirmed on. Each posting list and its positions
  /// are checked on their own as they are first read (`SegmentReader.checkedEntry`);
  /// a list found damaged before fails the search now.
  func checkParts(read query: Query) throws(IndexError) {
    try reader.check(.terms)
    try reader.throwIfListDamaged()
    guard !reader.meta.positions, query.allTerms.contains(where: TermMatcher.matchesByPosition) else { return }
    // Confirming on the stored text reads records wherever they are: the whole part is checked.
    try reader.check(.store)
  }

  /// The matching documents in order, with scores.
  func evaluate(_ query: Query) -> ScoredSet {
    switch query {
    case .all:
      let live = reader.liveRecords
      return ScoredSet(docs: live, scores: Array(repeating: 0, count: live.count))
    case .term(let s) where s.isEmpty:
      return evaluate(.all)
    case .term(let s):
      return scoredTerm(s, within: nil, estimatedIDF: false)
    case .filter(let field, let value):
      return ScoredSet(filter: filterDocs(field, value))
    case .not(let inner):
      return evaluate(.all).subtracting(evaluate(inner))
    case .or(let items):
      return items.dropFirst().reduce(evaluate(items.first ?? .all)) { $0.union(evaluate($1)) }
    case .and(let items):
      var positives = items.filter { if case .not = $0 { false } else { true } }
      let negatives = items.compactMap { q -> Query? in if case .not(let inner) = q { inner } else { nil } }
      // Filters first (cheap), then terms rarest first, each only over the documents
      // still in the running; scores are summed in the query's order at the end.
      positives.sort { Self.isFilter($0) && !Self.isFilter($1) }
      let matcher = TermMatcher(reader: reader)
      let cost = positives.map { q -> Int in
        if case .term(let s) = q, !s.isEmpty { return matcher.estimatedDocFreq(s) }
        return Self.isFilter(q) ? -1 : Int.max
      }
      let order = positives.indices.sorted { cost[$0] < cost[$1] || (cost[$0] == cost[$1] && $0 < $1) }
      var parts = [ScoredSet?](repeating: nil, count: positives.count)
      var running: [Int32]?
      for k in order {
        if let docs = running, docs.isEmpty { break }
        if case .term(let s) = positives[k], !s.isEmpty {
          // A term matched within the running documents matches only among them.
          let scored = scoredTerm(s, within: running, estimatedIDF: positives.count > 1)
          parts[k] = scored
          running = scored.docs
        } else {
          let scored = evaluate(positives[k])
          parts[k] = scored
          running = running.map { ScoredSet.intersection($0, scored.docs) } ?? scored.docs
        }
      }
      var result: ScoredSet
      if let docs = running {
        // Each document's score sums its parts' in the query's order.
        var scores = [Double](repeating: 0, count: docs.count)
        if !docs.isEmpty { for case let part? in parts { part.addScores(of: docs, to: &scores) } }
        result = ScoredSet(docs: docs, scores: scores)
      } else {
        result = evaluate(.all)
      }
      for q in negatives where !result.docs.isEmpty { result = result.subtracting(evaluate(q)) }
      return result
    }
  }

  static func isFilter(_ q: Query) -> Bool {
    switch q {
    case .filter: return true
    default: return false
    }
  }

  /// A term's matches scored by BM25. Inside an AND the document frequency is
  /// the dictionary's estimate, so scores do not depend on the order of evaluation.
  func scoredTerm(_ term: String, within: [Int32]?, estimatedIDF: Bool) -> ScoredSet {
    let matcher = TermMatcher(reader: reader, within: within)
    let matches = liveMatches(term, matcher)
    let df = estimatedIDF ? max(matches.count, matcher.estimatedDocFreq(term)) : matches.count
    let idf = bm25.idf(documentFrequency: df, documents: reader.documentCount)
    var set = ScoredSet(docs: [], scores: [])
    set.docs.reserveCapacity(matches.count)
    set.scores.reserveCapacity(matches.count)
    for m in matches {
      set.docs.append(m.doc)
      set.scores.append(
        bm25.score(idf: idf, tf: m.tf, inHeading: m.inHeading, length: reader.length(m.doc), averageLength: reader.averageLength))
    }
    return set
  }

  /// `term`'s matches by `matcher`, deleted records left out: lists hold
  /// them too, while an AND's running documents (`within`) do not.
  private func liveMatches(_ term: String, _ matcher: TermMatcher) -> [TermMatch] {
    var matches = matcher.matches(term)
    if reader.hasDeletions, matcher.within == nil { matches.removeAll { !reader.isLive($0.doc) } }
    return matches
  }

  /// Documents filed under a value of `field` (or of the fields it also searches) containing `value`,
  /// or equal to it for a field matching whole values.
  func filterDocs(_ field: Field, _ value: String) -> [Int32] {
    var entries: [Int] = []
    for f in schema.entry(field).searched {
      let prefix = TermSpace.fieldKey(f, "")
      let needle = Array(Analyzer.folded(value).utf8)
      let wholeValue = schema.entry(f).matching == .wholeValue
      for i in reader.terms.range(prefix: prefix) {
        let key = reader.terms.key(i)
        let term = String(decoding: UnsafeBufferPointer(rebasing: key[prefix.count...]), as: UTF8.self)
        // Compared as UTF-8 bytes: Foundation's `contains` traps on a value
        // holding U+0000, which a query can carry, and the standard library's
        // generic `contains` of collections costs more than the rest of a search.
        var folded = Analyzer.folded(term)
        let matched = folded.withUTF8 { bytes in
          wholeValue ? bytes.elementsEqual(needle) : needle.isEmpty || ByteSearch.contains(needle, in: UnsafeRawBufferPointer(bytes))
        }
        if matched { entries.append(i) }
      }
    }
    var docs: [Int32] = []
    for e in entries {
      var c = reader.cursor(e)
      while c.next() { docs.append(c.doc) }
    }
    if reader.hasDeletions { docs.removeAll { !reader.isLive($0) } }
    if entries.count > 1 {
      docs.sort()
      var unique: [Int32] = []
      unique.reserveCapacity(docs.count)
      for d in docs where unique.last != d { unique.append(d) }
      docs = unique
    }
    return docs
  }

  /// For each facet field, its values with the number of matching records, most first.
  func facetCounts(_ docs: [Int32], fields: [Field]) -> [FacetCount] {
    var member = [Bool](repeating: false, count: reader.recordSlots)
    for d in docs { member[Int(d)] = true }
    return fields.map { field in
      let prefix = TermSpace.fieldKey(field, "")
      var values: [(String, Int)] = []
      for i in reader.terms.range(prefix: prefix) {
        var c = reader.cursor(i)
        var n = 0
        while c.next() { if member[Int(c.doc)] { n += 1 } }
        if n > 0 {
          let key = reader.terms.key(i)
          values.append((String(decoding: UnsafeBufferPointer(rebasing: key[prefix.count...]), as: UTF8.self), n))
        }
      }
      values.sort { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
      return FacetCount(field: field, values: values.map { .init(value: $0.0, count: $0.1) })
    }
  }
}

/// What a search returns: the exact number of matches, the hits asked for, facets.
public struct SearchResult: Sendable {
  public var total: Int
  public var hits: [SearchHit]
  public var facets: [FacetCount]
}

/// A ranked match.
public struct SearchHit: Sendable, Hashable {
  public var doc: Int32
  public var score: Double
}

/// Counts of one facet field's values over the matching set.
public struct FacetCount: Sendable, Hashable {
  public struct Value: Sendable, Hashable {
    public var value: String
    public var count: Int
  }
  public var field: Field
  public var values: [Value]
}

/// Matching documents in increasing order with their scores.
struct ScoredSet {
  var docs: [Int32]
  var scores: [Double]

  init(docs: [Int32], scores: [Double]) {
    self.docs = docs
    self.scores = scores
  }

  init(filter docs: [Int32]) {
    self.docs = docs
    scores = Array(repeating: 0, count: docs.count)
  }

  /// The documents in both increasing lists.
  static func intersection(_ a: [Int32], _ b: [Int32]) -> [Int32] {
    var out: [Int32] = []
    out.reserveCapacity(min(a.count, b.count))
    var i = 0
    var j = 0
    while i < a.count, j < b.count {
      if a[i] == b[j] {
        out.append(a[i])
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return out
  }

  /// Adds the scores of `docs`, all of which are in the set, to `scores` (indexed alike).
  func addScores(of docs: [Int32], to scores: inout [Double]) {
    var j = 0
    for (i, d) in docs.enumerated() {
      while self.docs[j] < d { j += 1 }
      scores[i] += self.scores[j]
    }
  }

  func union(_ other: ScoredSet) -> ScoredSet {
    var out = ScoredSet(docs: [], scores: [])
    var i = 0
    var j = 0
    while i < docs.count || j < other.docs.count {
      if j == other.docs.count || (i < docs.count && docs[i] < other.docs[j]) {
        out.docs.append(docs[i]); out.scores.append(scores[i]); i += 1
      } else if i == docs.count || other.docs[j] < docs[i] {
        out.docs.append(other.docs[j]); out.scores.append(other.scores[j]); j += 1
      } else {
        out.docs.append(docs[i]); out.scores.append(scores[i] + other.scores[j]); i += 1; j += 1
      }
    }
    return out
  }

  func subtracting(_ other: ScoredSet) -> ScoredSet {
    var out = ScoredSet(docs: [], scores: [])
    var j = 0
    for i in 0..<docs.count {
      while j < other.docs.count, other.docs[j] < docs[i] { j += 1 }
      if j < other.docs.count, other.docs[j] == docs[i] { continue }
      out.docs.append(docs[i])
      out.scores.append(scores[i])
    }
    return out
  }
}
