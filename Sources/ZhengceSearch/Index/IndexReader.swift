import Foundation

/// An open generation of an index: its segments (`SegmentReader`), one after
/// the other. Records are numbered across the generation, each segment's past
/// those of the segments before it, and terms by key over all of them
/// (`TermIndex`), so a search reads a generation of several segments as it
/// would one segment holding them all: the same matches, totals and scores.
///
/// Opening maps every part and checks its layout, nothing decoded up front
/// (`SegmentReader`); `verify()` reads everything.
public final class IndexReader: @unchecked Sendable {
  /// The generation directory being read.
  public let path: String
  public let meta: IndexMeta
  /// The segments, in record order.
  let segments: [SegmentReader]
  /// The generation's number of each segment's first record.
  let recordBases: [Int32]
  /// The first segment (the only one, mostly): read without a lookup.
  private let first: SegmentReader
  /// The document table of the one segment, when there is only one: the
  /// lengths a ranking reads for every match, read without a lookup.
  private let onlyDocs: UnsafeRawBufferPointer?
  let terms: TermIndex
  /// Keeps writers from removing this generation while it is read.
  private let pin: GenerationPin?
  /// Every source document kept whole, with the records (measures) each holds.
  public let storedDocuments: StoredDocuments
  /// Records (measures) in the index, those a deletion mark leaves out not counted.
  public let documentCount: Int
  /// Record numbers in use, deleted ones included: every record number is below it.
  let recordSlots: Int
  /// Whether any record is deleted.
  let hasDeletions: Bool
  /// Each segment's records, and how many of them no deletion mark leaves out
  /// (what a merge policy weighs).
  public var segmentSizes: [(records: Int, live: Int)] { segments.map { ($0.meta.documents, $0.liveCount) } }
  /// Mean text length in scalars of the records not deleted, for BM25.
  public let averageLength: Double

