import ZhengceCore
import ZhengceParser

/// The human-readable view of a parse: metadata, plugin choice, and the
/// outline tree with each block's measure count.
struct OutlineReport {
  var result: ParseResult

  func render() -> String {
    let d = result.document
    var lines: [String] = []
    lines.append("\(d.id)  (\(d.source.format.rawValue), \(d.source.encoding))")
    lines.append("  title:    \(d.title ?? "—")\(source("title"))")
    if let notice = d.noticeTitle { lines.append("  notice:   \(notice)") }
    lines.append("  genre:    \(d.genre.map { "\($0.rawValue) (\($0.chineseName))" } ?? "—")")
    lines.append("  文号:     \(d.docNumber ?? "—")\(source("docNumber"))")
    lines.append("  issuers:  \(d.issuers.isEmpty ? "—" : d.issuers.joined(separator: "、"))\(source("issuers"))")
    lines.append("  date:     \(d.date ?? "—")\(source("date"))")
    let region = [d.region.province, d.region.city, d.region.county].compactMap { $0 }
    let why = result.region.evidence.joined(separator: "; ")
    lines.append("  region:   \(region.isEmpty ? "—" : region.joined(separator: " "))\(why.isEmpty ? "" : "  (\(why))")")
    let evidence = result.choice.evidence.prefix(3).joined(separator: "; ")
    lines.append("  plugin:   \(d.plugin)\(evidence.isEmpty ? "" : "  (\(evidence))")")
    let unnumbered = MeasureKind.allCases.filter { $0 != .numbered }.compactMap { kind -> String? in
      let n = d.measures.filter { $0.kind == kind }.count
      return n > 0 ? "\(n) \(kind.rawValue)" : nil
    }
    let kinds = unnumbered.isEmpty ? "" : " (\(unnumbered.joined(separator: ", ")))"
    lines.append("  measures: \(d.measures.count)\(kinds), citations: \(d.citations.count)")
    // The document's own conventions and its totals that do not add up.
    for rule in result.diagnostics where rule.id == "departments.firstListedLeads" { lines.append("  rule:     \(rule.message)") }
    for sum in result.diagnostics where sum.id == "commitments.sum" && sum.severity == .warning { lines.append("  sum:      \(sum.message)") }
    // What the outline had to mend (a heading whose numeral the page lost).
    let mended = result.diagnostics.filter { $0.id.rawValue.hasPrefix("outline.") }
    for note in mended.prefix(3) { lines.append("  outline:  \(note.message)") }
    if mended.count > 3 { lines.append("  outline:  … and \(mended.count - 3) more") }
    var counts: [String: Int] = [:]
    for m in d.measures { counts[m.path.joined(separator: "/"), default: 0] += 1 }
    func walk(_ blocks: [Block], _ prefix: String, _ path: [String]) {
      for (k, b) in blocks.enumerated() {
        let last = k == blocks.count - 1
        let p = path + [b.marker.label]
        let n = counts[p.joined(separator: "/")] ?? 0
        let count = n > 0 ? "  [\(n)]" : ""
        lines.append("\(prefix)\(last ? "└─ " : "├─ ")\(b.marker.label) \(b.title)\(count)")
        walk(b.children, prefix + (last ? "   " : "│  "), p)
      }
    }
    walk(result.tree.blocks, "  ", [])
    return lines.joined(separator: "\n")
  }

  /// Where a metadata field was read (the `meta.<field>` note), for the reader to check.
  private func source(_ field: String) -> String {
    guard let note = result.diagnostics.first(where: { $0.id.rawValue == "meta.\(field)" }) else { return "" }
    return "  ← \(note.message)"
  }
}
