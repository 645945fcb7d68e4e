import ZhengceCore
import ZhengceSearch

/// `/document?id=…`: metadata, the outline as a tree of links, and every
/// measure in full with its departments by role, quantities and topics. The
/// measure a hit points at (`m=`, `#mN`) is marked and its terms (`hl=`) highlighted.
enum DocumentPage {
  static func render(
    _ document: ParsedDocument, focus: String?, highlight: [String], citedIDs: [Citation: String], labels: Labels, request: WebRequest
  ) -> HTML {
    var facts: [HTML] = []
    func fact(_ name: String, _ value: String?) {
      if let value, !value.isEmpty { facts.append("<dt>\(name)</dt><dd>\(value)</dd>") }
    }
    fact(labels.genre, document.genre.map { genre in
      let name = labels.genre(genre.rawValue)
      return document.genreSource == .body ? "\(name)(\(labels.genreFromBody))" : name
    })
    fact(labels.docNumber, document.docNumber)
    fact(labels.issuers, document.issuers.joined(separator: "、"))
    fact(labels.date, document.date)
    fact(labels.region, [document.region.province, document.region.city, document.region.county].compactMap { $0 }.joined(separator: " "))
    let citations = document.citations.map { c -> HTML in
      let text = [c.title.map { "《\($0)》" }, c.docNumber].compactMap { $0 }.joined(separator: " ")
      guard let id = citedIDs[c] else { return "<li>\(text)</li>" }
      return "<li><a href=\"\(Link.to("/document", [("id", id)] + Layout.langParameter(labels.language)))\">\(text)</a></li>"
    }
    let measures = document.measures.map { measure(in: $0, focus: focus, highlight: highlight, labels: labels) }
    let outline = tree(document.outline, prefix: [], measures: document.measures)
    let body: HTML = """
      <h1>\(document.displayTitle)</h1>\(document.noticeTitle.map { "<p class=\"note\">\($0)</p>" as HTML } ?? "")
      <dl class="facts">\(facts)</dl>
      <div class="doc"><nav class="toc"><h3>\(labels.outline)</h3>\(outline)</nav>
      <section><h2>\(labels.measures) (\(NumberText.grouped(document.measures.count)))</h2>\(measures)
      \(citations.isEmpty ? "" : "<h2>\(labels.citations)</h2><ul>\(citations)</ul>" as HTML)</section></div>
      """
    return Layout.page(document.displayTitle, labels: labels, request: request, section: "", body: body)
  }

  /// The measure's anchor: `m` and its ordinal (`m12` for `doc#12`).
  static func anchor(_ measureID: String) -> String {
    "m" + (measureID.split(separator: "#").last.map(String.init) ?? "")
  }

  private static func tree(_ sections: [OutlineSection], prefix: [String], measures: [Measure]) -> HTML {
    guard !sections.isEmpty else { return "" }
    let items = sections.map { section -> HTML in
      let path = prefix + [section.marker]
      let target = measures.first { $0.path.starts(with: path) }
      let label = section.title.isEmpty ? section.marker : section.marker + " " + section.title
      let link: HTML = target.map { "<a href=\"#\(anchor($0.id))\">\(label)</a>" } ?? "\(label)"
      return "<li>\(link)\(tree(section.children, prefix: path, measures: measures))</li>"
    }
    return "<ul>\(items)</ul>"
  }

  private static func measure(in m: Measure, focus: String?, highlight: [String], labels: Labels) -> HTML {
    let id = anchor(m.id)
    let focused = focus.map { "m" + $0 == id } ?? false
    let text = focused || !highlight.isEmpty
      ? SearchPage.marked(m.text, matches: Snippet.matchSpans(in: m.text, terms: highlight).map { [$0.lowerBound, $0.upperBound] })
      : "\(m.text)"
    var roles: [HTML] = []
    for role in DepartmentRole.allCases {
      var names: [String] = []
      for d in m.departments where d.role == role {
        let shown = d.renamedFrom == nil ? d.name : "\(d.name)(原\(d.surface))"
        if !names.contains(shown) { names.append(shown) }
      }
      if !names.isEmpty {
        roles.append("<div><span class=\"role role-\(role.rawValue)\">\(labels.role(role.rawValue))</span> \(names.joined(separator: "、"))</div>")
      }
    }
    let quantities = m.commitments.map { c -> HTML in
      """
      <tr><td>\(c.surface)</td><td class="num">\(NumberText.commitment(c, language: labels.language))</td>\
      <td>\([c.subject, c.per.map { "(\($0))" }].compactMap { $0 }.joined())</td><td>\(c.deadline ?? "")</td><td>\(c.kind.map { labels.quantityKinds[$0.rawValue] ?? $0.rawValue } ?? "")</td></tr>
      """
    }
    var extras: [HTML] = []
    if !roles.isEmpty { extras.append("<div class=\"depts\">\(roles)</div>") }
    if let due = m.due { extras.append("<div>\(labels.due): \(due.date ?? due.text)</div>") }
    if !quantities.isEmpty {
      extras.append("<table class=\"quantities\"><tr><th>\(labels.quantities)</th><th></th><th>\(labels.subject)</th><th>\(labels.deadline)</th><th></th></tr>\(quantities)</table>")
    }
    if !m.topics.isEmpty { extras.append("<div class=\"meta\">\(labels.topics): \(m.topics.joined(separator: "、"))</div>") }
    return """
      <article class="measure\(focused ? " focus" : "")" id="\(id)"><div class="meta">\(m.path.joined(separator: " › ")) · \(labels.measureKinds[m.kind.rawValue] ?? m.kind.rawValue)</div>
      <div class="text">\(text)</div>\(extras)</article>
      """
  }
}
