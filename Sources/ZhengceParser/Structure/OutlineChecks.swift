import ZhengceCore

/// Reports numbering that skips or goes back among siblings (二 after 四,
/// (三) after (一)); numbering that continues from a previous section is a note;
/// a heading whose numeral the page lost (`()指导思想`) is a warning.
enum OutlineChecks {
  static func diagnostics(for blocks: [Block]) -> [Diagnostic] {
    var out: [Diagnostic] = []
    check(blocks, &out)
    return out
  }

  private static func check(_ siblings: [Block], _ out: inout [Diagnostic]) {
    var previous: [MarkerStyle: Int] = [:]
    for block in siblings {
      let style = block.marker.style
      if block.marker.label == "()" {
        out.append(Diagnostic("outline.lostNumeral", .warning, "heading \"\(block.title)\" has lost its numeral", span: block.lead))
      }
      if let n = block.marker.ordinal, style != .annex, style != .dash {
        let expected = (previous[style] ?? 0) + 1
        if n != expected {
          let severity: Severity = previous[style] == nil ? .note : .warning
          out.append(Diagnostic("outline.markerOrder", severity,
                                "\(block.marker.label) where \(expected) was expected", span: block.lead))
        }
        previous[style] = n
      }
      check(block.children, &out)
    }
  }
}
