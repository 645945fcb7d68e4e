import Foundation

/// Encodes `Encodable` values as compact JSON written straight into bytes, in
/// the order the values encode their members: for the contract types the same
/// JSON as Foundation's `JSONEncoder` (`withoutEscapingSlashes`, keys in that
/// order, integral numbers without `.0`), several times faster on Linux, which
/// is what keeps storing every document from doubling the time of an index build.
///
/// A value that asks for what a stream cannot give (a nested or second
/// container, a super-encoder) or holds a type `JSONEncoder` writes its own way
/// (dates, data, URLs, decimals) is encoded by `JSONEncoder` instead.
enum JSONStreamEncoder {
  /// - Throws: `EncodingError` for a number JSON cannot hold, as `JSONEncoder` does.
  static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
    let sink = JSONSink()
    do {
      try sink.write(value)
      return sink.bytes
    } catch is JSONSink.Unstreamable {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.withoutEscapingSlashes]
      return Array(try encoder.encode(value))
    }
  }
}

/// The bytes written so far, and the containers open on them.
final class JSONSink {
  /// What a stream cannot write; the whole value goes to `JSONEncoder`.
  struct Unstreamable: Error {}

  private(set) var bytes: [UInt8] = []
  /// For each open container: whether it has no member yet.
  private var firsts: [Bool] = []

  /// Writes `value` whole: its container closed, or `{}` when it encoded nothing.
  func write<T: Encodable>(_ value: T) throws {
    switch value {
    case is Date, is Data, is URL, is Decimal: throw Unstreamable()
    case let text as String: string(text)
    default:
      let encoder = StreamEncoder(sink: self)
      try value.encode(to: encoder)
      switch encoder.opened {
      case .object: close(UInt8(ascii: "}"))
      case .array: close(UInt8(ascii: "]"))
      case .value: break
      case nil: bytes += Array("{}".utf8)
      }
    }
  }

  func open(_ bracket: UInt8) {
    bytes.append(bracket)
    firsts.append(true)
  }

  private func close(_ bracket: UInt8) {
    firsts.removeLast()
    bytes.append(bracket)
  }

  /// A comma before every member of the innermost container but its first.
  func separate() {
    guard let first = firsts.last else { return }
    if !first { bytes.append(UInt8(ascii: ",")) }
    firsts[firsts.count - 1] = false
  }

  func key(_ key: some CodingKey) {
    separate()
    string(key.stringValue)
    bytes.append(UInt8(ascii: ":"))
  }

  func literal(_ text: String) { bytes += text.utf8 }

