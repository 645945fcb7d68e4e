import Foundation

/// One query of the benchmark protocol: `{"terms": [...], "province": null|"…", "limit": N}`.
/// Every term is an exact substring, all must match; province is an exact
/// filter; limit 0 returns every match; other keys are ignored.
public struct BatchQuery: Sendable, Hashable {
  public var terms: [String]
  public var province: String?
  public var limit: Int

  public init(terms: [String], province: String? = nil, limit: Int = 10) {
    self.terms = terms
    self.province = province
    self.limit = limit
  }

  /// Parses one input line; nil with a reason when it is not a query.
  public static func parse(_ line: String) -> Result<BatchQuery, BatchQueryError> {
    guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
      return .failure(BatchQueryError(message: "not a JSON object"))
    }
    guard let terms = object["terms"] as? [String] else {
      return .failure(BatchQueryError(message: "\"terms\" must be an array of strings"))
    }
    let province = object["province"] as? String
    let limit = (object["limit"] as? NSNumber)?.intValue ?? 10
    guard limit >= 0 else { return .failure(BatchQueryError(message: "\"limit\" must be ≥ 0")) }
    return .success(BatchQuery(terms: terms, province: province, limit: limit))
  }

  /// The query this asks for.
  public var query: Query {
    var parts = terms.map { Query.term($0) }
    if let province { parts.append(.exactFilter(.province, province)) }
    return parts.isEmpty ? .all : parts.count == 1 ? parts[0] : .and(parts)
  }

  /// The protocol's answer line, `{"ids": [...], "total": N}`.
  public static func answer(ids: [String], total: Int) -> String {
    var s = "{\"ids\": ["
    for (i, id) in ids.enumerated() {
      if i > 0 { s += ", " }
      s += jsonString(id)
    }
    return s + "], \"total\": \(total)}"
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
public struct BatchQueryError: Error, Hashable {
  public var message: String
}
