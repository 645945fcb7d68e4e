/// A parsed query: exact-substring terms combined with AND/OR/NOT and field filters.
public indirect enum Query: Sendable, Hashable, CustomStringConvertible {
  /// Measures whose text contains the string exactly (letters and digits case-folded).
  case term(String)
  /// Measures filed under a field value containing the string (`dept:` also matches families).
  case filter(Field, String)
  /// Measures filed under exactly this value (the benchmark's province filter).
  case exactFilter(Field, String)
  case and([Query])
  case or([Query])
  case not(Query)
  /// Every measure.
  case all

  public var description: String {
    switch self {
    case .term(let s): return "\"\(s)\""
    case .filter(let f, let v): return "\(f.queryName):\(v)"
    case .exactFilter(let f, let v): return "\(f.queryName)=\(v)"
    case .and(let q): return "(" + q.map(\.description).joined(separator: " AND ") + ")"
    case .or(let q): return "(" + q.map(\.description).joined(separator: " OR ") + ")"
    case .not(let q): return "NOT " + q.description
    case .all: return "*"
    }
  }

  /// The terms a match must contain somewhere (not under NOT), for highlighting.
  public var positiveTerms: [String] {
    switch self {
    case .term(let s): return [s]
    case .and(let q), .or(let q): return q.flatMap(\.positiveTerms)
    case .filter, .exactFilter, .not, .all: return []
    }
  }
}
