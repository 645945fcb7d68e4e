import Dispatch
import Foundation

/// An open generation of an index: every part mapped and its layout checked
/// (header, version, length, size in `meta.json`, tables), nothing decoded up
/// front. The small per-document tables (`docs`, `ids`) are checksummed at
/// open; the large parts (terms, postings, positions, records, stored
/// documents) the first time something reads them (`CheckedPart`), so that
/// opening does not read the whole index. `verify()` reads everything.
public final class IndexReader: @unchecked Sendable {
  /// The generation directory being read.
  public let path: String
  public let meta: IndexMeta
  let dictionary: TermDictionary
  let postingsBase: UnsafePointer<UInt8>
  let positionsBase: UnsafePointer<UInt8>
  /// Every part, mapped, by kind.
  let parts: [FileFormat.Part: CheckedPart]
  /// Keeps writers from removing this generation while it is read.
  private let pin: GenerationPin?
  private let docs: UnsafeRawBufferPointer
  private let ids: UnsafeRawBufferPointer
  private let recordBlocks: RecordBlocks
  private let listChecks: ListChecks
  /// Every source document kept whole, with the records (measures) each holds.
  public let storedDocuments: StoredDocuments
  public let documentCount: Int
  /// Mean text length in scalars, for BM25.
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
    // Every part mapped and its header checked, in part order; only the small tables are checksummed now.
    var parts: [FileFormat.Part: CheckedPart] = [:]
    for part in FileFormat.Part.allCases {
      let file = try MappedFile(path: generation + "/" + part.fileName)
      let payload = try file.payload(part)
      guard meta.fileSizes[part.rawValue] == file.bytes.count else {
        throw .corrupt(path: file.path, reason: "\(file.bytes.count) bytes, meta.json says \(meta.fileSizes[part.rawValue] ?? 0)")
      }
      if Self.checkedAtOpen.contains(part) { try file.checkPayload() }
      parts[part] = CheckedPart(file, payload: payload)
    }
    self.parts = parts
    func payload(_ part: FileFormat.Part) -> UnsafeRawBufferPointer { parts[part]?.payload ?? UnsafeRawBufferPointer(start: nil, count: 0) }
    guard let storedPart = parts[.stored] else { throw .corrupt(path: generation, reason: "stored documents missing") }
    let postings = payload(.postings)
    let positions = payload(.positions)
    dictionary = try TermDictionary(
      payload(.terms), path: generation + "/terms.zx", postingBytes: postings.count, positionBytes: positions.count)
    // Payloads follow a header inside the mapping, so even an empty one has an address.
    guard let postingsStart = postings.baseAddress, let positionsStart = positions.baseAddress else {
      throw .corrupt(path: generation, reason: "unmapped postings")
    }
    listChecks = ListChecks(entries: dictionary.count)
    postingsBase = postingsStart.assumingMemoryBound(to: UInt8.self)
    positionsBase = positionsStart.assumingMemoryBound(to: UInt8.self)
    docs = payload(.docs)
    ids = payload(.ids)
    documentCount = meta.documents
    averageLength = meta.documents == 0 ? 1 : max(1, Double(meta.totalLength) / Double(meta.documents))
    let n = documentCount
    guard docs.count == 4 + n * 8, Int(docs.u32(0)) == n else {
      throw .corrupt(path: generation + "/docs.zx", reason: "document table does not match metadata")
    }
    guard ids.count >= 4 + (n + 1) * 4, Int(ids.u32(0)) == n, Int(ids.u32(4 + n * 4)) == ids.count - 4 - (n + 1) * 4
    else { throw .corrupt(path: generation + "/ids.zx", reason: "id table does not match metadata") }
    // Read before the part's checksum (checked on first use).
    recordBlocks = try RecordBlocks(payload(.store), records: n, path: generation + "/store.zx")
    storedDocuments = try StoredDocuments(storedPart, records: documentCount)
  }

  /// Text length of a document in scalars.
  @inline(__always)
  func length(_ doc: Int32) -> Int { Int(docs.u32(4 + Int(doc) * 8)) }

  /// Scalar length of a document's heading prefix.
  @inline(__always)
  func headingEnd(_ doc: Int32) -> Int { Int(docs.u32(8 + Int(doc) * 8)) }

  /// The stored id of a document.
  public func id(_ doc: Int32) -> String {
    let n = documentCount
    let start = Int(ids.u32(4 + Int(doc) * 4))
    let end = Int(ids.u32(8 + Int(doc) * 4))
    let base = 4 + (n + 1) * 4
    return String(decoding: UnsafeRawBufferPointer(rebasing: ids[(base + start)..<(base + end)]), as: UTF8.self)
  }

  /// The stored record of a document, decoded as the caller's record type.
  /// - Throws: `IndexError.corrupt` when the stored bytes do not decode.
  public func record<R: IndexableRecord>(_ doc: Int32, as type: R.Type = R.self) throws(IndexError) -> R {
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

  /// Drops the pages of the stored records read so far from this process's
  /// memory (they are read again from the file if needed): for a caller that
  /// reads many records once, such as an update carrying them over under a
  /// memory budget.
  public func releaseRecordPages() {
    if let part = parts[.store] { part.release(payloadUpTo: part.payload.count) }
  }

  /// Every stored record, in document order (for rebuilding).
  public func allRecords<R: IndexableRecord>(as type: R.Type = R.self) throws(IndexError) -> [R] {
    var out: [R] = []
    out.reserveCapacity(documentCount)
    for d in 0..<documentCount { out.append(try record(Int32(d), as: type)) }
    return out
  }

  /// The parts checksummed when the generation opens: small, and read by
  /// calls that do not throw (`id`, document lengths). The others wait for `check`.
  static let checkedAtOpen: Set<FileFormat.Part> = [.docs, .ids]

  /// Checks a part's CRC-32 the first time it is read; the answer is kept.
  /// - Throws: `IndexError.corrupt` naming the part's file.
  func check(_ part: FileFormat.Part) throws(IndexError) { try parts[part]?.check() }

  /// Checks every part's CRC-32 now, in part order: for a caller about to
  /// reuse the generation wholesale (an index update carrying records over,
  /// or finding nothing to do), which must not trust a damaged one.
  /// - Throws: `IndexError.corrupt` naming the first damaged part.
  public func checkAll() throws(IndexError) {
    for part in FileFormat.Part.allCases { try check(part) }
  }

  /// A cursor over entry `entryNumber`'s postings (`checkedEntry`); a
  /// cursor whose positions are read asks for them to be checked too.
  func cursor(_ entryNumber: Int, positions: Bool = false) -> PostingCursor {
    PostingCursor(self, entry: checkedEntry(entryNumber, positions: positions))
  }

  /// Entry `entryNumber` once its postings (and, with `positions`, its
  /// positions) have passed their CRC-32, checked the first time they are read.
  /// A damaged list reads as empty, never decoded, and is kept for
  /// `throwIfListDamaged`, which a search calls once it has its answer.
  func checkedEntry(_ entryNumber: Int, positions: Bool) -> TermDictionary.Entry {
    let entry = dictionary.entry(entryNumber)
    let wanted: ListChecks.Level = positions && meta.positions ? .positions : .postings
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
  func throwIfListDamaged() throws(IndexError) {
    if let damage = listChecks.damage { throw damage }
  }
}
