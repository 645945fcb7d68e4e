import ZhengceCore

/// One paragraph of normalised text, with where each scalar came from.
public struct TextLine: Sendable {
  /// Normalised scalars: folded, stray spaces removed.
  public var scalars: [Unicode.Scalar]
  /// For each scalar, the index of the decoded scalar it came from.
  public var sources: [Int32]
  /// Folded text with white space runs kept as one space (for titles and metadata rows).
  public var raw: String

  public var text: String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }

  public var isEmpty: Bool { scalars.isEmpty }
}
