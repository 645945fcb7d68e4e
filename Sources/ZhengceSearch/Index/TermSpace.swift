/// The first byte of every dictionary key: which kind of term follows.
enum TermSpace: UInt8 {
  /// A gram of the character stream: the UTF-8 of one or two scalars.
  case gram = 1
  /// A folded letter/digit word.
  case word = 2
  /// A keyword field value: the field's raw value, then the value's UTF-8.
  case field = 3
}

extension TermSpace {
  static func gramKey(_ scalars: [UInt32]) -> [UInt8] {
    var key: [UInt8] = [TermSpace.gram.rawValue]
    for v in scalars { appendUTF8(v, to: &key) }
    return key
  }

  static func wordKey(_ word: String) -> [UInt8] { [TermSpace.word.rawValue] + Array(word.utf8) }

  static func fieldKey(_ field: Field, _ value: String) -> [UInt8] {
    [TermSpace.field.rawValue, field.id] + Array(value.utf8)
  }

  static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
    switch v {
    case 0..<0x80: out.append(UInt8(v))
    case 0x80..<0x800:
      out.append(UInt8(0xC0 | v >> 6)); out.append(UInt8(0x80 | v & 0x3F))
    case 0x800..<0x10000:
      out.append(UInt8(0xE0 | v >> 12)); out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
    default:
      out.append(UInt8(0xF0 | v >> 18)); out.append(UInt8(0x80 | v >> 12 & 0x3F))
      out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
    }
  }
}

extension TermSpace {
  /// A dictionary key as a message shows it: the gram or word, or a field's value.
  static func display(_ key: UnsafeBufferPointer<UInt8>) -> String {
    guard let first = key.first else { return "" }
    let skip = first == TermSpace.field.rawValue ? 2 : 1
    return String(decoding: key.dropFirst(min(skip, key.count)), as: UTF8.self)
  }
}
