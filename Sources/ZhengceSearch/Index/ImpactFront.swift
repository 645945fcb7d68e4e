/// Computes the Pareto front of a group of postings for `PostingEncoder`:
/// the pairs (flag, least length) that no other pair dominates (a pair
/// dominates another when its frequency and heading flag are at least the
/// other's, and its length at most). Linear in the group: the least length
/// of each flag is kept in a table, flags of rarely high frequencies beside it.
struct ImpactFront {
  /// Least length per flag below `tableFlags`, `UInt16.max + 1` when unseen.
  private var least = [UInt32](repeating: Self.unseen, count: Self.tableFlags)
  private var seen: [UInt32] = []
  private var high: [UInt32: UInt32] = [:]
  private var pairs: [(flag: UInt32, length: UInt32)] = []
  private static let tableFlags = 64
  private static let unseen = UInt32(UInt16.max) + 1

  /// Appends the front of the documents `docs` (flags indexed alike, `flags`
  /// covering every document of the term: `docs.indices` index it) to `out`.
  mutating func append(_ docs: ArraySlice<Int32>, _ flags: [UInt32], _ lengths: [UInt16], to out: inout [UInt8]) {
    for i in docs.indices {
      let flag = flags[i]
      let length = UInt32(lengths[Int(docs[i])])
      if flag < UInt32(Self.tableFlags) {
        if least[Int(flag)] == Self.unseen { seen.append(flag) }
        least[Int(flag)] = min(least[Int(flag)], length)
      } else {
        high[flag] = min(high[flag] ?? Self.unseen, length)
      }
    }
    pairs.removeAll(keepingCapacity: true)
    for flag in seen {
      pairs.append((flag, least[Int(flag)]))
      least[Int(flag)] = Self.unseen
    }
    seen.removeAll(keepingCapacity: true)
    for (flag, length) in high { pairs.append((flag, length)) }
    high.removeAll(keepingCapacity: true)
    // Highest frequency first, the heading before the rest at one frequency:
    // a pair is dominated by one before it, with a heading when it has one.
    pairs.sort { $0.flag > $1.flag }
    var leastWithHeading = Self.unseen
    var leastOfAll = Self.unseen
    var front: [(UInt32, UInt32)] = []
    for (flag, length) in pairs {
      let dominated = flag & 1 == 1 ? leastWithHeading <= length : leastOfAll <= length
      if !dominated { front.append((flag, length)) }
      leastOfAll = min(leastOfAll, length)
      if flag & 1 == 1 { leastWithHeading = min(leastWithHeading, length) }
    }
    Varint.append(UInt64(front.count), to: &out)
    for (flag, length) in front {
      Varint.append(UInt64(flag), to: &out)
      Varint.append(UInt64(length), to: &out)
    }
  }
}

extension UInt16 {
  /// A text length as the impacts keep it: at most 65,535, so never above the length.
  static func capping(_ length: UInt32) -> UInt16 { UInt16(Swift.min(length, UInt32(UInt16.max))) }
}
