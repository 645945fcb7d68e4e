/// The stored documents of an open generation, segment after segment, those
/// a deletion mark names left out: a generation's document `k` is its `k`th
/// document not deleted, and the records it holds are numbered as
/// `IndexReader` numbers records.
public struct StoredDocuments: Sendable {
  private let tables: [StoredDocumentTable]
  /// Per segment, the numbers of its documents not deleted; nil when none is.
  private let live: [[Int]?]
  /// The generation's number of each segment's first document (and the total last).
  private let firstDocuments: [Int]
  /// The generation's number of each segment's first record.
  private let recordBases: [Int32]
  /// Documents stored (0 for an index of records given directly).
  public let count: Int

  init(_ segments: [SegmentReader], recordBases: [Int32]) {
    tables = segments.map(\.storedDocuments)
    live = segments.map { segment in
      guard let deleted = segment.meta.deleted, !deleted.isEmpty else { return nil }
      let gone = Set(deleted)
      return (0..<segment.storedDocuments.count).filter { !gone.contains($0) }
    }
    self.recordBases = recordBases
    var first = [0]
    for (t, l) in zip(tables, live) { first.append(first[first.count - 1] + (l?.count ?? t.count)) }
    firstDocuments = first
    count = first[first.count - 1]
  }

  /// The segment holding document `k`, and the document's number there.
  private func locate(_ k: Int) -> (Int, Int) {
    var s = 0
    while s + 1 < tables.count, firstDocuments[s + 1] <= k { s += 1 }
    let n = k - firstDocuments[s]
    return (s, live[s].map { $0[n] } ?? n)
  }

  /// The file document `k` is read from (`…/stored.zx`), for messages.
  public func path(of k: Int) -> String { tables[locate(k).0].path }

  /// Checks every segment's file CRC-32 (once: later calls give the same answer).
  /// - Throws: `IndexError.corrupt` naming the first file that does not match.
  public func check() throws(IndexError) { for t in tables { try t.check() } }

  /// The index records (measures) of document `k`, in order.
  public func records(_ k: Int) -> Range<Int32> {
    let (s, local) = locate(k)
    let range = tables[s].records(local)
    return (range.lowerBound + recordBases[s])..<(range.upperBound + recordBases[s])
  }

  /// The document holding index record `record`; nil when no stored document
  /// does, or when it is deleted.
  public func document(holding record: Int32) -> Int? {
    var s = 0
    while s + 1 < tables.count, recordBases[s + 1] <= record { s += 1 }
    guard let local = tables[s].document(holding: record - recordBases[s]) else { return nil }
    guard let kept = live[s] else { return firstDocuments[s] + local }
    var (lo, hi) = (0, kept.count)
    while lo < hi {
      let mid = (lo + hi) / 2
      if kept[mid] < local { lo = mid + 1 } else { hi = mid }
    }
    return lo < kept.count && kept[lo] == local ? firstDocuments[s] + lo : nil
  }

  /// Document `k`'s entry: its id and part table, the parts still deflated.
  /// - Throws: `IndexError.corrupt` when the entry does not hold what its table says.
  public func entry(_ k: Int) throws(IndexError) -> StoredEntry {
    let (s, local) = locate(k)
    return try tables[s].entry(local)
  }

  /// The segment and the segment's own number of document `k`: for marking
  /// it deleted, and for merging the segments it belongs to.
  public func segmentDocument(_ k: Int) -> (segment: Int, document: Int) { locate(k) }
}
