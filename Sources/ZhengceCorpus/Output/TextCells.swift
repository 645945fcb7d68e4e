/// Cell helpers shared by every command's table and CSV output.
public enum TextCells {
  /// An RFC 4180 field: quoted when it holds a comma, quote or line break, quotes doubled.
  public static func csv(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else {
      return text
    }
    // Bytes, not Foundation's replacingOccurrences (slow on Linux, and a task register has thousands of cells).
    var out: [UInt8] = [UInt8(ascii: "\"")]
    out.reserveCapacity(text.utf8.count + 8)
    for byte in text.utf8 {
      out.append(byte)
      if byte == UInt8(ascii: "\"") { out.append(byte) }
    }
    out.append(UInt8(ascii: "\""))
    return String(decoding: out, as: UTF8.self)
  }

  /// A number as people write it: 2400000 rather than 2400000.0; fractions as stored (0.3333).
  public static func number(_ v: Double) -> String {
    v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
  }

  /// Columns a terminal uses for `text`: 2 for East Asian wide characters.
  public static func width(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + width($1) }
  }

  /// 0 for controls and combining marks, 2 for wide characters, else 1.
  public static func width(_ u: Unicode.Scalar) -> Int {
    switch u.value {
    case 0..<0x20, 0x300..<0x370, 0x200B..<0x2010: return 0
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
      0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      return 2
    default: return 1
    }
  }
}
