import Foundation
import Synchronization

/// One segment of an open generation: its part files mapped and their layout
/// checked (header, version, length, size in `meta.json`, tables), nothing
/// decoded up front. Document and term numbers here are the segment's own;
/// `IndexReader` puts the segments of a generation one after the other.
///
/// The small per-document tables (`docs`, `ids`) are checksummed at open; the
/// dictionary, records and stored documents the first time something reads
/// them (`CheckedPart`), and each term's postings and positions on their own
/// the first time a search reads that list (`checkedEntry`).
final class SegmentReader: @unchecked Sendable {
  /// The segment's directory: the generation's, or a `seg-N` folder inside it.
  let path: String
  let meta: SegmentMeta
  let positions: Bool
  let dictionary: TermDictionary
  let postingsBase: UnsafePointer<UInt8>
  let positionsBase: UnsafePointer<UInt8>
  /// Every part, mapped, by kind.
  let parts: [FileFormat.Part: CheckedPart]
  /// The per-document table (`docs.zx`): text length and heading end of each record.
  let docs: UnsafeRawBufferPointer
  private let ids: UnsafeRawBufferPointer
  private let recordBlocks: RecordBlocks
  private let listChecks: ListChecks
  let storedDocuments: StoredDocumentTable
  /// Records in the segment, deleted ones included: its numbering.
  var documentCount: Int { meta.documents }
  /// The records not deleted, one bit each (set: live); nil when none is deleted.
  let live: UnsafeMutablePointer<UInt64>?
  /// Records not deleted, and their total text length.
  let liveCount: Int
  let liveLength: Int
  /// Entries' documents not deleted, counted on first use (`liveDocFreq`).
  private let liveDocFreqs = Mutex<[Int: Int]>([:])

  /// - Parameter directory: the segment's folder, holding the files `meta` describes.
  init(directory: String, meta: SegmentMeta, positions: Bool) throws(IndexError) {
    path = directory
    self.meta = meta
    self.positions = positions
    // Every part mapped and its header checked, in part order; only the small tables are checksummed now.
    var parts: [FileFormat.Part: CheckedPart] = [:]
    for part in FileFormat.Part.allCases {
      let file = try MappedFile(path: directory + "/" + part.fileName)
      let payload = try file.payload(part)
      guard meta.fileSizes[part.rawValue] == file.bytes.count else {
        throw .corrupt(path: file.path, reason: "\(file.bytes.count) bytes, meta.json says \(meta.fileSizes[part.rawValue] ?? 0)")
      }
      if Self.checkedAtOpen.contains(part) { try file.checkPayload() }
      parts[part] = CheckedPart(file, payload: payload)
    }
    self.parts = parts
    func payload(_ part: FileFormat.Part) -> UnsafeRawBufferPointer { parts[part]?.payload ?? UnsafeRawBufferPointer(start: nil, count: 0) }
    guard let storedPart = parts[.stored] else { throw .corrupt(path: directory, reason: "stored documents missing") }
    let postings = payload(.postings)
    let positionBytes = payload(.positions)
    dictionary = try TermDictionary(
      payload(.terms), path: directory + "/terms.zx", postingBytes: postings.count, positionBytes: positionBytes.count)
    // Payloads follow a header inside the mapping, so even an empty one has an address.
    guard let postingsStart = postings.baseAddress, let positionsStart = positionBytes.baseAddress else {
      throw .corrupt(path: directory, reason: "unmapped postings")
    }
    listChecks = ListChecks(entries: dictionary.count)
    postingsBase = postingsStart.assumingMemoryBound(to: UInt8.self)
    positionsBase = positionsStart.assumingMemoryBound(to: UInt8.self)
    docs = payload(.docs)
    ids = payload(.ids)
    let n = meta.documents
    guard docs.count == 4 + n * 8, Int(docs.u32(0)) == n else {
      throw .corrupt(path: directory + "/docs.zx", reason: "document table does not match metadata")
    }
    guard ids.count >= 4 + (n + 1) * 4, Int(ids.u32(0)) == n, Int(ids.u32(4 + n * 4)) == ids.count - 4 - (n + 1) * 4
    else { throw .corrupt(path: directory + "/ids.zx", reason: "id table does not match metadata") }
    // Read before the part's checksum (checked on first use).
    recordBlocks = try RecordBlocks(payload(.store), records: n, path: directory + "/store.zx")
    storedDocuments = try StoredDocumentTable(storedPart, records: n)
    // Deletion marks name stored documents; their records are the ones left out.
    guard let deleted = meta.deleted, !deleted.isEmpty else {
      (live, liveCount, liveLength) = (nil, n, meta.totalLength)
      return
    }
    let words = (n + 63) / 64
    let bits = UnsafeMutablePointer<UInt64>.allocate(capacity: max(1, words))
    bits.initialize(repeating: ~0, count: max(1, words))
    var (removed, removedLength, previous) = (0, 0, -1)
    for k in deleted {
      guard k > previous, k < storedDocuments.count else {
        bits.deallocate()
        throw .corrupt(path: directory, reason: "deletion mark \(k) names no stored document of the segment, or is out of order")
      }
      previous = k
      for r in storedDocuments.records(k) {
        bits[Int(r) >> 6] &= ~(1 << UInt64(r & 63))
        removed += 1
        removedLength += Int(docs.u32(4 + Int(r) * 8))
      }
    }
    (live, liveCount, liveLength) = (bits, n - removed, meta.totalLength - removedLength)
  }

  deinit { live?.deallocate() }

  /// Whether record `doc` (the segment's number) is not deleted.
  @inline(__always)
  func isLive(_ doc: Int32) -> Bool {
    guard let live else { return true }
    return live[Int(doc) >> 6] & (1 << UInt64(doc & 63)) != 0
  }

