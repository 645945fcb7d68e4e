/// Decodes `Decodable` values from JSON through a `JSONTree`: the same results
/// as Foundation's `JSONDecoder` for the contract types (keys as written, `null`
/// for nil, numbers as JSON numbers), several times faster on Linux, which is
/// what makes answering from the index's stored documents cheaper than parsing.
/// Any `Codable` change to `ParsedDocument` flows through it unchanged.
enum JSONTreeDecoder {
  /// - Throws: `DecodingError` naming the coding path, as `JSONDecoder` does.
  static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
    let tree: JSONTree
    do {
      tree = try JSONTree(bytes)
    } catch {
      throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "not JSON (at byte \(error.offset))"))
    }
    return try T(from: TreeDecoder(tree: tree, node: 0, parent: nil, key: nil))
  }
}

/// A decoder positioned on one node of the tree; it is its own single-value container.
final class TreeDecoder: Decoder, SingleValueDecodingContainer {
  let tree: JSONTree
  let node: Int
  private let parent: TreeDecoder?
  private let key: (any CodingKey)?

  init(tree: JSONTree, node: Int, parent: TreeDecoder?, key: (any CodingKey)?) {
    self.tree = tree
    self.node = node
    self.parent = parent
    self.key = key
  }

  /// Built only when an error needs it: the keys from the root to this node.
  var codingPath: [any CodingKey] {
    var path: [any CodingKey] = []
    var at: TreeDecoder? = self
    while let decoder = at {
      if let key = decoder.key { path.append(key) }
      at = decoder.parent
    }
    return path.reversed()
  }

  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    try expect(.object, "an object")
    return KeyedDecodingContainer(TreeKeyedContainer<Key>(self))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try expect(.array, "an array")
    return TreeUnkeyedContainer(self)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

  func child(_ node: Int, key: any CodingKey) -> TreeDecoder { TreeDecoder(tree: tree, node: node, parent: self, key: key) }

  private func expect(_ kind: JSONTree.Kind, _ what: String) throws {
    guard tree.nodes[node].kind == kind else { throw mismatch(node, nil, what) }
  }

  // MARK: - Single values

  func decodeNil() -> Bool { tree.nodes[node].kind == .null }
  func decode(_ type: Bool.Type) throws -> Bool { try bool(node) }
  func decode(_ type: String.Type) throws -> String { try string(node) }
  func decode(_ type: Double.Type) throws -> Double { try double(node) }
  func decode(_ type: Float.Type) throws -> Float { Float(try double(node)) }
  func decode(_ type: Int.Type) throws -> Int { try integer(node) }
  func decode(_ type: Int8.Type) throws -> Int8 { try integer(node) }
  func decode(_ type: Int16.Type) throws -> Int16 { try integer(node) }
  func decode(_ type: Int32.Type) throws -> Int32 { try integer(node) }
  func decode(_ type: Int64.Type) throws -> Int64 { try integer(node) }
  func decode(_ type: UInt.Type) throws -> UInt { try integer(node) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(node) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(node) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(node) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(node) }
  func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: self) }

  // MARK: - Scalars of any node (containers read their members without a decoder each)

  func bool(_ at: Int, key: (any CodingKey)? = nil) throws -> Bool {
    switch tree.nodes[at].kind {
    case .true: return true
    case .false: return false
    default: throw mismatch(at, key, "a boolean")
    }
  }

  func string(_ at: Int, key: (any CodingKey)? = nil) throws -> String {
    let n = tree.nodes[at]
    switch n.kind {
    case .string: return String(decoding: tree.rawBytes(n), as: UTF8.self)
    case .escapedString:
      guard let text = JSONEscapes.unescape(tree.rawBytes(n)) else { throw mismatch(at, key, "a string with valid escapes") }
      return text
    default: throw mismatch(at, key, "a string")
    }
  }

  func double(_ at: Int, key: (any CodingKey)? = nil) throws -> Double {
    let n = tree.nodes[at]
    guard n.kind == .number, let value = Double(String(decoding: tree.rawBytes(n), as: UTF8.self)) else {
      throw mismatch(at, key, "a number")
    }
    return value
  }

  func integer<I: FixedWidthInteger>(_ at: Int, key: (any CodingKey)? = nil) throws -> I {
    let n = tree.nodes[at]
    guard n.kind == .number, let value = I(String(decoding: tree.rawBytes(n), as: UTF8.self)) else {
      throw mismatch(at, key, "an integer of type \(I.self)")
    }
    return value
  }

  /// A type mismatch at this node, or at its member `key` (node `at`).
  private func mismatch(_ at: Int, _ key: (any CodingKey)?, _ what: String) -> DecodingError {
    let path = codingPath + (key.map { [$0] } ?? [])
    return .typeMismatch(Any.self, .init(codingPath: path, debugDescription: "expected \(what), found \(tree.nodes[at].kind)"))
  }
}

