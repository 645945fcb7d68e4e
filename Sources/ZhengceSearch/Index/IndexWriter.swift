import Dispatch
import Foundation
import CLinuxExtras
import ZhengceCore

/// Builds an index from records (any `IndexableRecord`), then commits it as a
/// new immutable generation of an `IndexDirectory`.
///
/// Records are analysed into in-memory `Segment`s (one per core for
/// `add(contentsOf:)`). Without a memory budget they stay in memory and
/// `commit` merges them term by term into the generation. Under a budget,
/// once they hold about a quarter of it they are written to disk as one segment
/// (`SpilledSegments`, which merges those in the background), the stored
/// documents go to a file, and `commit` merges the segments on disk into the
/// generation as a stream (`SegmentMerger`). Either way what is written is one
/// segment, byte for byte the same: a new generation (`commit(to:)`), or one
/// more segment after those of the current generation (`commit(appendingTo:)`).
public final class IndexWriter {
  /// In memory, not yet written, in document order.
  private var segments: [Segment] = []
  private let stored = StoredDocumentLog()
  private var spilled: SpilledSegments?
  private var spilledCount = 0
  private var spilledTextBytes = 0
  private var spilledLength = 0
  /// A failed write to disk, thrown by `commit`.
  private var failure: IndexError?
  private var addedSinceCheck = 0
  /// Test hook: the commit fails half-way through the file after this many.
  var failAfterFiles: Int?

  /// Whether token positions are written (see `IndexMeta.positions`).
  public let positions: Bool
  /// Bytes the writer's buffers may hold; nil: no limit (everything stays in memory until `commit`).
  public let memoryBudget: Int?
  /// Where spilled segments go (a temporary directory is made inside); nil: the system's temporary directory.
  private let workDirectory: String?
  /// Called with a background merge's output directory as it starts writing (tests stop the process there).
  public var mergeWillWrite: (@Sendable (String) -> Void)?

  /// The budget `zhengce index` uses unless told otherwise.
  public static let defaultMemoryBudget = 256 << 20
  /// The smallest budget accepted (64 KB: below it every few records would be a segment; tests use it to force many).
  public static let minimumMemoryBudget = 1 << 16

  /// - Parameters:
  ///   - memoryBudget: bytes the writer's buffers may hold (at least `minimumMemoryBudget`); nil: no limit.
  ///   - workDirectory: where segments are spilled under a budget; an index's own directory keeps them on its file system.
  public init(positions: Bool = true, memoryBudget: Int? = nil, workDirectory: String? = nil) {
    self.positions = positions
    self.memoryBudget = memoryBudget.map { max($0, Self.minimumMemoryBudget) }
    self.workDirectory = workDirectory
    buffers = SegmentBuffers(tokenBatch: self.memoryBudget.map { min(TokenLog.batch, max(1 << 12, $0 / 200)) } ?? TokenLog.batch)
    // glibc raises its mmap threshold each time a large buffer is freed; past
    // that, freed segment buffers stay in the heap and the process keeps
    // growing flush after flush. A fixed threshold hands them back (measured
    // at one million measures: a 381 MB peak became 267 MB).
    if memoryBudget != nil { _ = zhengce_fix_heap_thresholds(256 << 10, -1) }
  }

  /// A writer dropped without a commit (a bad record, an error) removes its
  /// spilled segments now, once the flush under way ends, not whenever the
  /// flush thread lets go of them (perhaps after the process has exited).
  deinit { spilled?.remove() }

  /// Records added so far.
  public var count: Int { spilledCount + segments.reduce(0) { $0 + $1.count } }
  /// UTF-8 bytes of record text added so far.
  public var textBytes: Int { spilledTextBytes + segments.reduce(0) { $0 + $1.textBytes } }
  /// Segments written to disk so far, and merges of them finished (kept after `commit`).
  public var flushes: Int { spilled?.flushes ?? finished.flushes }
  public var merges: Int { spilled?.merges ?? finished.merges }
  private var finished = (flushes: 0, merges: 0)

  /// Bytes of record text to add in one `add(parts:)` call (`add(contentsOf:)`
  /// cuts its records to this size): the records of one call are analysed
  /// before the writer can spill.
  public var batchTextBytes: Int { memoryBudget.map { max(1 << 14, $0 / 16) } ?? Int.max }

