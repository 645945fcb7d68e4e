import ZhengceCore

/// Turns the outline into measures: every block's own text and closing text,
/// in document order, each with the path of markers that leads to it.
public struct MeasureBuilder: Sendable {
  public init() {}

  public func measures(of outline: Outline, in text: NormalizedText, documentID: String) -> [Measure] {
    var out: [Measure] = []
    func emit(_ path: [String], _ heading: String, _ span: TextSpan) {
      out.append(Measure(id: "\(documentID)#\(out.count + 1)", path: path, heading: heading, text: text.slice(span), span: span))
    }
    func visit(_ block: Block, _ parentPath: [String]) {
      let path = parentPath + [block.marker.label]
      if let lead = block.lead { emit(path, block.title, lead) }
      for child in block.children { visit(child, path) }
      for span in block.trailing { emit(path, "", span) }
    }
    for block in outline.blocks { visit(block, []) }
    return out
  }
}
