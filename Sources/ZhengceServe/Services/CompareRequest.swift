import ZhengceCore
import ZhengceCorpus
import ZhengceParser
import ZhengceSearch

/// A comparison as the URL states it (`topic=教育扶贫` or `q=宽带 覆盖`,
/// `by=province|doc`, `provinces=湖南,辽宁`), answered from the index: the
/// index finds the matching measures, only their documents are parsed, and
/// `ComparisonBuilder` makes the same `Comparison` as `zhengce compare --format json`.
/// Unlike the CLI, a province with no matching measure has no column.
struct CompareRequest: Sendable {
  var topic: String?
  var query: String?
  var grouping: CompareGrouping
  var provinces: [String]

  init(_ request: WebRequest, limits: ServeLimits) throws(WebError) {
    topic = request.value("topic")
    query = request.value("q")
    for value in [topic ?? "", query ?? "", request.value("provinces") ?? ""] where value.unicodeScalars.count > limits.queryLength {
      throw .badRequest("parameter longer than \(limits.queryLength) characters")
    }
    guard let grouping = CompareGrouping(rawValue: request.value("by") ?? "province") else { throw .badRequest("by must be province or doc") }
    self.grouping = grouping
    provinces = (request.value("provinces") ?? "").split(whereSeparator: { $0 == "," || $0 == "," || $0 == "、" })
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  var isEmpty: Bool { topic == nil && query == nil }

  /// The comparison, and whether the document limit cut the set short.
  func run(
    snapshot: IndexSnapshot, documents cache: DocumentCache, expansion: DepartmentQueryExpansion, limits: ServeLimits
  ) throws(WebError) -> (comparison: Comparison, capped: Bool) {
    let topicSelector: TopicSelector?
    let indexQuery: Query
    if let topic {
      do { topicSelector = try TopicSelector(topic) } catch { throw .badRequest(error.description) }
      indexQuery = .or((topicSelector?.topicIDs ?? []).sorted().map { .filter(.topic, $0) })
    } else {
      topicSelector = nil
      do {
        indexQuery = expansion.expand(try QueryParser.policy.parse(query ?? ""))
      } catch {
        throw .badQuery(error.description)
      }
    }
    let (ids, measureIDs) = try snapshot.matches(indexQuery)
    let capped = ids.count > limits.documentsPerRequest
    let documents = cache.documents(snapshot.sourceList(Array(ids.prefix(limits.documentsPerRequest)))).map(\.document)
    // A query selects the measures the index found; a topic selects by the measures' own topics.
    let chosen: any MeasureSelector = topicSelector.map { $0 as any MeasureSelector } ?? MeasureIDSelector(selection: "query:\(query ?? "")", ids: measureIDs)
    do {
      return (try ComparisonBuilder(grouping: grouping, provinces: provinces).compare(documents, selecting: chosen), capped)
    } catch {
      throw .notFound(error.description)
    }
  }

  func parameters(language: Language) -> [(String, String?)] {
    var out: [(String, String?)] = [("topic", topic), ("q", query)]
    if grouping != .province { out.append(("by", grouping.rawValue)) }
    if !provinces.isEmpty { out.append(("provinces", provinces.joined(separator: ","))) }
    if language == .en { out.append(("lang", "en")) }
    return out
  }
}
