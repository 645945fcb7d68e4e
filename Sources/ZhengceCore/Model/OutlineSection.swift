/// A node of a document's heading tree as the contract prints it.
public struct OutlineSection: Sendable, Hashable, Codable {
  /// The marker without punctuation, e.g. `三`, `(一)`, `1`, `——`, `附件5`.
  public var marker: String
  public var style: MarkerStyle
  /// The heading sentence, "" when the block has none.
  public var title: String
  public var children: [OutlineSection]

  public init(marker: String, style: MarkerStyle, title: String, children: [OutlineSection] = []) {
    self.marker = marker
    self.style = style
    self.title = title
    self.children = children
  }
}
