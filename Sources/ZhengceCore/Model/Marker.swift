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
  /// `1 总则`: a chapter numbered by a bare number, read as one only in a
  /// document whose sections are numbered 1.1 (emergency plans, 应急预案).
  case decimal1
  /// 1.1
  case decimal2
  /// 1.1.1
  case decimal3
  /// 1.1.1.1
  case decimal4

  /// How many numbers a decimal section number has (`1.4.1`: 3); nil for other styles.
  public var decimalDepth: Int? {
    switch self {
    case .decimal1: 1
    case .decimal2: 2
    case .decimal3: 3
    case .decimal4: 4
    default: nil
    }
  }

  /// The decimal style of `depth` numbers (1 to 4).
  public static func decimal(depth: Int) -> MarkerStyle? {
    [.decimal1, .decimal2, .decimal3, .decimal4].first { $0.decimalDepth == depth }
  }
}

/// A numbering marker as found in the text.
public struct Marker: Sendable, Hashable {
  public var style: MarkerStyle
  /// Normalised label: `三`, `(一)`, `1`, `(1)`, `①`, `——`, `附件1`, `第一章`, `第二节`, `第一步`, `1.4.1`;
  /// `()` for a heading whose numeral the page lost.
  public var label: String
  /// Numeric value where the style counts (一 → 1, (十一) → 11, 1.4.2 → 2), nil for dashes.
  public var ordinal: Int?

  public init(style: MarkerStyle, label: String, ordinal: Int?) {
    self.style = style
    self.label = label
    self.ordinal = ordinal
  }
}