  /// Documents of entry `entryNumber` not deleted: its document frequency
  /// when nothing is, else counted over its list the first time it is asked
  /// (and kept). A damaged list counts none.
  func liveDocFreq(_ entryNumber: Int) -> Int {
    let entry = checkedEntry(entryNumber, positions: false)
    guard live != nil, entry.docFreq > 0 else { return entry.docFreq }
    if let known = liveDocFreqs.withLock({ $0[entryNumber] }) { return known }
    var cursor = PostingCursor([PostingCursor.Part(self, entry: entry, firstRecord: 0)], positions: false)
    var count = 0
    while cursor.next() { if isLive(cursor.doc) { count += 1 } }
    liveDocFreqs.withLock { $0[entryNumber] = count }
    return count
  }

  /// Text length of a document in scalars.
  @inline(__always)
  func length(_ doc: Int32) -> Int { Int(docs.u32(4 + Int(doc) * 8)) }

  /// Scalar length of a document's heading prefix.
  @inline(__always)
  func headingEnd(_ doc: Int32) -> Int { Int(docs.u32(8 + Int(doc) * 8)) }

  /// The stored id of a document.
  func id(_ doc: Int32) -> String {
    let n = documentCount
    let start = Int(ids.u32(4 + Int(doc) * 4))
    let end = Int(ids.u32(8 + Int(doc) * 4))
    let base = 4 + (n + 1) * 4
    return String(decoding: UnsafeRawBufferPointer(rebasing: ids[(base + start)..<(base + end)]), as: UTF8.self)
  }

  /// The stored record of a document, decoded as the caller's record type.
  /// - Throws: `IndexError.corrupt` when the stored bytes do not decode.
  func record<R: IndexableRecord>(_ doc: Int32, as type: R.Type = R.self) throws(IndexError) -> R {
    // The record tables once, then the record's block alone, not the whole part.
    try recordBlocks.checkTables()
    let decoded = recordBlocks.withRecord(doc) { bytes -> R? in
      guard var reader = StoredRecordReader(bytes) else { return nil }
      return reader.record(as: type)
    }
    guard let record = decoded ?? nil else {
      throw .corrupt(path: path + "/store.zx", reason: "the record of \(id(doc)) is unreadable: its block is damaged")
    }
    return record
  }

  /// Calls `body` with the UTF-8 bytes of a document's stored text (none when
  /// they are unreadable); the caller has checked the whole `.store` part (a search does so first).
  func withText<T>(_ doc: Int32, _ body: (UnsafeRawBufferPointer) -> T) -> T {
    let empty = UnsafeRawBufferPointer(start: nil, count: 0)
    let result = recordBlocks.withRecord(doc) { bytes -> T in
      guard var reader = StoredRecordReader(bytes), let text = reader.textBytes() else { return body(empty) }
      return body(text)
    }
    return result ?? body(empty)
  }

  /// Drops the pages of the stored records read so far from this process's memory.
  func releaseRecordPages() {
    if let part = parts[.store] { part.release(payloadUpTo: part.payload.count) }
  }

  /// The parts checksummed when the segment opens: small, and read by
  /// calls that do not throw (`id`, document lengths). The others wait for `check`.
  static let checkedAtOpen: Set<FileFormat.Part> = [.docs, .ids]

  /// Checks a part's CRC-32 the first time it is read; the answer is kept.
  /// - Throws: `IndexError.corrupt` naming the part's file.
  func check(_ part: FileFormat.Part) throws(IndexError) { try parts[part]?.check() }

  /// Entry `entryNumber` once its postings (and, with `positions`, its
  /// positions) have passed their CRC-32, checked the first time they are read.
  /// A damaged list reads as empty, never decoded, and is kept for
  /// `listDamage`, which a search throws once it has its answer.
  func checkedEntry(_ entryNumber: Int, positions: Bool) -> TermDictionary.Entry {
    let entry = dictionary.entry(entryNumber)
    let wanted: ListChecks.Level = positions && self.positions ? .positions : .postings
    let level = listChecks.level(entryNumber)
    if level != .damaged, level.rawValue >= wanted.rawValue { return entry }
    let empty = TermDictionary.Entry(docFreq: 0, docs: entry.docs.lowerBound..<entry.docs.lowerBound, positions: entry.positions)
    if level == .damaged { return empty }
    for part in wanted == .positions ? [FileFormat.Part.postings, .positions] : [.postings] {
      if let damage = listDamage(entryNumber, part) {
        listChecks.record(entryNumber, damage: damage)
        return empty
      }
    }
    listChecks.record(entryNumber, passed: wanted)
    return entry
  }

  /// Whether entry `entryNumber`'s list in `part` (postings or positions)
  /// fails the CRC-32 its dictionary entry holds, and how.
  func listDamage(_ entryNumber: Int, _ part: FileFormat.Part) -> IndexError? {
    let sums = dictionary.checksums(entryNumber)
    let postings = part == .postings
    let range = postings ? dictionary.entry(entryNumber).docs : dictionary.positionBytes(entryNumber)
    let bytes = UnsafeRawBufferPointer(start: (postings ? postingsBase : positionsBase) + range.lowerBound, count: range.count)
    let sum = postings ? sums.postings : sums.positions
    guard CRC32.checksum(bytes) != sum else { return nil }
    return .corrupt(
      path: path + "/" + part.fileName,
      reason: "the \(part.rawValue) of the term \(TermSpace.display(dictionary.key(entryNumber))) fail their checksum")
  }

  /// The first damaged term list a search has read, if any.
  var listDamage: IndexError? { listChecks.damage }
}
