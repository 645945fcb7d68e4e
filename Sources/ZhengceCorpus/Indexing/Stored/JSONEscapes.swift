/// JSON string escapes (RFC 8259 §7) resolved.
enum JSONEscapes {
  /// The text of a string's bytes between its quotes; nil when an escape is invalid.
  static func unescape(_ raw: ArraySlice<UInt8>) -> String? {
    var out: [UInt8] = []
    out.reserveCapacity(raw.count)
    var i = raw.startIndex
    while i < raw.endIndex {
      let c = raw[i]
      i += 1
      guard c == UInt8(ascii: "\\") else {
        out.append(c)
        continue
      }
      guard i < raw.endIndex else { return nil }
      let e = raw[i]
      i += 1
      switch e {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        guard var unit = hex4(raw, &i) else { return nil }
        // A surrogate pair is one scalar; a lone surrogate is not text (Foundation refuses it too).
        if (0xD800..<0xDC00).contains(unit), i + 1 < raw.endIndex, raw[i] == UInt8(ascii: "\\"), raw[i + 1] == UInt8(ascii: "u") {
          var j = i + 2
          guard let low = hex4(raw, &j), (0xDC00..<0xE000).contains(low) else { return nil }
          unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
          i = j
        }
        guard let scalar = Unicode.Scalar(unit) else { return nil }
        out.append(contentsOf: Array(String(scalar).utf8))
      default: return nil
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static func hex4(_ raw: ArraySlice<UInt8>, _ i: inout Int) -> UInt32? {
    guard i + 4 <= raw.endIndex else { return nil }
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let digit = hexDigit(raw[i]) else { return nil }
      value = value << 4 | digit
      i += 1
    }
    return value
  }

  private static func hexDigit(_ c: UInt8) -> UInt32? {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(c - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(c - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(c - UInt8(ascii: "A") + 10)
    default: nil
    }
  }
}
