/// A JSON text split once into a flat list of its values, in document order,
/// for `JSONTreeDecoder`: a container's children follow it, and each node
/// knows where its subtree ends, so skipping a value costs nothing.
///
/// Only what the index stores is expected here (the contract JSON this tool
/// wrote), but any text is checked: malformed JSON is an error, never a trap.
final class JSONTree {
  enum Kind: UInt8 {
    case object, array, string, escapedString, number, `true`, `false`, null
  }

  /// One value. For a string, `start..<end` are the bytes between the quotes;
  /// for a number, its bytes; for a container, `end` is its child count.
  /// `next` is the index of the node after this value's subtree.
  struct Node {
    var kind: Kind
    var start: Int32
    var end: Int32
    var next: Int32
  }

  let bytes: [UInt8]
  let nodes: [Node]

  /// - Throws: `JSONTree.Malformed` with the byte offset where reading stopped.
  init(_ bytes: [UInt8]) throws(Malformed) {
    self.bytes = bytes
    guard bytes.count < Int(Int32.max) else { throw Malformed(offset: 0) }
    var nodes: [Node] = []
    nodes.reserveCapacity(bytes.count / 16)
    var scanner = Scanner()
    try bytes.withUnsafeBufferPointer { (buffer) throws(Malformed) in try scanner.scan(buffer, into: &nodes) }
    self.nodes = nodes
  }

  /// Where a text stopped being JSON.
  struct Malformed: Error {
    var offset: Int
  }

  /// The UTF-8 of a string node, escapes not yet resolved.
  func rawBytes(_ node: Node) -> ArraySlice<UInt8> { bytes[Int(node.start)..<Int(node.end)] }
}

/// The one pass over the bytes: an explicit stack of open containers, no recursion.
private struct Scanner {
  private var open: [Int] = []
  private var i = 0

  mutating func scan(_ b: UnsafeBufferPointer<UInt8>, into nodes: inout [JSONTree.Node]) throws(JSONTree.Malformed) {
    var expectValue = true
    skipSpace(b)
    while true {
      if expectValue {
        guard i < b.count else { throw .init(offset: i) }
        // Inside an object, a key comes before each value.
        if let top = open.last, nodes[top].kind == .object, nodes[top].end % 2 == 0 {
          guard b[i] == UInt8(ascii: "\"") else {
            if b[i] == UInt8(ascii: "}"), nodes[top].end == 0 {
              close(&nodes, b)
              expectValue = false
              continue
            }
            throw .init(offset: i)
          }
          countChild(&nodes)
          try string(b, &nodes)
          skipSpace(b)
          guard i < b.count, b[i] == UInt8(ascii: ":") else { throw .init(offset: i) }
          i += 1
          skipSpace(b)
          guard i < b.count else { throw .init(offset: i) }
        }
        try value(b, &nodes, expectValue: &expectValue)
      } else {
        skipSpace(b)
        guard let top = open.last else {
          guard i == b.count else { throw .init(offset: i) }
          return
        }
        guard i < b.count else { throw .init(offset: i) }
        let c = b[i]
        let closer = nodes[top].kind == .object ? UInt8(ascii: "}") : UInt8(ascii: "]")
        if c == UInt8(ascii: ",") {
          i += 1
          skipSpace(b)
          expectValue = true
        } else if c == closer {
          close(&nodes, b)
        } else {
          throw .init(offset: i)
        }
      }
    }
  }

  /// Reads the value at `i`: a scalar is complete at once, a container is opened.
  private mutating func value(
    _ b: UnsafeBufferPointer<UInt8>, _ nodes: inout [JSONTree.Node], expectValue: inout Bool
  ) throws(JSONTree.Malformed) {
    countChild(&nodes)
    let c = b[i]
    switch c {
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      open.append(nodes.count)
      nodes.append(.init(kind: c == UInt8(ascii: "{") ? .object : .array, start: Int32(i), end: 0, next: 0))
      i += 1
      skipSpace(b)
      if c == UInt8(ascii: "["), i < b.count, b[i] == UInt8(ascii: "]") {
        close(&nodes, b)
        expectValue = false
      } else {
        expectValue = true
      }
    case UInt8(ascii: "\""):
      try string(b, &nodes)
      expectValue = false
    case UInt8(ascii: "t"): try literal(b, &nodes, "true", .true, &expectValue)
    case UInt8(ascii: "f"): try literal(b, &nodes, "false", .false, &expectValue)
    case UInt8(ascii: "n"): try literal(b, &nodes, "null", .null, &expectValue)
    default:
      let start = i
      while i < b.count, Self.isNumberByte(b[i]) { i += 1 }
      guard i > start else { throw .init(offset: i) }
      nodes.append(.init(kind: .number, start: Int32(start), end: Int32(i), next: Int32(nodes.count + 1)))
      expectValue = false
    }
  }

  /// One more child for the innermost container (in an object, keys and values both count).
  private mutating func countChild(_ nodes: inout [JSONTree.Node]) {
    if let top = open.last { nodes[top].end += 1 }
  }

  private mutating func close(_ nodes: inout [JSONTree.Node], _ b: UnsafeBufferPointer<UInt8>) {
    let top = open.removeLast()
    nodes[top].next = Int32(nodes.count)
    i += 1
  }

  private mutating func string(_ b: UnsafeBufferPointer<UInt8>, _ nodes: inout [JSONTree.Node]) throws(JSONTree.Malformed) {
    i += 1
    let start = i
    var escaped = false
    while i < b.count {
      // Eight bytes at a time while none is a quote, a backslash or a control character.
      if let base = UnsafeRawPointer(b.baseAddress) {
        while i + 8 <= b.count, !Self.mayEndString(base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
      }
      guard i < b.count else { break }
      let c = b[i]
      if c == UInt8(ascii: "\"") { break }
      if c == UInt8(ascii: "\\") {
        escaped = true
        i += 1
      } else if c < 0x20 {
        throw .init(offset: i)
      }
      i += 1
    }
    guard i < b.count else { throw .init(offset: i) }
    nodes.append(.init(kind: escaped ? .escapedString : .string, start: Int32(start), end: Int32(i), next: Int32(nodes.count + 1)))
    i += 1
  }

  private mutating func literal(
    _ b: UnsafeBufferPointer<UInt8>, _ nodes: inout [JSONTree.Node], _ word: StaticString, _ kind: JSONTree.Kind,
    _ expectValue: inout Bool
  ) throws(JSONTree.Malformed) {
    let n = word.utf8CodeUnitCount
    guard i + n <= b.count else { throw .init(offset: i) }
    for k in 0..<n where b[i + k] != word.utf8Start[k] { throw .init(offset: i + k) }
    nodes.append(.init(kind: kind, start: Int32(i), end: Int32(i + n), next: Int32(nodes.count + 1)))
    i += n
    expectValue = false
  }

  private mutating func skipSpace(_ b: UnsafeBufferPointer<UInt8>) {
    while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
  }

  /// Whether any of eight bytes is `"`, `\\` or below 0x20 (bytes of
  /// multi-byte UTF-8 characters are all 0x80 or more, and never match).
  @inline(__always)
  private static func mayEndString(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
    let control = (word &- ones &* 0x20) & ~word & highs != 0
    return control || hasZero(word ^ (ones &* 0x22)) || hasZero(word ^ (ones &* 0x5C))
  }

  private static func isNumberByte(_ c: UInt8) -> Bool {
    (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+")
      || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E")
  }
}
