import ZhengceCore
import ZhengceCorpus
import ZhengceSearch

/// A search as the URL states it: the query text, the facet values chosen
/// (`province=湖南省&topic=教育扶贫`), the page. Pages and `/api/search` read
/// the same parameters, so a search can be shared or bookmarked.
struct SearchRequest: Sendable {
  /// Facet fields offered as filters, in the order the page lists them.
  static let facetFields: [Field] = [.province, .region, .genre, .family, .role, .topic, .year]

  var text: String
  var filters: [(field: Field, value: String)]
  var page: Int
  var pageSize: Int

  /// - Throws: `WebError.badRequest` for an over-long query, a bad page or page size.
  init(_ request: WebRequest, limits: ServeLimits) throws(WebError) {
    text = request.value("q") ?? ""
    guard text.unicodeScalars.count <= limits.queryLength else {
      throw .badRequest("query longer than \(limits.queryLength) characters")
    }
    filters = []
    for field in Self.facetFields {
      for p in request.parameters where p.name == field.name && !p.value.isEmpty {
        guard p.value.unicodeScalars.count <= limits.queryLength else { throw .badRequest("\(p.name) too long") }
        // A genre may be named in Chinese (genre=方案), as in the query language.
        let value = field == .genre ? DocumentGenre(name: p.value)?.rawValue ?? p.value : p.value
        filters.append((field, value))
      }
    }
    guard let page = request.integer("page", default: 1), page >= 1, page <= 10_000 else {
      throw .badRequest("page must be a whole number from 1 to 10000")
    }
    guard let size = request.integer("limit", default: 20), size >= 1, size <= limits.pageSize else {
      throw .badRequest("limit must be a whole number from 1 to \(limits.pageSize)")
    }
    self.page = page
    pageSize = size
  }

  /// The parsed query, `dept:` widened through the registries, AND the chosen facet values.
  /// - Throws: `WebError.badQuery` with the parser's message.
  func query(expansion: DepartmentQueryExpansion) throws(WebError) -> (query: Query, terms: [String]) {
    let parsed: Query
    do {
      parsed = try QueryParser.policy.parse(text)
    } catch {
      throw .badQuery(error.description)
    }
    let expanded = expansion.expand(parsed)
    guard !filters.isEmpty else { return (expanded, parsed.positiveTerms) }
    return (.and([expanded] + filters.map { .filter($0.field, $0.value) }), parsed.positiveTerms)
  }

  /// The URL parameters of this search, with `change` applied (for facet and page links).
  func parameters(language: Language, page: Int? = nil, adding: (Field, String)? = nil, removing: Int? = nil) -> [(String, String?)] {
    var out: [(String, String?)] = [("q", text)]
    for (i, f) in filters.enumerated() where i != removing { out.append((f.field.name, f.value)) }
    if let adding { out.append((adding.0.name, adding.1)) }
    if let page, page > 1 { out.append(("page", String(page))) }
    if language == .en { out.append(("lang", "en")) }
    return out
  }
}

/// What a search answers: the records of the page's hits, the total and the facet counts.
struct SearchAnswer: Sendable {
  var hits: [SearchHitRecord]
  var total: Int
  var facets: [FacetCount]
  var terms: [String]
}

extension SearchRequest {
  func run(on snapshot: IndexSnapshot, expansion: DepartmentQueryExpansion, facets: Bool) throws(WebError) -> SearchAnswer {
    let (query, terms) = try query(expansion: expansion)
    let offset = (page - 1) * pageSize
    let result: SearchResult
    do {
      result = try snapshot.searcher.search(query, limit: pageSize, offset: offset, facets: facets, facetFields: Self.facetFields)
    } catch {
      throw .internalError("\(error)")
    }
    var hits: [SearchHitRecord] = []
    for (i, hit) in result.hits.enumerated() {
      guard let record = try? snapshot.reader.record(hit.doc, as: IndexRecord.self) else { throw .internalError("index record \(hit.doc) unreadable") }
      hits.append(SearchHitRecord(record, hit: hit, rank: offset + i + 1, total: result.total, terms: terms))
    }
    return SearchAnswer(hits: hits, total: result.total, facets: result.facets, terms: terms)
  }
}
