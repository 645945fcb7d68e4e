import ZhengceCore
import ZhengceSearch

extension ComparisonBuilder {
  /// The comparison `compare(_:selecting:)` gives for the documents an index
  /// stores: every document (its column lists it) with only the measures the
  /// selector can choose, which the index finds. A topic's measures are filed
  /// under it (`topic:` finds them); a query is searched in the index itself.
  /// - Parameters:
  ///   - topic: the topic to compare; without one, `query` is compared.
  ///   - progress: called with (documents read, documents in all).
  /// - Throws: `CompareError` for the selection or the comparison, `IndexError` for a damaged document.
  public func compare(
    _ documents: IndexedDocuments, topic: TopicSelector?, query: String?, departments: DepartmentQueryExpansion,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws -> Comparison {
    let selector: any MeasureSelector
    let records: [Int32]
    if let topic {
      let filed = Query.or(topic.topicIDs.sorted().map { .filter(.topic, $0) })
      (selector, records) = (topic, try Searcher(reader: documents.reader, schema: PolicySchema.schema).search(filed, limit: 0).hits.map(\.doc))
    } else {
      let found = try SearchQuerySelector(query ?? "", reader: documents.reader, departments: departments)
      (selector, records) = (found, found.records)
    }
    var read: [ParsedDocument] = []
    try documents.forEach(selecting: records, everyDocument: true, progress: progress) { read.append($0) }
    return try compare(read, selecting: selector)
  }
}
