/// Full-width ASCII forms and small forms (1﹒, ﹝2016﹞) → ASCII or the CJK mark
/// they stand for (Unicode's compatibility mappings), odd dashes → em dash, bullets dropped.
/// A TAB stays: it separates the cells of a table row. Control characters are
/// no text: NUL and the other C0 controls are dropped (the parser reports how
/// many, see `isDroppedControl`), except the page break and vertical tab
/// (`pdftotext` output), which read as a space.
enum WidthFolding {
  /// The folded scalar, or nil when the scalar is dropped.
  static func fold(_ u: Unicode.Scalar) -> Unicode.Scalar? {
    switch u.value {
    case 0x0B, 0x0C: return " "
    case 0x00...0x08, 0x0E...0x1F: return nil
    case 0xFF01...0xFF5E: return Unicode.Scalar(u.value - 0xFEE0)
    case 0xFE50...0xFE6B: return smallForms[Int(u.value - 0xFE50)]
    case 0x3000, 0xA0, 0x2000...0x200A, 0x202F, 0x205F: return " "
    case 0x200B, 0xFEFF: return nil
    case 0x2015, 0x2500, 0x2E3A: return "\u{2014}"
    default: return u
    }
  }

  /// U+FE50…FE6B by their compatibility mappings; the unassigned FE53 and FE67 stay.
  private static let smallForms: [Unicode.Scalar] = [
    ",", "\u{3001}", ".", "\u{FE53}", ";", ":", "?", "!", "\u{2014}", "(", ")", "{", "}", "\u{3014}", "\u{3015}", "#",
    "&", "*", "+", "-", "<", ">", "=", "\u{FE67}", "\\", "$", "%", "@",
  ]

  /// A C0 control `fold` drops (TAB, LF, CR, VT and FF are kept as white space).
  @inline(__always)
  static func isDroppedControl(_ u: Unicode.Scalar) -> Bool {
    u.value < 0x20 && !(0x09...0x0D).contains(u.value)
  }

  /// Bullets that open metadata rows on web pages (• · ●).
  static func isLeadingBullet(_ u: Unicode.Scalar) -> Bool {
    u.value == 0x2022 || u.value == 0x25CF || u.value == 0x25AA || u.value == 0x00B7 || u.value == 0x30FB
  }
}
