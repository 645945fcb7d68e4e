/// Finds dictionary phrases in text, leftmost-longest and without overlap, by
/// walking a trie over Unicode scalars: at each position the longest phrase
/// that starts there wins and scanning resumes after it, so 易地扶贫搬迁 is
/// counted once and not again as 扶贫搬迁 or 搬迁.
///
/// - Complexity: O(n × d) for n scalars and d the longest phrase length.
struct PhraseMatcher: Sendable {
  private var next: [[Unicode.Scalar: Int32]] = [[:]]
  private var phraseAt: [Int32] = [-1]
  /// One bit per BMP scalar that starts some phrase: most positions of a
  /// text start none and are skipped without a dictionary lookup.
  private var starts = [UInt64](repeating: 0, count: 1024)

  init() {}

  /// Adds `phrase` under the identifier `id`; an empty phrase is ignored.
  mutating func insert(_ phrase: String, id: Int) {
    if let first = phrase.unicodeScalars.first, first.value < 0x10000 {
      starts[Int(first.value >> 6)] |= 1 << UInt64(first.value & 63)
    }
    var node = 0
    for scalar in phrase.unicodeScalars {
      if let child = next[node][scalar] {
        node = Int(child)
      } else {
        next.append([:])
        phraseAt.append(-1)
        next[node][scalar] = Int32(next.count - 1)
        node = next.count - 1
      }
    }
    if node != 0 { phraseAt[node] = Int32(id) }
  }

  /// Calls `found` with the identifier and scalar range of every match in
  /// `scalars`, in text order.
  func forEachMatch(in scalars: [Unicode.Scalar], _ found: (_ id: Int, _ range: Range<Int>) -> Void) {
    var i = 0
    while i < scalars.count {
      let v = scalars[i].value
      if v < 0x10000, starts[Int(v >> 6)] & (1 << UInt64(v & 63)) == 0 {
        i += 1
        continue
      }
      var node = 0
      var j = i
      var best: (id: Int, end: Int)?
      while j < scalars.count, let child = next[node][scalars[j]] {
        node = Int(child)
        j += 1
        if phraseAt[node] >= 0 { best = (Int(phraseAt[node]), j) }
      }
      if let best {
        found(best.id, i..<best.end)
        i = best.end
      } else {
        i += 1
      }
    }
  }
}
