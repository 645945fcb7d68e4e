/// The terms of a generation, numbered in key order: one segment's dictionary
/// as it is, or the dictionaries of several segments merged by key when the
/// generation opens. A term's document frequency is the sum of its segments',
/// less the deleted records holding it, so a search plans and ranks exactly
/// as over one segment holding the records left.
struct TermIndex: SortedKeys, @unchecked Sendable {
  /// The one segment's dictionary; nil when there are several.
  private let single: TermDictionary?
  private let dictionaries: [TermDictionary]
  /// For merged term `t`, its members `memberStarts[t]..<memberStarts[t + 1]`:
  /// the segment (`memberSegments`) and its entry there (`memberEntries`).
  private let memberStarts: [Int32]
  private let memberSegments: [Int32]
  private let memberEntries: [Int32]
  private let docFreqs: [Int32]
  /// Segments with deleted records, by number (empty when none has any):
  /// their lists' documents are counted without them.
  private let deleting: [SegmentReader?]
  let count: Int

  init(_ segments: [SegmentReader]) {
    let dictionaries = segments.map(\.dictionary)
    self.dictionaries = dictionaries
    deleting = segments.contains { $0.live != nil } ? segments.map { $0.live == nil ? nil : $0 } : []
    guard dictionaries.count > 1 else {
      single = dictionaries.first
      count = dictionaries.first?.count ?? 0
      (memberStarts, memberSegments, memberEntries, docFreqs) = ([], [], [], [])
      return
    }
    single = nil
    var starts: [Int32] = [0]
    var segments: [Int32] = []
    var entries: [Int32] = []
    var docFreqs: [Int32] = []
    var heads = [Int](repeating: 0, count: dictionaries.count)
    while true {
      // The smallest key among the heads, then every segment holding it.
      var smallest: UnsafeBufferPointer<UInt8>?
      for (s, d) in dictionaries.enumerated() where heads[s] < d.count {
        let key = d.key(heads[s])
        if smallest.map({ RawKeys.precedes(key, $0) }) ?? true { smallest = key }
      }
      guard let key = smallest else { break }
      var docFreq = 0
      for (s, d) in dictionaries.enumerated() where heads[s] < d.count && RawKeys.equal(d.key(heads[s]), key) {
        segments.append(Int32(s))
        entries.append(Int32(heads[s]))
        docFreq += d.entry(heads[s]).docFreq
        heads[s] += 1
      }
      starts.append(Int32(segments.count))
      docFreqs.append(Int32(clamping: docFreq))
    }
    (memberStarts, memberSegments, memberEntries, self.docFreqs) = (starts, segments, entries, docFreqs)
    count = docFreqs.count
  }

  /// Documents holding term `t`, over every segment, deleted ones left out.
  @inline(__always)
  func docFreq(_ t: Int) -> Int {
    guard deleting.isEmpty else { return liveDocFreq(t) }
    return single?.entry(t).docFreq ?? Int(docFreqs[t])
  }

  private func liveDocFreq(_ t: Int) -> Int {
    members(t).reduce(0) { sum, member in
      let (s, e) = member
      return sum + (deleting[s]?.liveDocFreq(e) ?? dictionaries[s].entry(e).docFreq)
    }
  }

  func key(_ t: Int) -> UnsafeBufferPointer<UInt8> {
    if let single { return single.key(t) }
    let m = Int(memberStarts[t])
    return dictionaries[Int(memberSegments[m])].key(Int(memberEntries[m]))
  }

  /// Term `t` in each segment holding it: (segment, its entry there), in segment order.
  func members(_ t: Int) -> [(segment: Int, entry: Int)] {
    if single != nil { return [(0, t)] }
    return (Int(memberStarts[t])..<Int(memberStarts[t + 1])).map { (Int(memberSegments[$0]), Int(memberEntries[$0])) }
  }
}