  func number(_ value: Double) throws {
    guard value.isFinite else {
      throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "\(value) is not a JSON number"))
    }
    if value == value.rounded(), abs(value) < 1e15 { literal(String(Int64(value))) } else { literal("\(value)") }
  }

  /// A JSON string: quotes, backslashes and control characters escaped, everything else as it is.
  func string(_ text: String) {
    var text = text
    bytes.append(UInt8(ascii: "\""))
    text.withUTF8 { utf8 in
      // Runs without anything to escape are copied whole.
      var run = 0
      for (i, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        bytes += UnsafeBufferPointer(rebasing: utf8[run..<i])
        escape(byte)
        run = i + 1
      }
      bytes += UnsafeBufferPointer(rebasing: utf8[run...])
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private func escape(_ byte: UInt8) {
    let backslash = UInt8(ascii: "\\")
    switch byte {
    case 0x0A: bytes += [backslash, UInt8(ascii: "n")]
    case 0x0D: bytes += [backslash, UInt8(ascii: "r")]
    case 0x09: bytes += [backslash, UInt8(ascii: "t")]
    case 0x08: bytes += [backslash, UInt8(ascii: "b")]
    case 0x0C: bytes += [backslash, UInt8(ascii: "f")]
    case ..<0x20:
      let hex = Array("0123456789abcdef".utf8)
      bytes += [backslash, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
    default: bytes += [backslash, byte]
    }
  }
}

/// The encoder a value writes itself through: one container, once.
final class StreamEncoder: Encoder {
  enum Opened { case object, array, value }

  let sink: JSONSink
  private(set) var opened: Opened?
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  init(sink: JSONSink) { self.sink = sink }

  /// Whether this is the encoder's first container (a stream cannot take a second).
  private func open(_ kind: Opened) -> Bool {
    guard opened == nil else { return false }
    opened = kind
    return true
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    let first = open(.object)
    if first { sink.open(UInt8(ascii: "{")) }
    return KeyedEncodingContainer(StreamKeyedContainer<Key>(sink: sink, valid: first))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    let first = open(.array)
    if first { sink.open(UInt8(ascii: "[")) }
    return StreamUnkeyedContainer(sink: sink, valid: first)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    StreamSingleValue(sink: sink, valid: open(.value))
  }
}

/// Members `"key":value` of the object its encoder opened.
struct StreamKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let sink: JSONSink
  /// False when the encoder had opened another container: every write then gives up.
  let valid: Bool
  var codingPath: [any CodingKey] { [] }

  private func member(_ key: Key, _ write: () throws -> Void) throws {
    guard valid else { throw JSONSink.Unstreamable() }
    sink.key(key)
    try write()
  }

  mutating func encodeNil(forKey key: Key) throws { try member(key) { sink.literal("null") } }
  mutating func encode(_ value: Bool, forKey key: Key) throws { try member(key) { sink.literal(value ? "true" : "false") } }
  mutating func encode(_ value: String, forKey key: Key) throws { try member(key) { sink.string(value) } }
  mutating func encode(_ value: Double, forKey key: Key) throws { try member(key) { try sink.number(value) } }
  mutating func encode(_ value: Float, forKey key: Key) throws { try member(key) { try sink.number(Double(value)) } }
  mutating func encode(_ value: Int, forKey key: Key) throws { try member(key) { sink.literal(String(value)) } }
  mutating func encode(_ value: Int8, forKey key: Key) throws { try member(key) { sink.literal(String(value)) } }
  mutating func encode(_ value: Int16, forKey key: Key) throws { try member(key) { sink.literal(String(value)) } }
  mutating func encode(_ value: Int32, forKey key: Key) throws { try member(key) { sink.literal(String(value)) } }
  mutating func encode(_ value: Int64, forKey key: Key) throws { try member(key) { sink.literal(String(value)) } }
  mutating func encode(_ value: UInt, forKey key: Key) throws { try member(key) { sink.literal(String(value)) } }
  mutating func encode(_ value: UInt8, forKey key: Key) throws { try member(key) { sink.literal(String(value)) } }
  mutating func encode(_ value: UInt16, forKey key: Key) throws { try member(key) { sink.literal(String(value)) } }
  mutating func encode(_ value: UInt32, forKey key: Key) throws { try member(key) { sink.literal(String(value)) } }
  mutating func encode(_ value: UInt64, forKey key: Key) throws { try member(key) { sink.literal(String(value)) } }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try member(key) { try sink.write(value) } }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
    KeyedEncodingContainer(StreamKeyedContainer<NestedKey>(sink: sink, valid: false))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    StreamUnkeyedContainer(sink: sink, valid: false)
  }

  mutating func superEncoder() -> any Encoder { StreamEncoder.unusable(sink) }
  mutating func superEncoder(forKey key: Key) -> any Encoder { StreamEncoder.unusable(sink) }
}

/// Elements of the array its encoder opened.
struct StreamUnkeyedContainer: UnkeyedEncodingContainer {
  let sink: JSONSink
  let valid: Bool
  private(set) var count = 0
  var codingPath: [any CodingKey] { [] }

  init(sink: JSONSink, valid: Bool) {
    self.sink = sink
    self.valid = valid
  }

