extension Searcher {
  /// The best hits of `query`, without counting every match: what a caller
  /// that shows one page and no total needs (an engine asked for its top
  /// hits alone). The hits and their order are `search`'s.
  ///
  /// A term matched by position, or an AND of terms and filters, is ranked
  /// by `ConjunctionRanker`, which passes over candidates that cannot beat
  /// the worst hit kept before reading their positions. Such a term alone is
  /// scored with the dictionary's estimate of its document frequency, as
  /// inside an AND: its scores are `search`'s scaled by a constant. Anything
  /// else is `search`'s answer.
  public func best(_ query: Query, limit: Int, offset: Int = 0) throws(IndexError) -> [SearchHit] {
    guard limit > 0, let ranker = ranker(for: query) else { return try search(query, limit: limit, offset: offset).hits }
    try checkParts(read: query)
    let top = ranker.best(offset + limit)
    try reader.throwIfListDamaged()
    return top.dropFirst(offset).map { SearchHit(doc: $0.doc, score: $0.score) }
  }

  /// The ranker of `query` when it is a term matched by position or an AND
  /// of terms and filters that `ConjunctionRanker` can rank.
  func ranker(for query: Query) -> ConjunctionRanker? {
    switch query {
    case .term(let s) where TermMatcher.matchesByPosition(s):
      return ranker([s], filters: [])
    case .and(let items):
      var terms: [String] = []
      var filters: [Query] = []
      for item in items {
        if case .term(let s) = item, !s.isEmpty {
          terms.append(s)
        } else if Self.isFilter(item) {
          filters.append(item)
        } else {
          return nil
        }
      }
      return ranker(terms, filters: filters)
    default:
      return nil
    }
  }

  /// The ranker of `terms` within the documents every filter matches.
  private func ranker(_ terms: [String], filters: [Query]) -> ConjunctionRanker? {
    var within: [Int32]?
    for f in filters {
      let docs = evaluate(f).docs
      within = within.map { ScoredSet.intersection($0, docs) } ?? docs
    }
    var ranker = ConjunctionRanker(terms, within: within, reader: reader, bm25: bm25)
    ranker?.documentsPerPart = rankingPartDocuments
    return ranker
  }
}
