/// Character classes the normaliser, the scanners, the HTML reader and the metadata
/// reader test, on `Unicode.Scalar`s: one definition of each, so that a Han
/// character of the parser is one of the page reader too.
public enum ScalarClass {
  /// Han ideographs: CJK Unified Ideographs, extension A, the compatibility
  /// ideographs, and planes 2 and 3, which hold nothing but ideographs (extensions B
  /// and on). Not 〇 or the CJK punctuation (`isCJKPunctuation`).
  @inlinable public static func isHan(_ u: Unicode.Scalar) -> Bool {
    switch u.value {
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x3FFFD: return true
    default: return false
    }
  }

  /// CJK punctuation and brackets: 、。〔〕《》〈〉“”‘’—…·【】 and the like.
  @inlinable public static func isCJKPunctuation(_ u: Unicode.Scalar) -> Bool {
    switch u.value {
    case 0x3001...0x303F, 0x2014...0x201F, 0x2026, 0x00B7, 0xFF01...0xFF65, 0x2E80...0x2EFF: return true
    default: return false
    }
  }

  @inlinable public static func isCJK(_ u: Unicode.Scalar) -> Bool { isHan(u) || isCJKPunctuation(u) }

  @inlinable public static func isDigit(_ u: Unicode.Scalar) -> Bool { u.value >= 0x30 && u.value <= 0x39 }

  @inlinable public static func isASCIIPunctuation(_ u: Unicode.Scalar) -> Bool {
    switch u.value {
    case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
    default: return false
    }
  }

  @inlinable public static func isLatinLetter(_ u: Unicode.Scalar) -> Bool {
    (u.value >= 0x41 && u.value <= 0x5A) || (u.value >= 0x61 && u.value <= 0x7A)
  }

  /// Horizontal white space of any width (ASCII, no-break, em, ideographic, zero-width).
  @inlinable public static func isSpace(_ u: Unicode.Scalar) -> Bool {
    switch u.value {
    case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
    default: return false
    }
  }

  @inlinable public static func isLineBreak(_ u: Unicode.Scalar) -> Bool {
    u == "\n" || u == "\r" || u.value == 0x2028 || u.value == 0x2029 || u.value == 0x85
  }
}
