/// Renders a comparison as one self-contained, printable HTML page: no
/// scripts, no network, no external assets; inline CSS only. The markup is
/// well-formed XHTML (every element closed, only the five XML entities), so
/// XML tools can read it back; all text is escaped.
public struct CompareHTMLRenderer: Sendable {
  public init() {}

  public func render(_ comparison: Comparison) -> String {
    let c = comparison
    var h = HTMLWriter()
    h.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\">\n<head>\n")
    h.raw("<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
    h.element("title", "compare \(c.selection)")
    h.raw("\n<style>\(Self.style)</style>\n</head>\n<body>\n")
    h.element("h1", "compare \(c.selection)")
    h.open("p", class: "meta")
    h.text("by \(c.grouping.rawValue) · \(c.columns.count) columns · ")
    h.text("\(c.columns.reduce(0) { $0 + $1.measures.count }) measures · \(c.indicators.count) indicators")
    h.close("p")

    h.open("table", class: "side")
    h.raw("<thead><tr><th class=\"corner\"></th>")
    for column in c.columns { columnHeader(&h, column) }
    h.raw("</tr></thead>\n<tbody>\n")
    sideRow(&h, "documents", c.columns) { h, col in
      h.open("ul")
      for d in col.documents {
        h.open("li")
        h.text(d.title)
        h.raw(" ")
        h.element("small", d.id)
        h.close("li")
      }
      h.close("ul")
    }
    sideRow(&h, "measures", c.columns) { h, col in
      guard !col.measures.isEmpty else { return h.element("span", "—", class: "none") }
      h.open("ol")
      for m in col.measures { measure(&h, m) }
      h.close("ol")
    }
    sideRow(&h, "leads by family", c.columns) { h, col in
      guard !col.leads.isEmpty else { return h.element("span", "—", class: "none") }
      h.open("dl")
      for family in col.leads {
        h.element("dt", family.family ?? "other")
        h.element("dd", family.departments.joined(separator: "、"))
      }
      h.close("dl")
    }
    sideRow(&h, "other commitments", c.columns) { h, col in
      let unmatched = col.unmatched
      guard !unmatched.isEmpty else { return h.element("span", "—", class: "none") }
      for commitment in unmatched { self.commitment(&h, commitment) }
    }
    h.raw("</tbody>\n</table>\n")

    h.element("h2", "indicators")
    if c.indicators.isEmpty {
      h.element("p", "No commitment lines up across columns.", class: "none")
    } else {
      h.open("table", class: "indicators")
      h.raw("<thead><tr><th>indicator</th>")
      for column in c.columns { columnHeader(&h, column) }
      h.raw("</tr></thead>\n<tbody>\n")
      for row in c.indicators {
        h.open("tr")
        h.open("th")
        h.text("\(row.id) \(row.label)")
        h.raw("<br/>")
        h.element("small", "unit \(row.unit)" + (row.topic.map { " · topic \($0)" } ?? ""))
        h.close("th")
        for cell in row.cells {
          h.open("td", title: cell.column)
          if cell.commitments.isEmpty { h.element("span", "—", class: "none") }
          for commitment in cell.commitments { self.commitment(&h, commitment) }
          h.close("td")
        }
        h.close("tr")
      }
      h.raw("</tbody>\n</table>\n")
    }
    h.open("p", class: "meta")
    h.text("selection \(c.selection) · grouping \(c.grouping.rawValue)")
    h.close("p")
    h.raw("</body>\n</html>\n")
    return h.out
  }

  private func columnHeader(_ h: inout HTMLWriter, _ column: CompareColumn) {
    h.open("th")
    h.text(column.label)
    if column.key != column.label {
      h.raw("<br/>")
      h.element("small", column.key)
    }
    h.close("th")
  }

  private func sideRow(
    _ h: inout HTMLWriter, _ label: String, _ columns: [CompareColumn], _ cell: (inout HTMLWriter, CompareColumn) -> Void
  ) {
    h.open("tr")
    h.element("th", label)
    for column in columns {
      h.open("td")
      cell(&h, column)
      h.close("td")
    }
    h.raw("</tr>\n")
  }

