/// A node of the outline as the parser builds it: a numbered block with the
/// spans of its own text, and its child blocks.
public struct Block: Sendable, Hashable {
  public var marker: Marker
  /// The block's heading sentence, "" if none.
  public var title: String
  /// The block's own text before its first child: from after the marker to the
  /// end of its last paragraph; nil for a heading with no text of its own.
  public var lead: TextSpan?
  /// Text after its children (paragraphs that close the section).
  public var trailing: [TextSpan]
  public var children: [Block]

  public init(marker: Marker, title: String, lead: TextSpan? = nil, trailing: [TextSpan] = [], children: [Block] = []) {
    self.marker = marker
    self.title = title
    self.lead = lead
    self.trailing = trailing
    self.children = children
  }

  /// The contract's view: markers and titles only.
  public var section: OutlineSection {
    OutlineSection(marker: marker.label, style: marker.style, title: title, children: children.map(\.section))
  }
}
