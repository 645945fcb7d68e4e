/// One term's streams as the build writes them (`RawSegment`'s layout): its
/// documents' varints and its positions' varints, how many documents, and the
/// last one (numbered from the source's first document).
struct TermStreams {
  var docs: UnsafeBufferPointer<UInt8>
  var positions: UnsafeBufferPointer<UInt8>
  var docFreq: Int
  var lastDoc: Int32
}

/// Terms in key byte order with their build streams: an in-memory segment
/// (`MemoryTerms`) or a spilled one (`RawSegment`). Merging into a generation
/// (`PostingMerger`) and concatenating spills (`StreamConcatenation`) read
/// either the same way.
protocol TermStreamSource: Sendable {
  var termCount: Int { get }
  var documents: Int { get }
  func key(_ i: Int) -> UnsafeBufferPointer<UInt8>
  func streams(_ i: Int) -> TermStreams
  /// Drops what lies before term `i` from memory, where that means anything.
  func release(before i: Int)
}

extension TermStreamSource {
  /// The first term whose key is not below `key` (`termCount` when none).
  func firstEntry(notBelow key: [UInt8]) -> Int {
    var lo = 0
    var hi = termCount
    key.withUnsafeBufferPointer { target in
      while lo < hi {
        let mid = (lo + hi) / 2
        if RawKeys.precedes(self.key(mid), target) { lo = mid + 1 } else { hi = mid }
      }
    }
    return lo
  }
}

extension Array where Element: TermStreamSource {
  /// The smallest key at the sources' heads (`heads[s]` is source `s`'s next
  /// term), nil once every source is done: the next key of a merge of them.
  func smallestKey(at heads: [Int]) -> UnsafeBufferPointer<UInt8>? {
    var smallest: UnsafeBufferPointer<UInt8>?
    for (s, source) in enumerated() where heads[s] < source.termCount {
      let key = source.key(heads[s])
      if smallest.map({ RawKeys.precedes(key, $0) }) ?? true { smallest = key }
    }
    return smallest
  }
}

extension RawSegment: TermStreamSource {
  var termCount: Int { count }
}

/// A finished in-memory segment's terms in key order (its keys copied into
/// one buffer); read-only once made, so threads may share it.
final class MemoryTerms: TermStreamSource, @unchecked Sendable {
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
  func streams(_ i: Int) -> TermStreams { segment.terms.streams(terms[i]) }
  func release(before i: Int) {}
}
