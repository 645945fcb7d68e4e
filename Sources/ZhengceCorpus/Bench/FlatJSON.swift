/// A small, fast reader for one flat JSON object per line (the benchmark's
/// record files): string values are decoded, `null` is kept, other values
/// (numbers, booleans, arrays, objects) are skipped and only marked as such.
struct FlatJSON {
  /// One value of the object.
  enum Value: Equatable {
    case string(String)
    case null
    /// A number, boolean, array or object, skipped.
    case other
  }

  /// Parses `bytes` as one object; returns nil if malformed.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> [String: Value]? {
    var p = FlatJSON(bytes: bytes)
    return p.object()
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  private var i = 0

  private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  private mutating func skipSpace() {
    while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
  }

  private mutating func object() -> [String: Value]? {
    skipSpace()
    guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { return nil }
    i += 1
    var out: [String: Value] = [:]
    skipSpace()
    if i < bytes.count, bytes[i] == UInt8(ascii: "}") { return out }
    while true {
      skipSpace()
      guard let key = string() else { return nil }
      skipSpace()
      guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
      i += 1
      skipSpace()
      guard i < bytes.count else { return nil }
      switch bytes[i] {
      case UInt8(ascii: "\""):
        guard let value = string() else { return nil }
        out[key] = .string(value)
      case UInt8(ascii: "n"):
        guard i + 4 <= bytes.count, Array(bytes[i..<(i + 4)]) == Array("null".utf8) else { return nil }
        i += 4
        out[key] = .null
      default:
        guard skipValue() else { return nil }
        out[key] = .other
      }
      skipSpace()
      guard i < bytes.count else { return nil }
      if bytes[i] == UInt8(ascii: ",") {
        i += 1
      } else if bytes[i] == UInt8(ascii: "}") {
        i += 1
        skipSpace()
        return i == bytes.count ? out : nil
      } else {
        return nil
      }
    }
  }

  /// Skips a number, literal, array or object.
  private mutating func skipValue() -> Bool {
    var depth = 0
    while i < bytes.count {
      let c = bytes[i]
      if c == UInt8(ascii: "\"") {
        guard string() != nil else { return false }
        continue
      }
      if c == UInt8(ascii: "[") || c == UInt8(ascii: "{") { depth += 1 }
      if c == UInt8(ascii: "]") || c == UInt8(ascii: "}") {
        if depth == 0 { return true }
        depth -= 1
      }
      if depth == 0, c == UInt8(ascii: ",") { return true }
      i += 1
    }
    return depth == 0
  }

  private mutating func string() -> String? {
    guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
    i += 1
    let start = i
    while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") { i += 1 }
    guard i < bytes.count else { return nil }
    if bytes[i] == UInt8(ascii: "\"") {
      let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
      i += 1
      return s
    }
    var out = Array(bytes[start..<i])
    while i < bytes.count {
      let c = bytes[i]
      if c == UInt8(ascii: "\"") {
        i += 1
        return String(decoding: out, as: UTF8.self)
      }
      if c != UInt8(ascii: "\\") {
        out.append(c)
        i += 1
        continue
      }
      guard i + 1 < bytes.count else { return nil }
      let e = bytes[i + 1]
      i += 2
      switch e {
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "u"):
        guard var v = hex4() else { return nil }
        if v >= 0xD800, v < 0xDC00, i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
          i += 2
          guard let low = hex4(), low >= 0xDC00, low < 0xE000 else { return nil }
          v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
        }
        UTF8.encode(UnicodeScalar(v) ?? "\u{FFFD}") { out.append($0) }
      default: out.append(e)
      }
    }
    return nil
  }

  private mutating func hex4() -> UInt32? {
    guard i + 4 <= bytes.count else { return nil }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let c = bytes[i]
      let d: UInt32
      switch c {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(c - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(c - UInt8(ascii: "A") + 10)
      default: return nil
      }
      v = v << 4 | d
      i += 1
    }
    return v
  }
}