  /// In-memory segments are spilled once they hold this many bytes.
  private var spillBytes: Int { memoryBudget.map { $0 / 4 } ?? Int.max }
  /// The segments' large buffers; under a budget a segment logs fewer tokens before filing them.
  private let buffers: SegmentBuffers

  /// Analyses `record` and files it as the next document.
  public func add(_ record: some IndexableRecord) {
    if segments.last?.isFinished ?? true { segments.append(Segment(positions: positions, buffers: buffers)) }
    segments[segments.count - 1].add(record)
    addedSinceCheck += 1
    if addedSinceCheck >= 16 { spillIfFull() }
  }

  /// Keeps `document` beside the records: the next `records` records added
  /// (after those of the documents stored before it) are its measures.
  /// An index either stores a document for every record or stores none.
  public func store(_ document: StoredDocument, records: Int) {
    do throws(IndexError) {
      try stored.append(document, records: records)
    } catch {
      failure = failure ?? error
    }
  }

  /// Files the following records in a new segment (tests use this to exercise merging).
  func startSegment() {
    segments.last?.finish()
    segments.append(Segment(positions: positions, buffers: buffers))
  }

  /// Adds `records` in order, analysing them on every core, a batch of
  /// `batchTextBytes` at a time so that under a budget the writer can spill
  /// between batches.
  public func add<R: IndexableRecord>(contentsOf records: [R]) {
    var start = 0
    while start < records.count {
      var end = start
      var bytes = 0
      while end < records.count, bytes < batchTextBytes {
        bytes += records[end].text.utf8.count
        end += 1
      }
      add(batch: records[start..<end])
      start = end
    }
  }

  private func add<R: IndexableRecord>(batch records: ArraySlice<R>) {
    let parts = min(Cores.available, max(1, records.count / 4096))
    guard parts > 1 else {
      for r in records { add(r) }
      return
    }
    let chunk = (records.count + parts - 1) / parts
    let first = records.startIndex
    add(parts: parts) { i, add in
      for r in records[(first + i * chunk)..<min(records.endIndex, first + (i + 1) * chunk)] { add(r) }
    }
  }

  /// Adds the records `produce` gives for each of `parts` parts: every part is
  /// produced and analysed on a core of its own, and the parts keep their order.
  /// Under a budget, one call should add about `batchTextBytes` of text.
  public func add<R: IndexableRecord>(parts: Int, _ produce: @Sendable (_ part: Int, _ add: (R) -> Void) -> Void) {
    segments.last?.finish()
    let expected = memoryBudget == nil ? 0 : batchTextBytes / max(1, parts)
    let fresh = (0..<parts).map { _ in Segment(positions: positions, buffers: buffers, expectedTextBytes: expected) }
    DispatchQueue.concurrentPerform(iterations: parts) { i in
      produce(i) { fresh[i].add($0) }
      fresh[i].finish()
    }
    segments += fresh
    spillIfFull()
  }

  /// Under a budget, writes the in-memory segments to disk once they hold `spillBytes`.
  private func spillIfFull() {
    addedSinceCheck = 0
    guard failure == nil, memoryBudget != nil,
      segments.reduce(stored.memoryBytes, { $0 + $1.memoryBytes }) >= spillBytes
    else { return }
    do throws(IndexError) { try spill() } catch { failure = error }
  }

  /// - Parameter last: nothing more is added (see `SpilledSegments.flush`).
  private func spill(last: Bool = false) throws(IndexError) {
    guard !segments.isEmpty else { return }
    let spilled: SpilledSegments
    if let existing = self.spilled { spilled = existing } else { spilled = try startSpilling() }
    for s in segments { s.finish() }
    try spilled.flush(segments, last: last)
    spilledCount += segments.reduce(0) { $0 + $1.count }
    spilledTextBytes += segments.reduce(0) { $0 + $1.textBytes }
    spilledLength += segments.reduce(0) { $0 + $1.totalLength }
    segments = []
  }

