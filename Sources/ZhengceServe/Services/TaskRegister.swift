import ZhengceCore
import ZhengceCorpus
import ZhengceParser
import ZhengceSearch

/// A department's task register over the index: the index finds the
/// documents in which the department (family, canonical name or alias) is
/// named, only those are parsed (through the document cache), and
/// `TaskList.rows` makes the same rows `zhengce tasks --format json` prints,
/// with the measure's full text after its heading.
struct TaskRegister: Sendable {
  enum Sort: String, Sendable, CaseIterable {
    case document, due, province
  }

  var department: String
  var province: String?
  var role: DepartmentRole?
  var year: String?
  var sort: Sort
  var page: Int
  var pageSize: Int

  /// - Throws: `WebError.badRequest` for a bad role, sort or page, or values over the length limit.
  init(_ request: WebRequest, limits: ServeLimits) throws(WebError) {
    department = request.value("dept") ?? ""
    province = request.value("province")
    year = request.value("year")
    for value in [department, province ?? "", year ?? ""] where value.unicodeScalars.count > limits.queryLength {
      throw .badRequest("parameter longer than \(limits.queryLength) characters")
    }
    if let text = request.value("role") {
      guard let role = DepartmentRole(rawValue: text) else { throw .badRequest("role must be lead, support, responsible or consulted") }
      self.role = role
    }
    guard let sort = Sort(rawValue: request.value("sort") ?? "document") else { throw .badRequest("sort must be document, due or province") }
    self.sort = sort
    guard let page = request.integer("page", default: 1), page >= 1, page <= 10_000 else { throw .badRequest("bad page") }
    guard let size = request.integer("limit", default: 50), size >= 1, size <= limits.pageSize else {
      throw .badRequest("limit must be from 1 to \(limits.pageSize)")
    }
    self.page = page
    pageSize = size
  }

  /// Every row (sorted), and whether the document limit cut the set short.
  /// - Throws: `WebError.internalError` for a damaged part of the index.
  func rows(
    snapshot: IndexSnapshot, documents cache: DocumentCache, registry: PluginRegistry, expansion: DepartmentQueryExpansion,
    limits: ServeLimits
  ) throws(WebError) -> (rows: [TaskRow], capped: Bool) {
    guard !department.isEmpty else { return ([], false) }
    var parts: [Query] = [expansion.expand(.filter(.department, department))]
    if let province { parts.append(.filter(.province, province)) }
    if let year { parts.append(.filter(.year, year)) }
    if let role { parts.append(.filter(.role, role.rawValue)) }
    let ids = try snapshot.matches(.and(parts)).documents
    let capped = ids.count > limits.documentsPerRequest
    let parsed = cache.documents(snapshot.sourceList(Array(ids.prefix(limits.documentsPerRequest))))
      .map(\.document).filter { year == nil || ($0.date ?? "").hasPrefix(year ?? "") }
    var rows = TaskList.rows(parsed, registry: registry, filter: TaskFilter(department: department, role: role, province: province))
    switch sort {
    case .document: break
    case .due:
      rows = rows.enumerated().sorted { a, b in
        let x = a.element.due?.date ?? "\u{10FFFF}"
        let y = b.element.due?.date ?? "\u{10FFFF}"
        return x < y || (x == y && a.offset < b.offset)
      }.map(\.element)
    case .province:
      rows = rows.enumerated().sorted { a, b in
        let x = a.element.province ?? "\u{10FFFF}"
        let y = b.element.province ?? "\u{10FFFF}"
        return x < y || (x == y && a.offset < b.offset)
      }.map(\.element)
    }
    return (rows, capped)
  }

  /// The URL parameters of this register, for sorting, paging and download links.
  func parameters(language: Language, sort: Sort? = nil, page: Int? = nil) -> [(String, String?)] {
    var out: [(String, String?)] = [("dept", department), ("province", province), ("role", role?.rawValue), ("year", year)]
    let sorted = sort ?? self.sort
    if sorted != .document { out.append(("sort", sorted.rawValue)) }
    if let page, page > 1 { out.append(("page", String(page))) }
    if language == .en { out.append(("lang", "en")) }
    return out
  }
}
