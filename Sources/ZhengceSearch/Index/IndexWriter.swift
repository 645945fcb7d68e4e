import Dispatch
import Foundation

/// Builds an index in memory from records, then commits it as a new
/// immutable generation of an `IndexDirectory`.
///
/// Records are analysed into `Segment`s (one per core for `add(contentsOf:)`),
/// which `commit` merges term by term into one generation.
public final class IndexWriter {
  private var segments: [Segment] = []
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
  public func add(_ record: IndexRecord) {
    if segments.isEmpty { segments.append(Segment(positions: positions)) }
    segments[segments.count - 1].add(record)
  }

  /// Files the following records in a new segment (tests use this to exercise merging).
  func startSegment() { segments.append(Segment(positions: positions)) }

  /// Adds `records` in order, analysing them on every core.
  public func add(contentsOf records: [IndexRecord]) {
    let parts = min(ProcessInfo.processInfo.activeProcessorCount, max(1, records.count / 4096))
    guard parts > 1 else {
      for r in records { add(r) }
      return
    }
    let fresh = (0..<parts).map { _ in Segment(positions: positions) }
    let chunk = (records.count + parts - 1) / parts
    DispatchQueue.concurrentPerform(iterations: parts) { i in
      for r in records[(i * chunk)..<min(records.count, (i + 1) * chunk)] { fresh[i].add(r) }
    }
    segments += fresh
  }

  /// Writes everything added as a new generation of `directory` and makes it current.
  /// - Returns: what was written, with file sizes.
  @discardableResult
  public func commit(
    to directory: IndexDirectory, sources: [SourceEntry] = [], builder: String = ""
  ) throws(IndexError) -> IndexMeta {
    let segments = self.segments
    let sortedLists = UnsafeSlots<[([UInt8], Int32)]>(count: segments.count)
    DispatchQueue.concurrentPerform(iterations: segments.count) { i in
      segments[i].finish()
      sortedLists.set(i, segments[i].sortedTerms())
    }
    let lists = sortedLists.values
    var docBase: [Int32] = [0]
    for s in segments { docBase.append(docBase[docBase.count - 1] + Int32(s.count)) }
    let documents = Int(docBase[docBase.count - 1])
    let idBytes = segments.reduce(0) { $0 + $1.ids.count }
    guard idBytes < Int(UInt32.max) else { throw .tooLarge(what: "ids") }

    let runs = PostingMerger(segments: segments, lists: lists, docBase: docBase, writePositions: positions)
      .merge(parts: ProcessInfo.processInfo.activeProcessorCount)
    let termCount = runs.reduce(0) { $0 + $1.terms }
    let keyBytes = runs.reduce(0) { $0 + $1.keys.count }
    let postingBytes = runs.reduce(0) { $0 + $1.postings.count }
    let positionBytes = runs.reduce(0) { $0 + $1.positions.count }
    guard keyBytes < Int(UInt32.max) else { throw .tooLarge(what: "term dictionary") }
    guard postingBytes < Int(UInt32.max), positionBytes < Int(UInt32.max) else { throw .tooLarge(what: "postings") }
    var dictionary: [UInt8] = []
    dictionary.reserveCapacity(4 + (termCount + 1) * 16 + keyBytes)
    dictionary.appendLE(UInt32(termCount))
    var bases: (UInt32, UInt32, UInt32) = (0, 0, 0)
    for run in runs {
      for t in 0..<run.terms {
        dictionary.appendLE(run.entries[4 * t] + bases.0)
        dictionary.appendLE(run.entries[4 * t + 1])
        dictionary.appendLE(run.entries[4 * t + 2] + bases.1)
        dictionary.appendLE(run.entries[4 * t + 3] + bases.2)
      }
      bases.0 += UInt32(run.keys.count)
      bases.1 += UInt32(run.postings.count)
      bases.2 += UInt32(run.positions.count)
    }
    dictionary.appendLE(UInt32(keyBytes))
    dictionary.appendLE(UInt32(0))
    dictionary.appendLE(UInt32(postingBytes))
    dictionary.appendLE(UInt32(positionBytes))
    for run in runs { dictionary += run.keys }
    let padding = [UInt8](repeating: 0, count: BitPacking.padding)

    var docTable: [UInt8] = []
    var idTable: [UInt8] = []
    var storeTable: [UInt8] = []
    docTable.appendLE(UInt32(documents))
    idTable.appendLE(UInt32(documents))
    storeTable.appendLE(UInt32(documents))
    idTable.appendLE(UInt32(0))
    storeTable.appendLE(UInt64(0))
    var idBase: UInt32 = 0
    var storeBase: UInt64 = 0
    var totalLength = 0
    for s in segments {
      for i in 0..<s.count {
        docTable.appendLE(s.lengths[i])
        docTable.appendLE(s.headingEnds[i])
        idTable.appendLE(idBase + s.idOffsets[i + 1])
        storeTable.appendLE(storeBase + s.storeOffsets[i + 1])
      }
      idBase += UInt32(s.ids.count)
      storeBase += UInt64(s.store.count)
      totalLength += s.totalLength
    }
    for s in segments { idTable += s.ids }

    let parts: [(FileFormat.Part, [[UInt8]])] = [
      (.terms, [dictionary]), (.postings, runs.map(\.postings) + [padding]), (.positions, runs.map(\.positions) + [padding]), (.docs, [docTable]),
      (.ids, [idTable]), (.store, [storeTable] + segments.map(\.store)),
    ]
    // Checksums of the parts, computed on every core.
    let headers = UnsafeSlots<[UInt8]>(count: parts.count)
    DispatchQueue.concurrentPerform(iterations: parts.count) { i in
      headers.set(i, FileFormat.header(kind: parts[i].0.kind, chunks: parts[i].1))
    }
    var files: [(name: String, bytes: [[UInt8]])] = []
    var sizes: [String: Int] = [:]
    for ((part, chunks), header) in zip(parts, headers.values) {
      files.append((part.fileName, [header] + chunks))
      sizes[part.rawValue] = header.count + chunks.reduce(0) { $0 + $1.count }
    }
    let meta = IndexMeta(
      format: "zhengce-index", version: FileFormat.version, documents: documents, terms: termCount,
      totalLength: totalLength, positions: self.positions, sources: sources, builder: builder, fileSizes: sizes)
    files.append((FileFormat.metaName, [try IndexMeta.encode(meta)]))
    try directory.commit(files, failAfterFiles: failAfterFiles)
    return meta
  }
}

/// Slots written once each from concurrent workers, read after they all finish.
final class UnsafeSlots<Value>: @unchecked Sendable {
  private var slots: [Value?]
  private let lock = NSLock()
  init(count: Int) { slots = Array(repeating: nil, count: count) }
  func set(_ i: Int, _ value: Value) { lock.withLock { slots[i] = value } }
  var values: [Value] { lock.withLock { slots.compactMap { $0 } } }
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
