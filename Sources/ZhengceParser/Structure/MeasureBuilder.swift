import ZhengceCore

/// Turns the outline into measures: every block's own text and closing text,
/// in document order, each with the path of markers that leads to it; and the
/// text outside any numbering, as the contract marks it: the head of a
/// numbered document is its preamble (path `前言`), and a document without
/// numbering is measures paragraph by paragraph (paths `¶1`, `¶2` …).
public struct MeasureBuilder: Sendable {
  public init() {}

  /// - Parameter unnumbered: spans of the substantive text before the first numbered block.
  public func measures(of outline: DocumentTree, unnumbered: [TextSpan] = [], in text: NormalizedText, documentID: String) -> [Measure] {
    var found: [(path: [String], kind: MeasureKind, heading: String, span: TextSpan)] = []
    func visit(_ block: Block, _ parentPath: [String]) {
      let path = parentPath + [block.marker.label]
      if let lead = block.lead { found.append((path, .numbered, block.title, lead)) }
      for child in block.children { visit(child, path) }
      for span in block.trailing { found.append((path, .numbered, "", span)) }
    }
    for block in outline.blocks { visit(block, []) }
    for (k, span) in unnumbered.enumerated() {
      found.append(outline.blocks.isEmpty ? (["¶\(k + 1)"], .paragraph, "", span) : (["前言"], .preamble, "", span))
    }
    // Closing text comes after a block's children, except text after a task table
    // that more numbered children follow: document order is span order.
    found.sort { $0.span.start < $1.span.start }
    return found.enumerated().map { k, m in
      Measure(id: "\(documentID)#\(k + 1)", path: m.path, kind: m.kind, heading: m.heading, text: text.slice(m.span), span: m.span)
    }
  }
}
