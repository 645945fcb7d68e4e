/// Keeps the best `k` of a stream of scored documents without sorting them all:
/// a min-heap whose root is the worst hit kept. Ties go to the earlier document.
struct TopHits {
  let k: Int
  private var heap: [(score: Double, doc: Int32)] = []

  init(k: Int) {
    self.k = k
    heap.reserveCapacity(min(k, 4096))
  }

  /// True when `a` ranks below `b`.
  @inline(__always)
  private static func worse(_ a: (score: Double, doc: Int32), _ b: (score: Double, doc: Int32)) -> Bool {
    a.score < b.score || (a.score == b.score && a.doc > b.doc)
  }

  /// Whether `k` hits are kept: a later one must beat `worst` to get in.
  var isFull: Bool { heap.count >= k }
  /// The score of the worst hit kept (when any is).
  var worst: Double? { heap.first?.score }

  /// Keeps the hit if it ranks among the best `k`; true when it was kept.
  @inline(__always) @discardableResult
  mutating func offer(_ score: Double, _ doc: Int32) -> Bool {
    let item = (score: score, doc: doc)
    if heap.count < k {
      heap.append(item)
      var i = heap.count - 1
      while i > 0 {
        let parent = (i - 1) / 2
        guard Self.worse(heap[i], heap[parent]) else { break }
        heap.swapAt(i, parent)
        i = parent
      }
      return true
    } else if k > 0, Self.worse(heap[0], item) {
      heap[0] = item
      var i = 0
      while true {
        let l = 2 * i + 1
        let r = l + 1
        var m = i
        if l < heap.count, Self.worse(heap[l], heap[m]) { m = l }
        if r < heap.count, Self.worse(heap[r], heap[m]) { m = r }
        if m == i { break }
        heap.swapAt(i, m)
        i = m
      }
      return true
    }
    return false
  }

  /// The kept hits, best first.
  func sorted() -> [(score: Double, doc: Int32)] { heap.sorted { Self.worse($1, $0) } }
}
