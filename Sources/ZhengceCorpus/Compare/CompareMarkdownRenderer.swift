/// Renders a comparison as GitHub-flavoured Markdown: a side-by-side table
/// and an indicator table; entries within a cell are separated by `<br>`.
public struct CompareMarkdownRenderer: Sendable {
  public init() {}

  public func render(_ comparison: Comparison) -> String {
    let c = comparison
    var out = "# compare \(escape(c.selection))\n\nby \(c.grouping.rawValue); "
    out += "documents: " + c.columns.flatMap(\.documents).map { "\(escape($0.title)) (`\($0.id)`)" }.joined(separator: "; ") + "\n\n"
    let header = c.columns.map { escape(CompareText.columnTitle($0, c.grouping)) }
    out += "| | " + header.joined(separator: " | ") + " |\n|---|" + String(repeating: "---|", count: header.count) + "\n"
    out += row("measures", c.columns.map { col in
      col.measures.map { m in
        "`\(CompareText.path(m.path))` \(escape(m.heading.isEmpty ? m.excerpt : m.heading))" + (m.leads.isEmpty ? "" : " — lead: " + escape(CompareText.leads(m.leads)))
      }
    })
    out += row("leads", c.columns.map { $0.leads.map { escape(CompareText.family($0)) } })
    out += row("other commitments", c.columns.map { $0.unmatched.map { escape(CompareText.headline($0)) } })
    guard !c.indicators.isEmpty else { return out }
    out += "\n## indicators\n\n| indicator | " + header.joined(separator: " | ") + " |\n|---|"
      + String(repeating: "---|", count: header.count) + "\n"
    for indicator in c.indicators {
      out += row(CompareText.indicatorTitle(indicator), indicator.cells.map { $0.commitments.map { escape(CompareText.headline($0)) } })
    }
    return out
  }

  private func row(_ label: String, _ cells: [[String]]) -> String {
    "| **\(escape(label))** | " + cells.map { $0.isEmpty ? "—" : $0.joined(separator: "<br>") }.joined(separator: " | ") + " |\n"
  }

  /// Keeps text literal inside a table cell: pipes, inline HTML (`<`, `&`)
  /// and emphasis or code markers are escaped; line breaks become spaces.
  func escape(_ text: String) -> String {
    var out = ""
    for ch in text.unicodeScalars {
      switch ch {
      case "|": out += "\\|"
      case "<": out += "&lt;"
      case "&": out += "&amp;"
      case "\n", "\r": out += " "
      case "*", "_", "`", "[", "]": out += "\\\(ch)"
      default: out.unicodeScalars.append(ch)
      }
    }
    return out
  }
}
