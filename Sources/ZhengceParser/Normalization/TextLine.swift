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
  /// Whether the line was indented (two or more blanks trimmed from its
  /// start): in wrapped text, the mark of a paragraph's first line.
  public var indented = false
  /// Display columns its last source line took, indentation included (two for
  /// a wide character): in wrapped text, full lines share one width.
  public var width = 0
  /// Whether a blank line came before it: in wrapped text, a paragraph break.
  public var afterBlank = false

  public var text: String {
    String(scalars: scalars)
  }

  public var isEmpty: Bool { scalars.isEmpty }
}