  private mutating func element(_ write: (JSONSink) throws -> Void) throws {
    guard valid else { throw JSONSink.Unstreamable() }
    sink.separate()
    try write(sink)
    count += 1
  }

  mutating func encodeNil() throws { try element { $0.literal("null") } }
  mutating func encode(_ value: Bool) throws { try element { $0.literal(value ? "true" : "false") } }
  mutating func encode(_ value: String) throws { try element { $0.string(value) } }
  mutating func encode(_ value: Double) throws { try element { try $0.number(value) } }
  mutating func encode(_ value: Float) throws { try element { try $0.number(Double(value)) } }
  mutating func encode(_ value: Int) throws { try element { $0.literal(String(value)) } }
  mutating func encode(_ value: Int8) throws { try element { $0.literal(String(value)) } }
  mutating func encode(_ value: Int16) throws { try element { $0.literal(String(value)) } }
  mutating func encode(_ value: Int32) throws { try element { $0.literal(String(value)) } }
  mutating func encode(_ value: Int64) throws { try element { $0.literal(String(value)) } }
  mutating func encode(_ value: UInt) throws { try element { $0.literal(String(value)) } }
  mutating func encode(_ value: UInt8) throws { try element { $0.literal(String(value)) } }
  mutating func encode(_ value: UInt16) throws { try element { $0.literal(String(value)) } }
  mutating func encode(_ value: UInt32) throws { try element { $0.literal(String(value)) } }
  mutating func encode(_ value: UInt64) throws { try element { $0.literal(String(value)) } }
  mutating func encode<T: Encodable>(_ value: T) throws { try element { try $0.write(value) } }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
    KeyedEncodingContainer(StreamKeyedContainer<NestedKey>(sink: sink, valid: false))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { StreamUnkeyedContainer(sink: sink, valid: false) }
  mutating func superEncoder() -> any Encoder { StreamEncoder.unusable(sink) }
}

/// The one value its encoder stands for.
struct StreamSingleValue: SingleValueEncodingContainer {
  let sink: JSONSink
  let valid: Bool
  var codingPath: [any CodingKey] { [] }

  private func value(_ write: () throws -> Void) throws {
    guard valid else { throw JSONSink.Unstreamable() }
    try write()
  }

  mutating func encodeNil() throws { try value { sink.literal("null") } }
  mutating func encode(_ value: Bool) throws { try self.value { sink.literal(value ? "true" : "false") } }
  mutating func encode(_ value: String) throws { try self.value { sink.string(value) } }
  mutating func encode(_ value: Double) throws { try self.value { try sink.number(value) } }
  mutating func encode(_ value: Float) throws { try self.value { try sink.number(Double(value)) } }
  mutating func encode(_ value: Int) throws { try self.value { sink.literal(String(value)) } }
  mutating func encode(_ value: Int8) throws { try self.value { sink.literal(String(value)) } }
  mutating func encode(_ value: Int16) throws { try self.value { sink.literal(String(value)) } }
  mutating func encode(_ value: Int32) throws { try self.value { sink.literal(String(value)) } }
  mutating func encode(_ value: Int64) throws { try self.value { sink.literal(String(value)) } }
  mutating func encode(_ value: UInt) throws { try self.value { sink.literal(String(value)) } }
  mutating func encode(_ value: UInt8) throws { try self.value { sink.literal(String(value)) } }
  mutating func encode(_ value: UInt16) throws { try self.value { sink.literal(String(value)) } }
  mutating func encode(_ value: UInt32) throws { try self.value { sink.literal(String(value)) } }
  mutating func encode(_ value: UInt64) throws { try self.value { sink.literal(String(value)) } }
  mutating func encode<T: Encodable>(_ value: T) throws { try self.value { try sink.write(value) } }
}

extension StreamEncoder {
  /// An encoder every container of which gives up (for a super-encoder).
  static func unusable(_ sink: JSONSink) -> StreamEncoder {
    let encoder = StreamEncoder(sink: sink)
    encoder.opened = .value
    return encoder
  }
}
