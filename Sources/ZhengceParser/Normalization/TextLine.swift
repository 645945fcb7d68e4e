import ZhengceCore

/// One paragraph of normalised text, with where each scalar came from.
public struct TextLine: Sendable {
  /// Normalised scalars: folded, stray spaces removed.
  public var scalars: [Unicode.Scalar]
  /// For each scalar, the index of the decoded scalar it came from.
  public var sources: [Int32]
  /// Folded text with white space runs kept as one space, for titles and
  /// metadata rows; "" for lines longer than `maxRawLength` (paragraphs).
  public var raw: String

  public static let maxRawLength = 160

  public var text: String {
    String(scalars: scalars)
  }

  public var isEmpty: Bool { scalars.isEmpty }
}
