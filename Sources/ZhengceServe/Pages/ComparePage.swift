import ZhengceCorpus

/// `/compare?topic=教育扶贫`: provinces (or documents) side by side: measure
/// counts, leads by family, indicators lined up, and charts of the counts and
/// of each indicator's values across columns.
enum ComparePage {
  static func render(
    _ compare: CompareRequest, comparison: Comparison?, capped: Bool, limits: ServeLimits, labels: Labels, request: WebRequest
  ) -> HTML {
    let language = labels.language
    let grouping = [("province", labels.byProvince), ("doc", labels.byDocument)].map { value, name -> HTML in
      "<option value=\"\(value)\"\(compare.grouping.rawValue == value ? " selected" : "" as HTML)>\(name)</option>"
    }
    var body: HTML = """
      <h1>\(labels.compare)</h1>
      <form class="bar" method="get" action="/compare"><input type="text" name="topic" value="\(compare.topic ?? "")" placeholder="\(labels.topic)">
      <input type="text" name="q" value="\(compare.query ?? "")" placeholder="\(labels.query)">
      <input type="text" name="provinces" value="\(compare.provinces.joined(separator: ","))" placeholder="\(labels.province)" size="10">
      <select name="by">\(grouping)</select>\(language == .en ? "<input type=\"hidden\" name=\"lang\" value=\"en\">" : "")
      <button type="submit">\(labels.submit)</button></form>
      """
    guard let comparison else { return Layout.page(labels.compare, labels: labels, request: request, section: "/compare", body: body) }
    let columns = comparison.columns
    let header = columns.map { "<th class=\"column\">\($0.label)</th>" as HTML }
    let counts = columns.map { "<td class=\"num\">\(NumberText.grouped($0.measures.count))</td>" as HTML }
    let leads = columns.map { column -> HTML in
      let families = column.leads.map { lead -> HTML in
        "<div><b>\(lead.family ?? labels.unknownFamily)</b> \(lead.departments.joined(separator: "、"))</div>"
      }
      return "<td>\(families)</td>"
    }
    let indicatorRows = comparison.indicators.map { row -> HTML in
      let cells = row.cells.map { cell -> HTML in
        "<td class=\"num\">\(cell.commitments.map { NumberText.commitment($0.commitment, language: language) }.joined(separator: "; "))</td>"
      }
      return "<tr><th>\(row.label)</th>\(cells)</tr>"
    }
    var charts: [HTML] = [
      BarChart(
        title: labels.chartTopics,
        bars: columns.map { ($0.label, Double($0.measures.count), NumberText.grouped($0.measures.count)) }
      ).svg()
    ]
    for row in comparison.indicators.prefix(3) {
      let bars = zip(columns, row.cells).compactMap { column, cell -> (String, Double, String)? in
        guard let first = cell.commitments.first else { return nil }
        return (column.label, first.value, NumberText.commitment(first.commitment, language: language))
      }
      if bars.count >= 2 { charts.append(BarChart(title: labels.chartIndicator + " · " + row.label, bars: bars).svg()) }
    }
    body = """
      \(body)\(capped ? "<p class=\"note\">\(labels.capped(limits.documentsPerRequest))</p>" as HTML : "")
      <table class="compare"><tr><th></th>\(header)</tr><tr><th>\(labels.measureCount)</th>\(counts)</tr>
      <tr><th>\(labels.leadsByFamily)</th>\(leads)</tr></table>
      \(charts)
      \(indicatorRows.isEmpty ? "" : "<h2>\(labels.indicators)</h2><table class=\"indicators\"><tr><th></th>\(header)</tr>\(indicatorRows)</table>" as HTML)
      """
    return Layout.page(labels.compare, labels: labels, request: request, section: "/compare", body: body)
  }
}
