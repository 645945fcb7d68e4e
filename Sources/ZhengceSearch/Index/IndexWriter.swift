import Dispatch
import Foundation
import ZhengceCore

/// Builds an index in memory from records (any `IndexableRecord`), then commits it as a new
/// immutable generation of an `IndexDirectory`.
///
/// Records are analysed into `Segment`s (one per core for `add(contentsOf:)`),
/// which `commit` merges term by term into one generation.
public final class IndexWriter {
  private var segments: [Segment] = []
  private var stored: [(document: StoredDocument, records: Int)] = []
  /// Test hook: the commit fails half-way through the file after this many.
  var failAfterFiles: Int?

  /// Whether token positions are written (see `IndexMeta.positions`).
  public let positions: Bool

  public init(positions: Bool = true) {
    self.positions = positions
  }

  /// Records added so far.
  public var count: Int { segments.reduce(0) { $0 + $1.count } }
  /// UTF-8 bytes of record text added so far.
  public var textBytes: Int { segments.reduce(0) { $0 + $1.textBytes } }

  /// Analyses `record` and files it as the next document.
  public func add(_ record: some IndexableRecord) {
    if segments.isEmpty { segments.append(Segment(positions: positions)) }
    segments[segments.count - 1].add(record)
  }

  /// Keeps `document` beside the records: the next `records` records added
  /// (after those of the documents stored before it) are its measures.
  /// An index either stores a document for every record or stores none.
  public func store(_ document: StoredDocument, records: Int) {
    stored.append((document, records))
  }

  /// Files the following records in a new segment (tests use this to exercise merging).
  func startSegment() { segments.append(Segment(positions: positions)) }

  /// Adds `records` in order, analysing them on every core.
  public func add<R: IndexableRecord>(contentsOf records: [R]) {
    let parts = min(ProcessInfo.processInfo.activeProcessorCount, max(1, records.count / 4096))
    guard parts > 1 else {
      for r in records { add(r) }
      return
    }
    let chunk = (records.count + parts - 1) / parts
    add(parts: parts) { i, add in
      for r in records[(i * chunk)..<min(records.count, (i + 1) * chunk)] { add(r) }
    }
  }

  /// Adds the records `produce` gives for each of `parts` parts: every part is
  /// produced and analysed on a core of its own, and the parts keep their order.
  public func add<R: IndexableRecord>(parts: Int, _ produce: @Sendable (_ part: Int, _ add: (R) -> Void) -> Void) {
    let fresh = (0..<parts).map { _ in Segment(positions: positions) }
    DispatchQueue.concurrentPerform(iterations: parts) { i in produce(i) { fresh[i].add($0) } }
    segments += fresh
  }

  /// Writes everything added as a new generation of `directory` and makes it
  /// current, waiting for any other writer to finish first.
  /// - Returns: what was written, with file sizes.
  @discardableResult
  public func commit(
    to directory: IndexDirectory, sources: [SourceEntry] = [], builder: String = ""
  ) throws(IndexError) -> IndexMeta {
    try commit(to: IndexWriteLock(directory), sources: sources, builder: builder)
  }

  /// Writes everything added as a new generation of the directory `lock` holds
  /// and makes it current. Every file is checksummed, written and fsynced on a
  /// thread of its own, the document tables while the postings merge.
  /// - Returns: what was written, with file sizes.
  @discardableResult
  public func commit(
    to lock: IndexWriteLock, sources: [SourceEntry] = [], builder: String = ""
  ) throws(IndexError) -> IndexMeta {
    let segments = self.segments
    let recordsOfDocuments = stored.reduce(0) { $0 + $1.records }
    precondition(stored.isEmpty || recordsOfDocuments == count, "stored documents hold \(recordsOfDocuments) records of \(count)")
    let sortedLists = ConcurrentSlots<[([UInt8], Int32)]>(count: segments.count)
    DispatchQueue.concurrentPerform(iterations: segments.count) { i in
      segments[i].finish()
      sortedLists.set(i, segments[i].sortedTerms())
    }
    let tables = try DocumentTables(segments)
    let draft = try GenerationDraft(lock, failAfterFiles: failAfterFiles)
    let storedTable = StoredTable(stored).part
    var writes = (tables.parts + [storedTable]).map { BackgroundWrite(draft, $0) }
    do {
      let postings = try PostingTables(
        PostingMerger(segments: segments, lists: sortedLists.written, docBase: tables.docBase, writePositions: positions)
          .merge(parts: ProcessInfo.processInfo.activeProcessorCount))
      writes += postings.parts.map { BackgroundWrite(draft, $0) }
      for write in writes { try write.wait() }
      var sizes: [String: Int] = [:]
      for file in tables.parts + [storedTable] + postings.parts {
        sizes[file.part.rawValue] = FileFormat.headerSize + file.chunks.reduce(0) { $0 + $1.count }
      }
      let meta = IndexMeta(
        format: "zhengce-index", version: FileFormat.version, documents: tables.documents, terms: postings.termCount,
        totalLength: tables.totalLength, positions: positions, sources: sources, builder: builder, fileSizes: sizes)
      let metaBytes = try IndexMeta.encode(meta)
      try draft.write(FileFormat.metaName, [metaBytes])
      try draft.write(FileFormat.metaSumName, [IndexMeta.checksumLine(metaBytes)])
      try draft.publish()
      return meta
    } catch {
      for write in writes { try? write.wait() }
      draft.discard()
      throw error
    }
  }
}

extension FileFormat {
  static func header(kind: [UInt8], chunks: [[UInt8]]) -> [UInt8] {
    var crc: UInt32 = 0
    for c in chunks { crc = c.withUnsafeBytes { CRC32.checksum($0, seed: crc) } }
    var h = magic
    h.appendLE(UInt32(version))
    h += kind
    h.appendLE(crc)
    h.appendLE(UInt64(chunks.reduce(0) { $0 + $1.count }))
    return h
  }
}

extension IndexMeta {
  /// The line of `meta.json.sha256`: the hex SHA-256 of `meta.json`'s bytes and its name, as `sha256sum` prints it.
  static func checksumLine(_ metaBytes: [UInt8]) -> [UInt8] {
    Array((SHA256.hex(metaBytes) + "  " + FileFormat.metaName + "\n").utf8)
  }

  static func encode(_ meta: IndexMeta) throws(IndexError) -> [UInt8] {
    do {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
      return Array(try encoder.encode(meta))
    } catch {
      throw .io(path: FileFormat.metaName, reason: "cannot encode metadata")
    }
  }
}
