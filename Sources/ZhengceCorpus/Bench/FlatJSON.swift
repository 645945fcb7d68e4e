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

  /// A string value; its escapes are resolved by `JSONEscapes`, as stored documents'
  /// are (a bad escape or a lone surrogate makes the line unreadable).
  private mutating func string() -> String? {
    guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
    i += 1
    let start = i
    var escaped = false
    while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
      if bytes[i] == UInt8(ascii: "\\") {
        escaped = true
        i += 1
      }
      i += 1
    }
    guard i < bytes.count else { return nil }
    defer { i += 1 }
    guard escaped else { return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self) }
    return JSONEscapes.unescape(Array(bytes[start..<i])[...])
  }
}
