import Dispatch
import ZhengceCore

/// Merges the segments' per-term postings into the generation's term table and
/// encoded postings, splitting the key space into runs merged on every core.
struct PostingMerger {
  /// One run of consecutive keys: per term (key offset, docFreq, postings
  /// offset, positions offset), all relative to the run's own buffers.
  struct Run {
    var entries: [UInt32] = []
    var keys: [UInt8] = []
    var postings: [UInt8] = []
    var positions: [UInt8] = []
    var terms: Int { entries.count / 4 }
  }

  let segments: [Segment]
  /// Each segment's keys in byte order with their term numbers.
  let lists: [[([UInt8], Int32)]]
  /// The global number of each segment's first document.
  let docBase: [Int32]
  let writePositions: Bool

  /// The runs, in key order: the key space is cut at keys of the longest list.
  func merge(parts: Int) -> [Run] {
    let longest = lists.indices.max { lists[$0].count < lists[$1].count }.map { lists[$0] } ?? []
    let cuts: [[UInt8]] =
      parts > 1 && longest.count > parts * 64 ? (1..<parts).map { longest[longest.count * $0 / parts].0 } : []
    let runs = ConcurrentSlots<Run>(count: cuts.count + 1)
    DispatchQueue.concurrentPerform(iterations: cuts.count + 1) { p in
      runs.set(p, run(from: p == 0 ? nil : cuts[p - 1], to: p < cuts.count ? cuts[p] : nil))
    }
    return runs.written
  }

  /// Merges the keys ≥ `lower` and < `upper` (unbounded when nil).
  private func run(from lower: [UInt8]?, to upper: [UInt8]?) -> Run {
    var out = Run()
    var heads = lists.map { list in lower.map { Self.lowerBound(list, $0) } ?? 0 }
    var encoder = PostingEncoder()
    var docs: [Int32] = []
    var flags: [UInt32] = []
    var positionValues: [UInt32] = []
    while true {
      // The smallest key at the head of any segment's sorted list.
      var smallest: [UInt8]?
      for s in 0..<lists.count where heads[s] < lists[s].count {
        let key = lists[s][heads[s]].0
        if smallest.map({ key.lexicographicallyPrecedes($0) }) ?? true { smallest = key }
      }
      guard let key = smallest, upper.map({ key.lexicographicallyPrecedes($0) }) ?? true else { break }
      docs.removeAll(keepingCapacity: true)
      flags.removeAll(keepingCapacity: true)
      positionValues.removeAll(keepingCapacity: true)
      for s in 0..<lists.count where heads[s] < lists[s].count && lists[s][heads[s]].0 == key {
        segments[s].terms.decode(lists[s][heads[s]].1, docBase: docBase[s], docs: &docs, flags: &flags, positions: &positionValues)
        heads[s] += 1
      }
      out.entries += [UInt32(out.keys.count), UInt32(docs.count), UInt32(out.postings.count), UInt32(out.positions.count)]
      out.keys += key
      encoder.encode(
        docs: docs, flags: flags, positions: positionValues, writePositions: writePositions,
        postings: &out.postings, positionsOut: &out.positions)
    }
    return out
  }

  private static func lowerBound(_ list: [([UInt8], Int32)], _ key: [UInt8]) -> Int {
    var lo = 0
    var hi = list.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if list[mid].0.lexicographicallyPrecedes(key) { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }
}