  private func measure(_ h: inout HTMLWriter, _ m: ComparedMeasure) {
    h.open("li")
    h.element("span", CompareText.path(m.path), class: "path")
    h.raw(" ")
    h.text(m.heading.isEmpty ? m.excerpt : m.heading)
    h.raw(" ")
    h.element("small", m.id)
    if !m.topics.isEmpty { h.element("div", "topics " + m.topics.joined(separator: "、"), class: "topics") }
    if !m.leads.isEmpty { h.element("div", "lead " + CompareText.leads(m.leads), class: "lead") }
    h.element("div", "document " + m.document, class: "doc")
    h.close("li")
  }

  private func commitment(_ h: inout HTMLWriter, _ c: ComparedCommitment) {
    h.open("div", class: "commitment")
    h.element("b", CompareText.quantity(c))
    h.raw(" ")
    h.element("code", c.comparator.rawValue)
    h.raw(" ")
    h.element("q", c.surface)
    if let deadline = c.deadline { h.element("span", " by \(deadline)", class: "deadline") }
    if let kind = c.commitment.kind { h.element("span", " \(kind.rawValue)", class: "kind") }
    h.raw("<br/>")
    h.element("small", CompareText.detail(c))
    h.close("div")
  }

  private static let style = """

    body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
      margin: 1.5rem; color: #1a1a1a; line-height: 1.5; }
    h1 { font-size: 1.4rem; margin: 0 0 .25rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
    .meta { color: #555; margin: .25rem 0 1rem; }
    table { border-collapse: collapse; width: 100%; table-layout: fixed; }
    th, td { border: 1px solid #c8c8c8; padding: .4rem .5rem; vertical-align: top; text-align: left; }
    thead th { background: #eef2f7; } tbody th { background: #f7f7f7; width: 9rem; font-weight: 600; }
    th.corner { width: 9rem; }
    ol, ul { margin: 0; padding-left: 1.2rem; } li { margin-bottom: .35rem; }
    dl { margin: 0; } dt { font-weight: 600; } dd { margin: 0 0 .3rem .8rem; }
    small, .doc { color: #666; font-size: .8em; } .path { font-family: monospace; color: #24528a; }
    .topics, .lead { font-size: .85em; } .lead { color: #2f5f2f; }
    .commitment { margin-bottom: .45rem; } code { background: #f1f1f1; padding: 0 .2em; }
    .none { color: #999; }
    @media print {
      body { margin: 0; font-size: 9pt; } thead { display: table-header-group; }
      tr, .commitment, li { break-inside: avoid; } thead th, tbody th { background: none; }
    }

    """
}

/// Writes escaped XHTML text and balanced elements.
struct HTMLWriter {
  var out = ""
  private var stack: [String] = []

  mutating func raw(_ markup: String) { out += markup }

  mutating func text(_ text: String) { out += Self.escape(text) }

  mutating func open(_ tag: String, class name: String? = nil, title: String? = nil) {
    out += "<\(tag)"
    if let name { out += " class=\"\(Self.escape(name))\"" }
    if let title { out += " title=\"\(Self.escape(title))\"" }
    out += ">"
    stack.append(tag)
  }

  mutating func close(_ tag: String) {
    precondition(stack.last == tag, "HTMLWriter: closing <\(tag)> inside <\(stack.last ?? "nothing")>")
    stack.removeLast()
    out += "</\(tag)>"
  }

  mutating func element(_ tag: String, _ content: String, class name: String? = nil) {
    open(tag, class: name)
    text(content)
    close(tag)
  }

  /// Escapes the five XML specials; drops control characters XML cannot hold.
  static func escape(_ text: String) -> String {
    var out = ""
    out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for u in text.unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n", "\r": out.unicodeScalars.append(u)
      default:
        if u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF { continue }
        out.unicodeScalars.append(u)
      }
    }
    return out
  }
}
