/// Indices of words grouped by their first scalar, in insertion order, with a
/// bitmap over the BMP so most scalars are rejected without a look-up, and an
/// open-addressed table (no hashing of `Unicode.Scalar`) for the rest: scans
/// ask it once per scalar of every measure.
struct ScalarIndex: Sendable {
  private var starts = [UInt64](repeating: 0, count: 1024)
  /// Slots of first scalars (value + 1; 0 is empty), a power of two long.
  private var keys: [UInt32]
  /// For the first scalar in the same slot of `keys`, where its words are in `members`.
  private var groups: [Range<Int>]
  /// Word indices, grouped by first scalar.
  private var members: [Int] = []

  /// Indexes `words` by position; empty words are left out.
  init(_ words: [[Unicode.Scalar]]) {
    var byFirst: [Unicode.Scalar: [Int]] = [:]
    var order: [Unicode.Scalar] = []
    for (k, word) in words.enumerated() {
      guard let first = word.first else { continue }
      if byFirst[first] == nil { order.append(first) }
      byFirst[first, default: []].append(k)
      if first.value < 0x10000 { starts[Int(first.value >> 6)] |= 1 << UInt64(first.value & 63) }
    }
    var size = 8
    while size < order.count * 2 { size *= 2 }
    keys = Array(repeating: 0, count: size)
    groups = Array(repeating: 0..<0, count: size)
    for first in order {
      var at = Self.slot(first.value, size)
      while keys[at] != 0 { at = (at + 1) & (size - 1) }
      keys[at] = first.value + 1
      groups[at] = members.count..<(members.count + byFirst[first]!.count)
      members += byFirst[first]!
    }
  }

  @inline(__always)
  private static func slot(_ value: UInt32, _ size: Int) -> Int {
    Int(truncatingIfNeeded: (UInt64(value) &* 0x9E37_79B9_7F4A_7C15) >> 32) & (size - 1)
  }

  /// Whether some word starts with `scalar`.
  @inline(__always)
  func mayStart(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v >= 0x10000 || starts[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0
  }

  /// The indices of the words starting with `scalar`, in insertion order.
  @inline(__always)
  func words(startingWith scalar: Unicode.Scalar) -> ArraySlice<Int> {
    guard mayStart(scalar) else { return [] }
    var at = Self.slot(scalar.value, keys.count)
    while keys[at] != 0 {
      if keys[at] == scalar.value + 1 { return members[groups[at]] }
      at = (at + 1) & (keys.count - 1)
    }
    return []
  }
}

extension Collection where Element == Unicode.Scalar, Index == Int {
  /// Whether `word` occurs at `i`.
  @inline(__always)
  func has(_ word: [Unicode.Scalar], at i: Int) -> Bool {
    guard i >= startIndex, i + word.count <= endIndex else { return false }
    for k in 0..<word.count where self[i + k] != word[k] { return false }
    return true
  }
}
