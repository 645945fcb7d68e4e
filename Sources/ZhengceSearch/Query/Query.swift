/// A parsed query: exact-substring terms combined with AND/OR/NOT and field filters.
public indirect enum Query: Sendable, Hashable, CustomStringConvertible {
  /// Measures whose text contains the string exactly (letters and digits case-folded).
  case term(String)
  /// Measures filed under a field value containing the string (`dept:` also matches families).
  case filter(Field, String)
  case and([Query])
  case or([Query])
  case not(Query)
  /// Every measure.
  case all

  public var description: String {
    switch self {
    case .term(let s): return "\"\(s)\""
    case .filter(let f, let v): return "\(f.queryName):\(v)"
    case .and(let q): return "(" + q.map(\.description).joined(separator: " AND ") + ")"
    case .or(let q): return "(" + q.map(\.description).joined(separator: " OR ") + ")"
    case .not(let q): return "NOT " + q.description
    case .all: return "*"
    }
  }

  /// Every term of the query, those under NOT included.
  var allTerms: [String] {
    switch self {
    case .term(let s): return [s]
    case .and(let q), .or(let q): return q.flatMap(\.allTerms)
    case .not(let q): return q.allTerms
    case .filter, .all: return []
    }
  }

  /// The terms a match must contain somewhere (not under NOT), for highlighting.
  public var positiveTerms: [String] {
    switch self {
    case .term(let s): return [s]
    case .and(let q), .or(let q): return q.flatMap(\.positiveTerms)
    case .filter, .not, .all: return []
    }
  }
}

extension Query {
  /// This query with every filter on `field` replaced by what
  /// `transform` returns for its value (e.g. a department alias widened to
  /// the canonical name or family it stands for).
  public func replacingFilters(on field: Field, _ transform: (String) -> Query) -> Query {
    switch self {
    case .filter(let f, let value) where f == field: return transform(value)
    case .and(let q): return .and(q.map { $0.replacingFilters(on: field, transform) })
    case .or(let q): return .or(q.map { $0.replacingFilters(on: field, transform) })
    case .not(let q): return .not(q.replacingFilters(on: field, transform))
    case .term, .filter, .all: return self
    }
  }
}