/// An object's members, found by key: a walk over its keys, which skips each
/// value's subtree in one step (objects of the contract have a dozen keys at most).
struct TreeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  private let decoder: TreeDecoder

  init(_ decoder: TreeDecoder) { self.decoder = decoder }

  var codingPath: [any CodingKey] { decoder.codingPath }

  var allKeys: [Key] {
    keyNodes.compactMap { k in (try? decoder.child(k, key: Index(0)).decode(String.self)).flatMap(Key.init) }
  }

  /// The node of each key, in order (its value is the next node).
  private var keyNodes: [Int] {
    let nodes = decoder.tree.nodes
    var out: [Int] = []
    var k = decoder.node + 1
    for _ in 0..<(Int(nodes[decoder.node].end) / 2) {
      out.append(k)
      k = Int(nodes[k + 1].next)
    }
    return out
  }

  func contains(_ key: Key) -> Bool { find(key) != nil }

  /// The value node of `key`, or nil when the object has no such member.
  private func find(_ key: Key) -> Int? {
    var name = key.stringValue
    let tree = decoder.tree
    return name.withUTF8 { wanted in
      tree.nodes.withUnsafeBufferPointer { nodes in
        tree.bytes.withUnsafeBufferPointer { bytes in
          var k = decoder.node + 1
          for _ in 0..<(Int(nodes[decoder.node].end) / 2) {
            let n = nodes[k]
            if Int(n.end - n.start) == wanted.count, n.kind == .string,
              wanted.elementsEqual(UnsafeBufferPointer(rebasing: bytes[Int(n.start)..<Int(n.end)]))
            {
              return k + 1
            }
            k = Int(nodes[k + 1].next)
          }
          return nil
        }
      }
    }
  }

  /// The value node of `key`; throws when there is none.
  private func node(_ key: Key) throws -> Int {
    guard let node = find(key) else {
      throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no value for \(key.stringValue)"))
    }
    return node
  }

  private func value(_ key: Key) throws -> TreeDecoder { decoder.child(try node(key), key: key) }

  func decodeNil(forKey key: Key) throws -> Bool { decoder.tree.nodes[try node(key)].kind == .null }
  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder.bool(node(key), key: key) }
  func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder.string(node(key), key: key) }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoder.double(node(key), key: key) }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try decoder.double(node(key), key: key)) }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder.integer(node(key), key: key) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decoder.integer(node(key), key: key) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decoder.integer(node(key), key: key) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decoder.integer(node(key), key: key) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decoder.integer(node(key), key: key) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decoder.integer(node(key), key: key) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decoder.integer(node(key), key: key) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decoder.integer(node(key), key: key) }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decoder.integer(node(key), key: key) }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decoder.integer(node(key), key: key) }
  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try T(from: value(key)) }

  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    guard let node = find(key), decoder.tree.nodes[node].kind != .null else { return nil }
    return try T(from: decoder.child(node, key: key))
  }

  func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
    guard let node = find(key), decoder.tree.nodes[node].kind != .null else { return nil }
    return try decoder.string(node, key: key)
  }

  func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
    guard let node = find(key), decoder.tree.nodes[node].kind != .null else { return nil }
    return try decoder.integer(node, key: key)
  }

  func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
    guard let node = find(key), decoder.tree.nodes[node].kind != .null else { return nil }
    return try decoder.double(node, key: key)
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
    try value(key).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try value(key).unkeyedContainer() }
  func superDecoder() throws -> any Decoder { decoder }
  func superDecoder(forKey key: Key) throws -> any Decoder { try value(key) }
}

/// An array's elements in order. Small enough (three words) to sit in an
/// existential container without an allocation of its own.
struct TreeUnkeyedContainer: UnkeyedDecodingContainer {
  private let decoder: TreeDecoder
  private var at: Int32
  private let elements: Int32
  private var index: Int32 = 0

  init(_ decoder: TreeDecoder) {
    self.decoder = decoder
    at = Int32(decoder.node + 1)
    elements = decoder.tree.nodes[decoder.node].end
  }

  var codingPath: [any CodingKey] { decoder.codingPath }
  var count: Int? { Int(elements) }
  var currentIndex: Int { Int(index) }
  var isAtEnd: Bool { index >= elements }

  /// The next element's node and its place in the coding path, moving past it.
  private mutating func next() throws -> (node: Int, key: Index) {
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "past the end of the array"))
    }
    let element = (Int(at), Index(Int(index)))
    at = decoder.tree.nodes[Int(at)].next
    index += 1
    return element
  }

  private mutating func nextDecoder() throws -> TreeDecoder {
    let (node, key) = try next()
    return decoder.child(node, key: key)
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd, decoder.tree.nodes[Int(at)].kind == .null else { return false }
    _ = try next()
    return true
  }

  mutating func decode(_ type: Bool.Type) throws -> Bool { try read { try $0.bool($1, key: $2) } }
  mutating func decode(_ type: String.Type) throws -> String { try read { try $0.string($1, key: $2) } }
  mutating func decode(_ type: Double.Type) throws -> Double { try read { try $0.double($1, key: $2) } }
  mutating func decode(_ type: Float.Type) throws -> Float { Float(try read { try $0.double($1, key: $2) }) }
  mutating func decode(_ type: Int.Type) throws -> Int { try read { try $0.integer($1, key: $2) } }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try read { try $0.integer($1, key: $2) } }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try read { try $0.integer($1, key: $2) } }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try read { try $0.integer($1, key: $2) } }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try read { try $0.integer($1, key: $2) } }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try read { try $0.integer($1, key: $2) } }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try read { try $0.integer($1, key: $2) } }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try read { try $0.integer($1, key: $2) } }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try read { try $0.integer($1, key: $2) } }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try read { try $0.integer($1, key: $2) } }
  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: nextDecoder()) }

  /// Reads the next element with `scalar`, given the decoder, the element's node and its coding key.
  private mutating func read<T>(_ scalar: (TreeDecoder, Int, Index) throws -> T) throws -> T {
    let (node, key) = try next()
    return try scalar(decoder, node, key)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
    try nextDecoder().container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try nextDecoder().unkeyedContainer() }
  mutating func superDecoder() throws -> any Decoder { try nextDecoder() }
}

/// An array position in a coding path.
private struct Index: CodingKey {
  var intValue: Int?
  var stringValue: String { "\(intValue ?? 0)" }
  init(_ index: Int) { intValue = index }
  init?(stringValue: String) { nil }
  init?(intValue: Int) { self.intValue = intValue }
}
