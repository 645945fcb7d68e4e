import ZhengceCore
import ZhengceSearch

extension TaskList {
  /// The rows `rows(_:registry:filter:)` gives for the documents an index
  /// stores, reading only the measures that can hold them: those the index
  /// files under the department as `search dept:` finds it (its name or
  /// surface containing the asked name, or its family, each registry's
  /// reading of the name included). Every department a task row selects is
  /// among those, so the rows are the same as from every measure.
  public static func rows(in documents: IndexedDocuments, registry: PluginRegistry, filter: TaskFilter) throws -> [TaskRow] {
    let query = DepartmentQueryExpansion(registry: registry).expand(.filter(.department, filter.department))
    let records = try Searcher(reader: documents.reader, schema: PolicySchema.schema).search(query, limit: 0).hits.map(\.doc)
    var selected: [ParsedDocument] = []
    try documents.forEach(selecting: records, everyDocument: false) { selected.append($0) }
    return rows(selected, registry: registry, filter: filter)
  }
}
