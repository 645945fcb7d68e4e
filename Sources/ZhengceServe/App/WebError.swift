/// Why a request was not answered with a page: each case is one status.
enum WebError: Error, Sendable {
  /// 400: a parameter out of range or too long.
  case badRequest(String)
  /// 400: the query does not parse; the message says where.
  case badQuery(String)
  /// 404: no such page or document.
  case notFound(String)
  /// 500: the index or a document could not be read.
  case internalError(String)

  var status: Int {
    switch self {
    case .badRequest, .badQuery: 400
    case .notFound: 404
    case .internalError: 500
    }
  }

  var message: String {
    switch self {
    case .badRequest(let m), .badQuery(let m), .notFound(let m), .internalError(let m): m
    }
  }
}

/// The limits every request is held to.
public struct ServeLimits: Sendable {
  /// Characters in a query or filter value.
  public var queryLength = 500
  /// Hits or rows on one page of results.
  public var pageSize = 100
  /// Documents parsed for one task register or comparison.
  public var documentsPerRequest = 500
  /// Rows in one download.
  public var downloadRows = 20_000
  /// Seconds a request may take before it is answered 503.
  public var secondsPerRequest = 10.0

  public init() {}
}
