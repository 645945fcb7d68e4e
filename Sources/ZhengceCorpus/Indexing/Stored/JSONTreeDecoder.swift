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
    return try T(from: TreeDecoder(tree: tree, node: 0))
  }
}

/// A decoder positioned on one node of the tree, and its own single-value
/// container. Two words, so handing it on as `any Decoder` allocates nothing;
/// its coding path is found from the tree when an error needs it.
struct TreeDecoder: Decoder, SingleValueDecodingContainer {
  let tree: JSONTree
  let node: Int

  var codingPath: [any CodingKey] { tree.path(to: node) }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard tree.nodes[node].kind == .object else { throw mismatch(node, "an object") }
    return KeyedDecodingContainer(TreeKeyedContainer<Key>(self))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard tree.nodes[node].kind == .array else { throw mismatch(node, "an array") }
    return TreeUnkeyedContainer(tree: tree, node: node)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

  // MARK: - Single values

  func decodeNil() -> Bool { tree.nodes[node].kind == .null }
  func decode(_ type: Bool.Type) throws -> Bool { try tree.bool(node) }
  func decode(_ type: String.Type) throws -> String { try tree.string(node) }
  func decode(_ type: Double.Type) throws -> Double { try tree.double(node) }
  func decode(_ type: Float.Type) throws -> Float { Float(try tree.double(node)) }
  func decode(_ type: Int.Type) throws -> Int { try tree.integer(node) }
  func decode(_ type: Int8.Type) throws -> Int8 { try tree.integer(node) }
  func decode(_ type: Int16.Type) throws -> Int16 { try tree.integer(node) }
  func decode(_ type: Int32.Type) throws -> Int32 { try tree.integer(node) }
  func decode(_ type: Int64.Type) throws -> Int64 { try tree.integer(node) }
  func decode(_ type: UInt.Type) throws -> UInt { try tree.integer(node) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try tree.integer(node) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try tree.integer(node) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try tree.integer(node) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try tree.integer(node) }
  func decode<T: Decodable>(_ type: T.Type) throws -> T { try tree.value(T.self, at: node) }

  private func mismatch(_ at: Int, _ what: String) -> DecodingError { tree.mismatch(at, what) }
}

/// An object's members, found by key: a walk over its keys, which skips each
/// value's subtree in one step (objects of the contract have a dozen keys at most).
struct TreeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  private let decoder: TreeDecoder
  private var tree: JSONTree { decoder.tree }

  init(_ decoder: TreeDecoder) { self.decoder = decoder }

  var codingPath: [any CodingKey] { decoder.codingPath }

  var allKeys: [Key] { keyNodes.compactMap { k in (try? tree.string(k)).flatMap(Key.init) } }

  /// The node of each key, in order (its value is the next node).
  private var keyNodes: [Int] {
    var out: [Int] = []
    var k = decoder.node + 1
    for _ in 0..<(Int(tree.nodes[decoder.node].end) / 2) {
      out.append(k)
      k = Int(tree.nodes[k + 1].next)
    }
    return out
  }

  func contains(_ key: Key) -> Bool { find(key) != nil }

  /// The value node of `key`, or nil when the object has no such member.
  private func find(_ key: Key) -> Int? {
    var name = key.stringValue
    let tree = self.tree
    let object = decoder.node
    return name.withUTF8 { wanted in
      tree.nodes.withUnsafeBufferPointer { nodes in
        tree.bytes.withUnsafeBufferPointer { bytes in
          var k = object + 1
          for _ in 0..<(Int(nodes[object].end) / 2) {
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

  /// The value node of `key` when it is there and not null.
  private func present(_ key: Key) -> Int? {
    guard let node = find(key), tree.nodes[node].kind != .null else { return nil }
    return node
  }

  func decodeNil(forKey key: Key) throws -> Bool { tree.nodes[try node(key)].kind == .null }
  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try tree.bool(node(key)) }
  func decode(_ type: String.Type, forKey key: Key) throws -> String { try tree.string(node(key)) }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try tree.double(node(key)) }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try tree.double(node(key))) }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try tree.integer(node(key)) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try tree.integer(node(key)) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try tree.integer(node(key)) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try tree.integer(node(key)) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try tree.integer(node(key)) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try tree.integer(node(key)) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try tree.integer(node(key)) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try tree.integer(node(key)) }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try tree.integer(node(key)) }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try tree.integer(node(key)) }
  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try tree.value(T.self, at: node(key)) }

  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    try present(key).map { try tree.value(T.self, at: $0) }
  }

  func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try present(key).map(tree.string) }
  func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try present(key).map { try tree.integer($0) } }
  func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try present(key).map(tree.double) }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
    try TreeDecoder(tree: tree, node: node(key)).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try TreeDecoder(tree: tree, node: node(key)).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder { decoder }
  func superDecoder(forKey key: Key) throws -> any Decoder { TreeDecoder(tree: tree, node: try node(key)) }
}

