import ZhengceCore

/// Turns the outline into measures: every block's own text and closing text,
/// in document order, each with the path of markers that leads to it.
public struct MeasureBuilder: Sendable {
  public init() {}

  public func measures(of outline: Outline, in text: NormalizedText, documentID: String) -> [Measure] {
    var found: [(path: [String], heading: String, span: TextSpan)] = []
    func visit(_ block: Block, _ parentPath: [String]) {
      let path = parentPath + [block.marker.label]
      if let lead = block.lead { found.append((path, block.title, lead)) }
      for child in block.children { visit(child, path) }
      for span in block.trailing { found.append((path, "", span)) }
    }
    for block in outline.blocks { visit(block, []) }
    // Closing text comes after a block's children, except text after a task table
    // that more numbered children follow: document order is span order.
    found.sort { $0.span.start < $1.span.start }
    return found.enumerated().map { k, m in
      Measure(id: "\(documentID)#\(k + 1)", path: m.path, heading: m.heading, text: text.slice(m.span), span: m.span)
    }
  }
}
