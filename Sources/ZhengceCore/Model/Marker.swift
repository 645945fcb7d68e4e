/// The numbering styles of Chinese policy documents, in the contract's spelling.
public enum MarkerStyle: String, Sendable, Hashable, Codable, CaseIterable {
  /// 第一章
  case chapter
  /// 第一节, inside a chapter
  case section
  /// 第三条
  case article
  /// 一、
  case cn
  /// (一)
  case cnParen
  /// 1. or 1、
  case arabic
  /// (1)
  case arabicParen
  /// ①
  case circled
  /// —— dash item
  case dash
  /// 附件1
  case annex
  /// 第一步
  case step
}

/// A numbering marker as found in the text.
public struct Marker: Sendable, Hashable {
  public var style: MarkerStyle
  /// Normalised label: `三`, `(一)`, `1`, `(1)`, `①`, `——`, `附件1`, `第一章`, `第二节`, `第一步`;
  /// `()` for a heading whose numeral the page lost.
  public var label: String
  /// Numeric value where the style counts (一 → 1, (十一) → 11), nil for dashes.
  public var ordinal: Int?

  public init(style: MarkerStyle, label: String, ordinal: Int?) {
    self.style = style
    self.label = label
    self.ordinal = ordinal
  }
}
