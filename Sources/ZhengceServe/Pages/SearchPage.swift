import ZhengceCore
import ZhengceCorpus
import ZhengceSearch

/// `/`: the query box, facets as filters with counts, ranked hits with
/// highlighted snippets, pages. Every link carries the whole state.
enum SearchPage {
  static func render(_ search: SearchRequest, answer: SearchAnswer?, labels: Labels, request: WebRequest) -> HTML {
    let language = labels.language
    var body: HTML = """
      <form class="bar" method="get" action="/"><input type="search" name="q" value="\(search.text)" placeholder="\(labels.queryPlaceholder)" autofocus>
      \(HTML.join(search.filters.map { "<input type=\"hidden\" name=\"\($0.field.name)\" value=\"\($0.value)\">" }))
      \(language == .en ? "<input type=\"hidden\" name=\"lang\" value=\"en\">" : "")<button type="submit">\(labels.submit)</button></form>
      """
    if !search.filters.isEmpty {
      let chips = search.filters.enumerated().map { i, f -> HTML in
        let name = labels.facetNames[f.field.name] ?? f.field.name
        let shown = labels.facetValue(f.field, f.value)
        return "<a href=\"\(Link.to("/", search.parameters(language: language, removing: i)))\" title=\"\(labels.removeFilter)\">\(name): \(shown) ×</a>"
      }
      body = "\(body)<div class=\"chips\">\(chips)</div>"
    }
    guard let answer else { return Layout.page(labels.search, labels: labels, request: request, section: "/", body: body) }
    let facets = answer.facets.map { facet -> HTML in
      let chosen = Set(search.filters.filter { $0.field == facet.field }.map(\.value))
      let items = facet.values.filter { !chosen.contains($0.value) }.prefix(12).map { v -> HTML in
        let shown = labels.facetValue(facet.field, v.value)
        let link = Link.to("/", search.parameters(language: language, adding: (facet.field, v.value)))
        return "<li><a href=\"\(link)\" data-facet=\"\(facet.field.name)\">\(shown)</a><span class=\"count\">\(NumberText.grouped(v.count))</span></li>"
      }
      guard !items.isEmpty else { return "" }
      return "<h3>\(labels.facetNames[facet.field.name] ?? facet.field.name)</h3><ul>\(items)</ul>"
    }
    let hits = answer.hits.map { hit(in: $0, labels: labels, terms: answer.terms) }
    let pages = max(1, (answer.total + search.pageSize - 1) / search.pageSize)
    var pager: [HTML] = []
    if search.page > 1 {
      pager.append("<a rel=\"prev\" href=\"\(Link.to("/", search.parameters(language: language, page: search.page - 1)))\">\(labels.previous)</a>")
    }
    pager.append("<span>\(labels.pageOf(search.page, pages))</span>")
    if search.page < pages {
      pager.append("<a rel=\"next\" href=\"\(Link.to("/", search.parameters(language: language, page: search.page + 1)))\">\(labels.next)</a>")
    }
    let list: HTML = answer.hits.isEmpty ? "<p>\(labels.noResults)</p>" : "<ol class=\"hits\">\(hits)</ol><div class=\"pager\">\(pager)</div>"
    body = """
      \(body)<div class="layout"><aside>\(facets)</aside><section><p id="total" data-total="\(answer.total)">\(labels.results(answer.total))</p>\(list)</section></div>
      """
    return Layout.page(search.text.isEmpty ? labels.search : search.text, labels: labels, request: request, section: "/", body: body)
  }

  private static func hit(in hit: SearchHitRecord, labels: Labels, terms: [String]) -> HTML {
    let ordinal = hit.id.split(separator: "#").last.map(String.init) ?? ""
    var parameters: [(String, String?)] = [("id", hit.doc), ("m", ordinal), ("hl", terms.joined(separator: " "))]
    parameters += Layout.langParameter(labels.language)
    let link = Link.to("/document", parameters) + "#m" + ordinal
    let title = hit.title.isEmpty ? hit.doc : hit.title
    var meta: [String] = []
    if let province = hit.province { meta.append(province) }
    if let year = hit.year { meta.append(year) }
    if let genre = hit.genre { meta.append(labels.genre(genre)) }
    if !hit.path.isEmpty { meta.append(hit.path.joined(separator: " › ")) }
    if !hit.leads.isEmpty { meta.append(labels.role(DepartmentRole.lead.rawValue) + ": " + hit.leads.joined(separator: "、")) }
    let snippet = marked(hit.snippet.text, matches: hit.snippet.matches)
    return """
      <li class="hit" data-province="\(hit.province ?? "")"><div class="hit-title"><span class="rank">\(hit.rank).</span> <a href="\(link)">\(title)</a></div>
      <div class="meta">\(meta.joined(separator: " · "))</div>\(hit.heading.isEmpty ? "" : "<div><b>\(hit.heading)</b></div>" as HTML)
      <div class="snippet">\(snippet)</div></li>
      """
  }

  /// `text` with the scalar ranges `matches` in `<mark>`; everything escaped.
  static func marked(_ text: String, matches: [[Int]]) -> HTML {
    let scalars = Array(text.unicodeScalars)
    var out: [HTML] = []
    var at = 0
    func piece(_ lo: Int, _ hi: Int) -> String {
      var v = String.UnicodeScalarView()
      v.append(contentsOf: scalars[lo..<hi])
      return String(v)
    }
    for m in matches where m.count == 2 && m[0] >= at && m[0] < m[1] && m[1] <= scalars.count {
      out.append("\(piece(at, m[0]))<mark>\(piece(m[0], m[1]))</mark>")
      at = m[1]
    }
    out.append("\(piece(at, scalars.count))")
    return HTML.join(out)
  }
}
