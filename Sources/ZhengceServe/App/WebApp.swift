import Foundation
import ZhengceCore
import ZhengceCorpus
import ZhengceParser
import ZhengceSearch

/// The web app without the HTTP server: a GET request in, a page, a JSON
/// answer or a download out. Every page has its JSON twin under `/api`
/// (described in `contract/openapi.yaml`). It only reads: the index, and
/// the source files the index names.
public final class WebApp: Sendable {
  let index: LiveIndex
  let limits: ServeLimits
  let registry: PluginRegistry
  let expansion: DepartmentQueryExpansion

  /// - Parameter registry: the plugins whose registries widen `dept:` (as `zhengce search` does).
  public init(index: LiveIndex, registry: PluginRegistry, limits: ServeLimits = ServeLimits()) {
    self.index = index
    self.limits = limits
    self.registry = registry
    expansion = DepartmentQueryExpansion(registry: registry)
  }

  /// Answers one request; an error becomes a page (or JSON) with its status, never a crash.
  public func respond(_ request: WebRequest) -> WebResponse {
    let api = request.path.hasPrefix("/api/")
    do {
      return try route(request)
    } catch {
      if api { return .json(APIJSON.error(error), status: error.status) }
      return .html(Layout.error(error, labels: .of(request.language), request: request), status: error.status)
    }
  }

  private func route(_ request: WebRequest) throws(WebError) -> WebResponse {
    let labels = Labels.of(request.language)
    let snapshot = index.snapshot()
    switch request.path {
    case "/", "/search":
      let search = try SearchRequest(request, limits: limits)
      let answer = search.text.isEmpty && search.filters.isEmpty
        ? nil : try search.run(on: snapshot, expansion: expansion, facets: true)
      return .html(SearchPage.render(search, answer: answer, labels: labels, request: request))
    case "/api/search":
      let search = try SearchRequest(request, limits: limits)
      let answer = try search.run(on: snapshot, expansion: expansion, facets: request.value("facets") != "0")
      return .json(APIJSON.encode(APIJSON.SearchAnswer(answer)))
    case "/document":
      guard let id = request.value("id") else { throw .badRequest("id is required") }
      let document = try parsedDocument(id, snapshot: snapshot)
      let highlight = (request.value("hl") ?? "").split(separator: " ").map(String.init).filter { !$0.isEmpty }.prefix(20)
      return .html(
        DocumentPage.render(
          document, focus: request.value("m"), highlight: Array(highlight), citedIDs: snapshot.citedDocuments(document.citations),
          labels: labels, request: request))
    case let path where path.hasPrefix("/api/documents/"):
      let id = String(path.dropFirst("/api/documents/".count))
      return .json(APIJSON.encode(try parsedDocument(id, snapshot: snapshot)))
    case "/tasks", "/api/tasks", "/tasks.csv", "/tasks.jsonl":
      let register = try TaskRegister(request, limits: limits)
      let (rows, capped) = try register.rows(
        snapshot: snapshot, documents: index.documents, registry: registry, expansion: expansion, limits: limits)
      switch request.path {
      case "/tasks.csv":
        let text = TaskTable.render(Array(rows.prefix(limits.downloadRows)), format: .csv, bom: true)
        return .download(text, contentType: "text/csv; charset=utf-8", filename: "tasks.csv")
      case "/tasks.jsonl":
        let text = rows.prefix(limits.downloadRows).map { APIJSON.encode($0) + "\n" }.joined()
        return .download(text, contentType: "application/x-ndjson; charset=utf-8", filename: "tasks.jsonl")
      case "/api/tasks":
        let page = Array(rows.dropFirst((register.page - 1) * register.pageSize).prefix(register.pageSize))
        return .json(APIJSON.encode(APIJSON.TaskAnswer(total: rows.count, capped: capped, rows: page)))
      default:
        return .html(
          TasksPage.render(
            register, rows: rows, capped: capped, suggestions: snapshot.departmentSuggestions, limits: limits, labels: labels,
            request: request))
      }
    case "/api/departments":
      let prefix = request.value("prefix") ?? ""
      return .json(APIJSON.encode(snapshot.departmentSuggestions.filter { prefix.isEmpty || $0.contains(prefix) }.prefix(50).map { $0 }))
    case "/compare", "/api/compare":
      let compare = try CompareRequest(request, limits: limits)
      let api = request.path == "/api/compare"
      if compare.isEmpty {
        if api { throw .badRequest("give topic or q") }
        return .html(ComparePage.render(compare, comparison: nil, capped: false, limits: limits, labels: labels, request: request))
      }
      let (comparison, capped) = try compare.run(snapshot: snapshot, documents: index.documents, expansion: expansion, limits: limits)
      if api { return .json(APIJSON.encode(comparison)) }
      return .html(ComparePage.render(compare, comparison: comparison, capped: capped, limits: limits, labels: labels, request: request))
    default:
      throw .notFound(request.path)
    }
  }

  /// The document `id` as `zhengce parse --json` gives it, parsed from the file the index recorded for it.
  private func parsedDocument(_ id: String, snapshot: IndexSnapshot) throws(WebError) -> ParsedDocument {
    guard let source = snapshot.sourceList([id]).first else { throw .notFound(id) }
    guard let result = index.documents.documents([source]).first else {
      throw .internalError("\(id): its file can no longer be read")
    }
    return result.document
  }
}
