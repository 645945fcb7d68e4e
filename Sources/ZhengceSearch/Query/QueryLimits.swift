/// How much one query may ask for. A query is typed by a person or sent by a
/// harness; either way a pasted page or a term repeated thousands of times
/// must be refused at once with a clear message, not run for minutes. The
/// query language and the `--batch` protocol share these bounds.
public enum QueryLimits {
  /// Unicode scalars in a whole query (or in all the terms of a batch line):
  /// a long policy sentence is about 100, so this leaves room for any real query.
  public static let maxLength = 2_000
  /// Distinct terms and filters in one query, after repeated ones are dropped.
  /// Every term costs a pass over its postings, so this bounds the work per query.
  public static let maxTerms = 64

  /// The message for a query of `length` scalars, or nil when it is within bounds.
  public static func lengthProblem(_ length: Int) -> String? {
    length > maxLength ? "query longer than \(maxLength) characters (\(length))" : nil
  }

  /// The message for a query with `count` distinct terms and filters, or nil when within bounds.
  public static func termsProblem(_ count: Int) -> String? {
    count > maxTerms ? "more than \(maxTerms) distinct terms and filters (\(count))" : nil
  }
}

extension Query {
  /// This query with repeated operands of every AND and OR list dropped
  /// (`a a a` is `a`), keeping the first of each in place.
  var deduplicated: Query {
    switch self {
    case .and(let items), .or(let items):
      var seen = Set<Query>()
      let kept = items.map(\.deduplicated).filter { seen.insert($0).inserted }
      if kept.count == 1 { return kept[0] }
      if case .and = self { return .and(kept) }
      return .or(kept)
    case .not(let inner): return .not(inner.deduplicated)
    case .term, .filter, .all: return self
    }
  }

  /// Terms and filters in the query, each occurrence counted.
  var leafCount: Int {
    switch self {
    case .and(let items), .or(let items): return items.reduce(0) { $0 + $1.leafCount }
    case .not(let inner): return inner.leafCount
    case .term, .filter: return 1
    case .all: return 0
    }
  }
}
