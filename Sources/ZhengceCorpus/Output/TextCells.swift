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
}
