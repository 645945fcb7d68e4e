import Foundation

/// Terms in key byte order with their build streams (`RawSegment`'s layout):
/// an in-memory segment being spilled, or a spilled segment being merged.
protocol TermStreamSource {
  var termCount: Int { get }
  var documents: Int { get }
  func key(_ i: Int) -> UnsafeBufferPointer<UInt8>
  func docStream(_ i: Int) -> UnsafeBufferPointer<UInt8>
  func positionStream(_ i: Int) -> UnsafeBufferPointer<UInt8>
  func docFreq(_ i: Int) -> Int
  /// The term's last document, numbered from the source's first.
  func lastDoc(_ i: Int) -> Int32
  /// Drops what lies before term `i` from memory, where that means anything.
  func release(before i: Int)
}

extension RawSegment: TermStreamSource {
  var termCount: Int { count }
}

/// A finished in-memory segment's terms in key order (its keys copied into one buffer).
final class MemoryTerms: TermStreamSource {
  private let segment: Segment
  private let keyBytes: UnsafeMutableBufferPointer<UInt8>
  private let keyEnds: [Int]
  private let terms: [Int32]

  init(_ segment: Segment, sorted: [([UInt8], Int32)]) {
    self.segment = segment
    keyBytes = .allocate(capacity: max(1, sorted.reduce(0) { $0 + $1.0.count }))
    var ends: [Int] = [0]
    ends.reserveCapacity(sorted.count + 1)
    for (key, _) in sorted {
      let start = ends[ends.count - 1]
      _ = UnsafeMutableBufferPointer(rebasing: keyBytes[start..<(start + key.count)]).initialize(from: key)
      ends.append(start + key.count)
    }
    keyEnds = ends
    terms = sorted.map(\.1)
  }

  deinit { keyBytes.deallocate() }

  var termCount: Int { terms.count }
  var documents: Int { segment.count }
  func key(_ i: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: keyBytes[keyEnds[i]..<keyEnds[i + 1]])
  }
  func docStream(_ i: Int) -> UnsafeBufferPointer<UInt8> { segment.terms.streams(terms[i]).docs }
  func positionStream(_ i: Int) -> UnsafeBufferPointer<UInt8> { segment.terms.streams(terms[i]).positions }
  func docFreq(_ i: Int) -> Int { segment.terms.streams(terms[i]).docFreq }
  func lastDoc(_ i: Int) -> Int32 { segment.terms.streams(terms[i]).lastDoc }
  func release(before i: Int) {}
}

/// Merges sources (consecutive runs of documents, in order) into one raw
/// segment by concatenating each term's streams: positions are copied as
/// they are, and of the documents only the first of each source is written
/// again, counted from the previous source's last. Nothing is decoded.
enum StreamConcatenation {
  static func merge(_ sources: [any TermStreamSource], into writer: RawSegmentWriter) throws(IndexError) -> RawSegment {
    var docBase: [Int32] = [0]
    for s in sources { docBase.append(docBase[docBase.count - 1] + Int32(s.documents)) }
    var heads = [Int](repeating: 0, count: sources.count)
    var releasedAt = [Int](repeating: 0, count: sources.count)
    var first: [UInt8] = []
    while true {
      var smallest: UnsafeBufferPointer<UInt8>?
      for (s, source) in sources.enumerated() where heads[s] < source.termCount {
        let key = source.key(heads[s])
        if smallest.map({ RawKeys.precedes(key, $0) }) ?? true { smallest = key }
      }
      guard let key = smallest else { break }
      try writer.beginTerm(key)
      var last: Int32 = 0
      var docFreq = 0
      for (s, source) in sources.enumerated() where heads[s] < source.termCount && RawKeys.equal(source.key(heads[s]), key) {
        let i = heads[s]
        let docs = source.docStream(i)
        guard let base = docs.baseAddress else { continue }
        var at = 0
        let v = Varint.read(base, &at)
        let firstDoc = docBase[s] + Int32(bitPattern: v >> 2)
        first.removeAll(keepingCapacity: true)
        Varint.append(UInt64(UInt32(bitPattern: firstDoc - last) << 2 | v & 3), to: &first)
        try first.withUnsafeBufferPointer { (b) throws(IndexError) in try writer.appendDocs(b) }
        try writer.appendDocs(UnsafeBufferPointer(rebasing: docs[at...]))
        try writer.appendPositions(source.positionStream(i))
        last = docBase[s] + source.lastDoc(i)
        docFreq += source.docFreq(i)
        heads[s] += 1
        if heads[s] - releasedAt[s] >= 4096 {
          source.release(before: heads[s])
          releasedAt[s] = heads[s]
        }
      }
      try writer.endTerm(docFreq: docFreq, lastDoc: last)
    }
    return try writer.finish(documents: Int(docBase[docBase.count - 1]))
  }
}