  private func startSpilling() throws(IndexError) -> SpilledSegments {
    let spilled = try SpilledSegments(in: workDirectory ?? NSTemporaryDirectory(), mergeWillWrite: mergeWillWrite)
    try stored.spill(to: spilled.directory + "/stored.log")
    self.spilled = spilled
    return spilled
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
  /// and makes it current.
  /// - Returns: what was written, with file sizes.
  @discardableResult
  public func commit(
    to lock: IndexWriteLock, sources: [SourceEntry] = [], builder: String = ""
  ) throws(IndexError) -> IndexMeta {
    try commit(lock, folder: "") { written in
      guard let segment = written else { preconditionFailure("a new generation writes its first segment") }
      return IndexMeta(
        format: "zhengce-index", version: FileFormat.version, documents: segment.documents, terms: segment.terms,
        totalLength: segment.totalLength, positions: positions, sources: sources, builder: builder, fileSizes: segment.fileSizes)
    }
  }

  /// Writes everything added as one more segment after those of `previous`,
  /// the current generation of the directory `lock` holds, marks the stored
  /// documents `deleting` of `previous` deleted, and makes the result current:
  /// the previous segments' files are linked into the new generation as they
  /// are, not rewritten, so the cost is that of the records added. With
  /// nothing added, the new generation only changes the deletion marks. A
  /// search reads the generation as one index (`IndexReader`).
  /// - Parameters:
  ///   - deleting: documents of `previous` (its `storedDocuments` numbers) whose records are left out from now on.
  ///   - sources: every source file of the new generation: `previous`'s still there, then the added ones.
  /// - Returns: what was written.
  @discardableResult
  public func commit(
    appendingTo previous: IndexReader, deleting: [Int] = [], lock: IndexWriteLock, sources: [SourceEntry], builder: String
  ) throws(IndexError) -> IndexMeta {
    var earlier = previous.meta.allSegments
    for k in deleting {
      let (s, document) = previous.storedDocuments.segmentDocument(k)
      earlier[s].deleted = ((earlier[s].deleted ?? []) + [document]).sorted()
    }
    return try commit(lock, keeping: earlier, of: previous, sources: sources, builder: builder)
  }

  /// Writes everything added as one segment replacing the segments from
  /// `tail` on of `previous` (the current generation of the directory `lock`
  /// holds) and makes the result current: a merge of the newest segments.
  /// The segments before `tail` are linked as they are, with their deletion
  /// marks; what was added should be the records of the replaced segments
  /// that are not deleted, in order. A `tail` of 0 writes a new generation
  /// of one segment.
  /// - Parameter sources: every source file of the new generation, in stored-document order.
  /// - Returns: what was written.
  @discardableResult
  public func commit(
    replacingFrom tail: Int, of previous: IndexReader, lock: IndexWriteLock, sources: [SourceEntry], builder: String
  ) throws(IndexError) -> IndexMeta {
    guard tail > 0 else { return try commit(to: lock, sources: sources, builder: builder) }
    return try commit(lock, keeping: Array(previous.meta.allSegments.prefix(tail)), of: previous, sources: sources, builder: builder)
  }

  /// Writes a generation of `kept` (the first segments of `previous`, linked
  /// as they are, with the deletion marks given) and, when anything was
  /// added, one more segment after them holding it.
  private func commit(
    _ lock: IndexWriteLock, keeping kept: [SegmentMeta], of previous: IndexReader, sources: [SourceEntry], builder: String
  ) throws(IndexError) -> IndexMeta {
    precondition(previous.meta.positions == positions, "a segment with positions after one without, or the reverse")
    let folder = count > 0 || stored.count > 0 ? "seg-\(kept.count)" : nil
    return try commit(lock, folder: folder, linking: previous, segments: kept.count) { segment in
      var meta = previous.meta
      meta.sources = sources
      meta.builder = builder
      meta.deleted = kept.first?.deleted
      let rest = Array(kept.dropFirst()) + (segment.map { [$0] } ?? [])
      meta.segments = rest.isEmpty ? nil : rest
      return meta
    }
  }

  /// Writes the added records as a segment in `folder` of a new generation
  /// (with `previous`'s first `segments` segments, all by default, linked
  /// beside it), then `meta` says what the generation holds, and it is published.
  private func commit(
    _ lock: IndexWriteLock, folder: String?, linking previous: IndexReader? = nil, segments: Int? = nil,
    meta: (SegmentMeta?) -> IndexMeta
  ) throws(IndexError) -> IndexMeta {
    if let failure { throw failure }
    precondition(stored.count == 0 || stored.records == count, "stored documents hold \(stored.records) records of \(count)")
    let draft = try GenerationDraft(lock, failAfterFiles: failAfterFiles)
    defer {
      if spilled != nil {
        finished = (flushes, merges)
        spilled?.remove()
        spilled = nil
      }
    }
    do throws(IndexError) {
      if let previous { try draft.linkSegments(of: previous, first: segments) }
      var segment: SegmentMeta?
      if let folder {
        if !folder.isEmpty { try draft.makeFolder(folder) }
        segment = try spilled == nil ? writeInMemory(draft, folder: folder) : writeSpilled(draft, folder: folder)
      }
      let generation = meta(segment)
      try publish(generation, draft)
      return generation
    } catch {
      draft.discard()
      throw error
    }
  }

  /// Merges the in-memory segments into the segment's files. Every file is
  /// checksummed, written and fsynced on a thread of its own, the document
  /// tables while the postings merge.
  private func writeInMemory(_ draft: GenerationDraft, folder: String) throws(IndexError) -> SegmentMeta {
    let segments = self.segments
    let sortedLists = ConcurrentSlots<[([UInt8], Int32)]>(count: segments.count)
    DispatchQueue.concurrentPerform(iterations: segments.count) { i in
      segments[i].finish()
      sortedLists.set(i, segments[i].sortedTerms())
    }
    let tables = try DocumentTables(segments)
    let storedPart = stored.payload
    var writes = (tables.parts + [storedPart]).map { BackgroundWrite(draft, $0, folder: folder) }
    do {
      let postings = try PostingTables(
        PostingMerger(zip(segments, sortedLists.written).map { MemoryTerms($0, sorted: $1) }, writePositions: positions, lengths: tables.cappedLengths)
          .merge(parts: Cores.available))
      writes += postings.parts.map { BackgroundWrite(draft, $0, folder: folder) }
      for write in writes { try write.wait() }
      var sizes: [String: Int] = [:]
      for file in tables.parts + [storedPart] + postings.parts {
        sizes[file.part.rawValue] = FileFormat.headerSize + file.chunks.reduce(0) { $0 + $1.count }
      }
      return SegmentMeta(
        directory: folder, documents: tables.documents, terms: postings.termCount, totalLength: tables.totalLength, fileSizes: sizes)
    } catch {
      for write in writes { try? write.wait() }
      throw error
    }
  }

  /// Merges the spilled segments into the segment's files as a stream, on every core.
  private func writeSpilled(_ draft: GenerationDraft, folder: String) throws(IndexError) -> SegmentMeta {
    try spill(last: true)
    guard let spilled else { preconditionFailure("nothing spilled") }
    let inputs = try spilled.finish()
    let merger = SegmentMerger(
      inputs: inputs, positions: positions, parts: Cores.available,
      rangeBytes: (memoryBudget ?? Self.defaultMemoryBudget) / 16, records: spilled.records)
    let directory = folder.isEmpty ? draft.temp : draft.temp + "/" + folder
    let out = try merger.write(to: directory, sync: true) { (file) throws(IndexError) in try stored.writePart(to: file) }
    return SegmentMeta(directory: folder, documents: out.documents, terms: out.terms, totalLength: spilledLength, fileSizes: out.fileSizes)
  }

  private func publish(_ meta: IndexMeta, _ draft: GenerationDraft) throws(IndexError) {
    let metaBytes = try IndexMeta.encode(meta)
    try draft.write(FileFormat.metaName, [metaBytes])
    try draft.write(FileFormat.metaSumName, [IndexMeta.checksumLine(metaBytes)])
    try draft.publish()
  }
}

extension FileFormat {
  static func header(kind: [UInt8], chunks: [[UInt8]]) -> [UInt8] {
    var crc: UInt32 = 0
    for c in chunks { crc = c.withUnsafeBytes { CRC32.checksum($0, seed: crc) } }
    return header(kind: kind, crc: crc, length: chunks.reduce(0) { $0 + $1.count })
  }

  /// The 24-byte header of a part whose payload has `length` bytes and CRC-32 `crc`.
  static func header(kind: [UInt8], crc: UInt32, length: Int) -> [UInt8] {
    var h = magic
    h.appendLE(UInt32(version))
    h += kind
    h.appendLE(crc)
    h.appendLE(UInt64(length))
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
