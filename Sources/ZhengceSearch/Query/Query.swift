/// A parsed query: exact-substring terms combined with AND/OR/NOT and field filters.
public indirect enum Query: Sendable, Hashable, CustomStringConvertible {
  /// Records whose text contains the string exactly (letters and digits case-folded).
  case term(String)
  /// Records filed under a value of the field that contains the string, or is it for a
  /// field matching whole values; a field may search others too (`Schema.FieldEntry.searched`).
  case filter(Field, String)
  case and([Query])
  case or([Query])
  case not(Query)
  /// Every record.
  case all

  public var description: String {
    switch self {
    case .term(let s): return "\"\(s)\""
    case .filter(let f, let v): return "\(f.name):\(v)"
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
  /// Whether the query filters on `field` anywhere (under NOT included).
  public func hasFilter(on field: Field) -> Bool {
    switch self {
    case .filter(let f, _): return f == field
    case .and(let q), .or(let q): return q.contains { $0.hasFilter(on: field) }
    case .not(let q): return q.hasFilter(on: field)
    case .term, .all: return false
    }
  }

  /// This query with every filter on `field` replaced by what
  /// `transform` returns for its value (e.g. an alias widened to
  /// the names it stands for).
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
