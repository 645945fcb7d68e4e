/// Columns a scalar takes when text is set in fixed-width cells: one rule for the
/// normaliser, which measures the lines of the page a document was typeset on to
/// undo its hard wraps, and for the tables printed to a terminal.
///
/// East Asian wide and full-width scalars (Han, kana, Hangul, full-width forms,
/// CJK punctuation) take two columns, as in Markus Kuhn's `wcwidth`. The media differ
/// only where they truly do, and `Medium` names it.
public enum DisplayWidth {
  /// Where the text is set.
  public enum Medium: Sendable {
    /// A Chinese page: every scalar takes a column at least, and the punctuation a
    /// Chinese font sets full width (— “ ” …, East Asian Ambiguous) takes two.
    case page
    /// A terminal: controls, combining marks and zero-width spaces take none, and
    /// ambiguous punctuation one.
    case terminal
  }

  /// Columns `u` takes on `medium`: 0, 1 or 2.
  @inlinable @inline(__always)
  public static func columns(_ u: Unicode.Scalar, on medium: Medium) -> Int {
    let v = u.value
    // ASCII and the CJK blocks first: nearly every scalar of a document is one of them.
    if v < 0x1100 { return medium == .terminal && (v < 0x20 || (0x300..<0x370).contains(v)) ? 0 : 1 }
    if (0x2E80...0xA4CF).contains(v) { return v == 0x303F ? 1 : 2 }
    switch v {
    case 0x1100...0x115F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
      0x20000...0x3FFFD:
      return 2
    case 0x2014, 0x201C, 0x201D, 0x2026: return medium == .page ? 2 : 1
    case 0x200B..<0x2010: return medium == .terminal ? 0 : 1
    default: return 1
    }
  }

  /// Columns `text` takes on `medium`.
  public static func columns(_ text: String, on medium: Medium) -> Int {
    text.unicodeScalars.reduce(0) { $0 + columns($1, on: medium) }
  }
}
