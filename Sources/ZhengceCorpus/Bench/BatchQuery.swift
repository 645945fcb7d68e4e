import Foundation
import ZhengceSearch

/// One query of the benchmark protocol: `{"terms": [...], "province": null|"…", "limit": N}`.
/// Every term is an exact substring, all must match, and repeated terms count
/// once; province filters the way the query language's `province:` does (湖南
/// finds 湖南省); limit 0 returns every match; other keys are ignored. A line
/// that is not such a query (not UTF-8, no terms, an empty term, beyond
/// `QueryLimits`) still gets its one answer line, `errorAnswer`; blank lines
/// are not queries and get none.
public struct BatchQuery: Sendable, Hashable {
  public var terms: [String]
  public var province: String?
  public var limit: Int

  public init(terms: [String], province: String? = nil, limit: Int = 10) {
    self.terms = terms
    self.province = province
    self.limit = limit
  }

  /// Parses one input line; a failure names the first key of the wrong type
  /// (a `limit` of "3", true or 1.5 is refused, not read as some other number).
  public static func parse(_ line: String) -> Result<BatchQuery, BatchQueryError> { parse(Array(line.utf8)) }

  /// Parses one input line as it came, refusing bytes that are not UTF-8
  /// (JSON text is UTF-8; a decoder that repaired them would search for U+FFFD).
  public static func parse(_ line: [UInt8]) -> Result<BatchQuery, BatchQueryError> {
    guard String(validating: line, as: UTF8.self) != nil else {
      return .failure(BatchQueryError(message: "not valid UTF-8"))
    }
    do {
      let wire = try JSONDecoder().decode(Wire.self, from: Data(line))
      var seen = Set<String>()
      let terms = wire.terms.filter { seen.insert($0).inserted }
      if let problem = QueryLimits.termsProblem(terms.count + (wire.province == nil ? 0 : 1))
        ?? QueryLimits.lengthProblem(terms.reduce(0) { $0 + $1.unicodeScalars.count })
      {
        return .failure(BatchQueryError(message: problem))
      }
      return .success(BatchQuery(terms: terms, province: wire.province, limit: wire.limit))
    } catch let error as BatchQueryError {
      return .failure(error)
    } catch {
      return .failure(BatchQueryError(key: nil))
    }
  }

  /// The keys the protocol reads, each checked for its type; other keys are ignored.
  private struct Wire: Decodable {
    var terms: [String]
    var province: String?
    var limit: Int

    enum Key: String, CodingKey { case terms, province, limit }

    init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: Key.self)
      func read<T: Decodable>(_ key: Key, _ body: () throws -> T) throws(BatchQueryError) -> T {
        do { return try body() } catch { throw BatchQueryError(key: key.rawValue) }
      }
      terms = try read(.terms) { try c.decode([String].self, forKey: .terms) }
      // No terms would match every measure: a harness bug, not a query.
      guard !terms.isEmpty, !terms.contains(where: \.isEmpty) else {
        throw BatchQueryError(message: "\"terms\" must hold at least one term, and no empty one")
      }
      province = try read(.province) { try c.decodeIfPresent(String.self, forKey: .province) }
      limit = try read(.limit) { try c.decodeIfPresent(Int.self, forKey: .limit) ?? 10 }
      guard limit >= 0 else { throw BatchQueryError(key: Key.limit.rawValue) }
    }
  }

  /// The query this asks for.
  public var query: Query {
    var parts = terms.map { Query.term($0) }
    if let province { parts.append(.filter(.province, province)) }
    return parts.isEmpty ? .all : parts.count == 1 ? parts[0] : .and(parts)
  }

  /// The protocol's answer line, `{"ids": [...], "total": N}`.
  public static func answer(ids: [String], total: Int?) -> String {
    var s = "{\"ids\": ["
    for (i, id) in ids.enumerated() {
      if i > 0 { s += ", " }
      s += jsonString(id)
    }
    return s + "], \"total\": \(total.map(String.init) ?? "null")}"
  }

  /// The answer to a line that is not a query: no ids, total 0, and the reason,
  /// so a harness that reads only `ids` and `total` keeps going and one that
  /// checks `error` can tell it from a query without matches.
  public static func errorAnswer(_ message: String) -> String {
    "{\"ids\": [], \"total\": 0, \"error\": \(jsonString(message))}"
  }

  /// `value` as a JSON string literal.
  public static func jsonString(_ value: String) -> String {
    var s = "\""
    for u in value.unicodeScalars {
      switch u {
      case "\"": s += "\\\""
      case "\\": s += "\\\\"
      case "\n": s += "\\n"
      case "\r": s += "\\r"
      case "\t": s += "\\t"
      case _ where u.value < 0x20: s += String(format: "\\u%04x", u.value)
      default: s.unicodeScalars.append(u)
      }
    }
    return s + "\""
  }
}

/// Why a batch line is not a query.
extension BatchQuery {
  /// The kind of query, for latencies by kind: `filter` (a province given),
  /// `and` (several terms), else `term2` (one or two characters) or `term3+`.
  public var kind: String {
    if province != nil { return "filter" }
    if terms.count > 1 { return "and" }
    return (terms.first?.unicodeScalars.count ?? 0) <= 2 ? "term2" : "term3+"
  }
}

public struct BatchQueryError: Error, Hashable {
  public var message: String

  public init(message: String) { self.message = message }

  /// The message for a missing or mistyped `key`, or for a line that is no JSON object (nil).
  init(key: String?) {
    switch key {
    case "terms": message = "\"terms\" must be an array of strings"
    case "province": message = "\"province\" must be a string or null"
    case "limit": message = "\"limit\" must be a whole number ≥ 0"
    default: message = "not a JSON object"
    }
  }
}
