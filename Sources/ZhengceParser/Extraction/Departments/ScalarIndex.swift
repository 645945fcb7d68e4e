/// Indices of words grouped by their first scalar, in insertion order, with a
/// bitmap over the BMP so most scalars are rejected without hashing.
struct ScalarIndex: Sendable {
  private var groups: [Unicode.Scalar: [Int]] = [:]
  private var starts = [UInt64](repeating: 0, count: 1024)

  /// Indexes `words` by position; empty words are left out.
  init(_ words: [[Unicode.Scalar]]) {
    for (k, word) in words.enumerated() {
      guard let first = word.first else { continue }
      groups[first, default: []].append(k)
      if first.value < 0x10000 { starts[Int(first.value >> 6)] |= 1 << UInt64(first.value & 63) }
    }
  }

  /// Whether some word starts with `scalar`.
  @inline(__always)
  func mayStart(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v >= 0x10000 || starts[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0
  }

  /// The indices of the words starting with `scalar`, in insertion order.
  func words(startingWith scalar: Unicode.Scalar) -> [Int] {
    mayStart(scalar) ? groups[scalar] ?? [] : []
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