/// An array's elements in order. Three words, so it too sits in its
/// existential container without an allocation of its own.
struct TreeUnkeyedContainer: UnkeyedDecodingContainer {
  private let tree: JSONTree
  private let array: Int32
  private var at: Int32
  private let elements: Int32
  private var index: Int32 = 0

  init(tree: JSONTree, node: Int) {
    self.tree = tree
    array = Int32(node)
    at = Int32(node + 1)
    elements = tree.nodes[node].end
  }

  var codingPath: [any CodingKey] { tree.path(to: Int(array)) }
  var count: Int? { Int(elements) }
  var currentIndex: Int { Int(index) }
  var isAtEnd: Bool { index >= elements }

  /// The next element's node, moving past it.
  private mutating func next() throws -> Int {
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "past the end of the array"))
    }
    let element = Int(at)
    at = tree.nodes[element].next
    index += 1
    return element
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd, tree.nodes[Int(at)].kind == .null else { return false }
    _ = try next()
    return true
  }

  mutating func decode(_ type: Bool.Type) throws -> Bool { try tree.bool(next()) }
  mutating func decode(_ type: String.Type) throws -> String { try tree.string(next()) }
  mutating func decode(_ type: Double.Type) throws -> Double { try tree.double(next()) }
  mutating func decode(_ type: Float.Type) throws -> Float { Float(try tree.double(next())) }
  mutating func decode(_ type: Int.Type) throws -> Int { try tree.integer(next()) }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try tree.integer(next()) }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try tree.integer(next()) }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try tree.integer(next()) }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try tree.integer(next()) }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try tree.integer(next()) }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try tree.integer(next()) }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try tree.integer(next()) }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try tree.integer(next()) }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try tree.integer(next()) }
  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try tree.value(T.self, at: next()) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
    try TreeDecoder(tree: tree, node: next()).container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try TreeDecoder(tree: tree, node: next()).unkeyedContainer()
  }

  mutating func superDecoder() throws -> any Decoder { TreeDecoder(tree: tree, node: try next()) }
}

// MARK: - Values of any node

extension JSONTree {
  /// A value of type `T` at `node`: a string read at once (lists of strings
  /// reach the containers through `Array`'s generic decoding), else `T`'s own decoding.
  func value<T: Decodable>(_ type: T.Type, at node: Int) throws -> T {
    if T.self == String.self, let text = try string(node) as? T { return text }
    return try T(from: TreeDecoder(tree: self, node: node))
  }

  func bool(_ at: Int) throws -> Bool {
    switch nodes[at].kind {
    case .true: return true
    case .false: return false
    default: throw mismatch(at, "a boolean")
    }
  }

  func string(_ at: Int) throws -> String {
    let n = nodes[at]
    switch n.kind {
    case .string: return String(decoding: rawBytes(n), as: UTF8.self)
    case .escapedString:
      guard let text = JSONEscapes.unescape(rawBytes(n)) else { throw mismatch(at, "a string with valid escapes") }
      return text
    default: throw mismatch(at, "a string")
    }
  }

  func double(_ at: Int) throws -> Double {
    let n = nodes[at]
    guard n.kind == .number, let value = Double(String(decoding: rawBytes(n), as: UTF8.self)) else {
      throw mismatch(at, "a number")
    }
    return value
  }

  func integer<I: FixedWidthInteger>(_ at: Int) throws -> I {
    let n = nodes[at]
    guard n.kind == .number, let value = I(String(decoding: rawBytes(n), as: UTF8.self)) else {
      throw mismatch(at, "an integer of type \(I.self)")
    }
    return value
  }

  func mismatch(_ at: Int, _ what: String) -> DecodingError {
    .typeMismatch(Any.self, .init(codingPath: path(to: at), debugDescription: "expected \(what), found \(nodes[at].kind)"))
  }

  /// The keys and indexes from the root down to `target` (for messages only).
  func path(to target: Int) -> [any CodingKey] {
    var path: [any CodingKey] = []
    var at = 0
    while at != target, nodes[at].kind == .object || nodes[at].kind == .array {
      let object = nodes[at].kind == .object
      var child = at + 1
      var index = 0
      var next: Int?
      while child < Int(nodes[at].next) {
        let value = object ? child + 1 : child
        let end = Int(nodes[value].next)
        if target >= value, target < end {
          path.append(object ? PathKey((try? string(child)) ?? "") : PathKey(index))
          next = value
          break
        }
        child = end
        index += 1
      }
      guard let next else { break }
      at = next
    }
    return path
  }
}

/// A key or an array position in a coding path.
private struct PathKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(_ name: String) { stringValue = name }
  init(_ index: Int) { (stringValue, intValue) = ("\(index)", index) }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { self.init(intValue) }
}
