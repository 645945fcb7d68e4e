import ZhengceCore

/// Decoded text → normalised text (placeholder: identity; being written).
public struct TextNormalizer: Sendable {
  public init() {}
  public func normalize(_ text: String) -> NormalizedText {
    let scalars = Array(text.unicodeScalars)
    return NormalizedText(scalars: scalars, sourceIndex: (0..<scalars.count).map { Int32($0) })
  }
}