  /// Opens the current generation of the index at `directory` and pins it
  /// (`GenerationPin`) for as long as the reader lives. When a writer switches
  /// generations between reading `CURRENT` and opening its files, the new
  /// current generation is opened instead: only a generation that is still
  /// current and still damaged is reported as corrupt.
  /// - Throws: `IndexError` naming the file: missing, other version, or corrupt.
  public convenience init(directory: String) throws(IndexError) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), !isDirectory.boolValue {
      throw .io(path: directory, reason: "is a file, not an index directory")
    }
    let index = IndexDirectory(path: directory)
    var attempt = 0
    while true {
      attempt += 1
      guard let generation = index.currentGeneration() else {
        let pointer = directory + "/" + FileFormat.currentName
        if FileManager.default.fileExists(atPath: pointer) {
          throw .corrupt(path: pointer, reason: "names no generation")
        }
        throw .missing(path: directory)
      }
      do throws(IndexError) {
        guard let pin = GenerationPin(generation) else {
          throw .corrupt(path: generation, reason: "generation directory missing")
        }
        try self.init(generation: generation, pin: pin)
        return
      } catch {
        // A generation that is no longer current was replaced under us: read CURRENT again.
        guard attempt < 100, index.currentGeneration() != generation else { throw error }
      }
    }
  }

  init(generation: String, pin: GenerationPin? = nil) throws(IndexError) {
    path = generation
    self.pin = pin
    let metaPath = generation + "/" + FileFormat.metaName
    guard let data = FileManager.default.contents(atPath: metaPath) else {
      throw .corrupt(path: metaPath, reason: "file missing")
    }
    if let probe = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let version = probe["version"] as? Int, version != FileFormat.version
    {
      throw .versionMismatch(path: metaPath, found: version, expected: FileFormat.version)
    }
    let sumPath = generation + "/" + FileFormat.metaSumName
    guard let sum = FileManager.default.contents(atPath: sumPath) else {
      throw .corrupt(path: sumPath, reason: "file missing")
    }
    guard [UInt8](sum) == IndexMeta.checksumLine([UInt8](data)) else {
      throw .corrupt(path: metaPath, reason: "its SHA-256 is not the one in \(FileFormat.metaSumName): edited or damaged")
    }
    guard let meta = try? JSONDecoder().decode(IndexMeta.self, from: data), meta.format == "zhengce-index" else {
      throw .corrupt(path: metaPath, reason: "unreadable metadata")
    }
    self.meta = meta
    var segments: [SegmentReader] = []
    var bases: [Int32] = []
    var records = 0
    for segment in meta.allSegments {
      // The first segment lies in the generation's folder, each other in a folder of its own inside it.
      guard !segment.directory.contains("/"), segment.directory != "..", segment.directory.isEmpty == segments.isEmpty else {
        throw .corrupt(path: metaPath, reason: "segment folder \"\(segment.directory)\" is not one of the generation's")
      }
      let directory = segment.directory.isEmpty ? generation : generation + "/" + segment.directory
      segments.append(try SegmentReader(directory: directory, meta: segment, positions: meta.positions))
      bases.append(Int32(clamping: records))
      records += segment.documents
    }
    guard records < Int(Int32.max), let first = segments.first else { throw .corrupt(path: metaPath, reason: "too many records") }
    self.segments = segments
    self.first = first
    onlyDocs = segments.count == 1 ? first.docs : nil
    recordBases = bases
    recordSlots = records
    let live = segments.reduce(0) { $0 + $1.liveCount }
    let liveLength = segments.reduce(0) { $0 + $1.liveLength }
    documentCount = live
    hasDeletions = live < records
    averageLength = live == 0 ? 1 : max(1, Double(liveLength) / Double(live))
    terms = TermIndex(segments)
    storedDocuments = StoredDocuments(segments, recordBases: bases)
  }

  /// The segment holding record `doc`, and its number there.
  @inline(__always)
  func locate(_ doc: Int32) -> (SegmentReader, Int32) {
    if segments.count == 1 { return (first, doc) }
    var s = segments.count - 1
    while s > 0, recordBases[s] > doc { s -= 1 }
    return (segments[s], doc - recordBases[s])
  }

  /// Whether record `doc` is not deleted.
  @inline(__always)
  func isLive(_ doc: Int32) -> Bool {
    guard hasDeletions else { return true }
    let (segment, local) = locate(doc)
    return segment.isLive(local)
  }

  /// The numbers of the records not deleted, in order.
  public var liveRecords: [Int32] {
    hasDeletions ? (0..<Int32(recordSlots)).filter(isLive) : Array(0..<Int32(recordSlots))
  }

  /// Text length of a document in scalars.
  @inline(__always)
  func length(_ doc: Int32) -> Int {
    if let onlyDocs { return Int(onlyDocs.u32(4 + Int(doc) * 8)) }
    let (segment, local) = locate(doc)
    return segment.length(local)
  }

  /// Scalar length of a document's heading prefix.
  @inline(__always)
  func headingEnd(_ doc: Int32) -> Int {
    if let onlyDocs { return Int(onlyDocs.u32(8 + Int(doc) * 8)) }
    let (segment, local) = locate(doc)
    return segment.headingEnd(local)
  }

  /// The stored id of a document.
  public func id(_ doc: Int32) -> String {
    let (segment, local) = locate(doc)
    return segment.id(local)
  }

  /// The stored record of a document, decoded as the caller's record type.
  /// - Throws: `IndexError.corrupt` when the stored bytes do not decode.
  public func record<R: IndexableRecord>(_ doc: Int32, as type: R.Type = R.self) throws(IndexError) -> R {
    let (segment, local) = locate(doc)
    return try segment.record(local, as: type)
  }

  /// Calls `body` with the UTF-8 bytes of a document's stored text (none when
  /// they are unreadable); the caller has checked the `.store` parts (a search does so first).
  func withText<T>(_ doc: Int32, _ body: (UnsafeRawBufferPointer) -> T) -> T {
    let (segment, local) = locate(doc)
    return segment.withText(local, body)
  }

  /// Drops the pages of the stored records read so far from this process's
  /// memory (they are read again from the file if needed): for a caller that
  /// reads many records once, such as an update carrying them over under a
  /// memory budget.
  public func releaseRecordPages() {
    for segment in segments { segment.releaseRecordPages() }
  }

  /// Every stored record not deleted, in document order (for rebuilding).
  public func allRecords<R: IndexableRecord>(as type: R.Type = R.self) throws(IndexError) -> [R] {
    var out: [R] = []
    out.reserveCapacity(documentCount)
    for d in liveRecords { out.append(try record(d, as: type)) }
    return out
  }

  /// Checks a part's CRC-32 in every segment the first time it is read; the answer is kept.
  /// - Throws: `IndexError.corrupt` naming the part's file.
  func check(_ part: FileFormat.Part) throws(IndexError) {
    for segment in segments { try segment.check(part) }
  }

  /// Checks every part's CRC-32 now, segment by segment, in part order: for a
  /// caller about to reuse the generation wholesale (an index update carrying
  /// records over, or finding nothing to do), which must not trust a damaged one.
  /// - Throws: `IndexError.corrupt` naming the first damaged part.
  public func checkAll() throws(IndexError) {
    for segment in segments { for part in FileFormat.Part.allCases { try segment.check(part) } }
  }

  /// A cursor over term `t`'s postings in every segment holding it, each list
  /// checked against its CRC-32 the first time it is read
  /// (`SegmentReader.checkedEntry`); a cursor whose positions are read asks
  /// for them to be checked too. A damaged list reads as empty.
  func cursor(_ t: Int, positions: Bool = false) -> PostingCursor {
    var parts: [PostingCursor.Part] = []
    for (s, e) in terms.members(t) {
      let segment = segments[s]
      let entry = segment.checkedEntry(e, positions: positions)
      guard entry.docFreq > 0 else { continue }
      parts.append(
        PostingCursor.Part(
          segment, entry: entry, firstRecord: recordBases[s], liveDocFreq: segment.live == nil ? nil : segment.liveDocFreq(e)))
    }
    return PostingCursor(parts, positions: meta.positions)
  }

  /// Term `t`'s list in each segment holding it, in order: its impacts
  /// (`TermImpacts`, nil for a list too short to have them) and the records
  /// of the segment. For a caller whose cursor has checked the lists: a
  /// damaged one is left out, as the cursor leaves it out.
  func impacts(_ t: Int) -> [(impacts: TermImpacts?, records: ClosedRange<Int32>)] {
    terms.members(t).compactMap { (s, e) in
      let segment = segments[s]
      let entry = segment.checkedEntry(e, positions: false)
      guard entry.docFreq > 0 else { return nil }
      let first = recordBases[s]
      return (TermImpacts(segment, entry: entry), first...(first + Int32(segment.documentCount) - 1))
    }
  }

  /// The first damaged term list a search has read, if any.
  func throwIfListDamaged() throws(IndexError) {
    for segment in segments { if let damage = segment.listDamage { throw damage } }
  }
}
