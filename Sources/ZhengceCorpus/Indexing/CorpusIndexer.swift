import Foundation
import ZhengceCore
import ZhengceParser
import ZhengceSearch

/// Builds or updates the index of a set of document files. Only files whose
/// bytes changed (size and mtime first, then SHA-256) are parsed again.
///
/// An update writes the new and changed files as one more segment of the
/// index, the previous segments' files linked as they are, and marks the
/// previous documents of the changed and gone files deleted
/// (`IndexWriter.commit(appendingTo:deleting:)`), and publishes that. Only
/// then, still holding the writer's lock, does it merge the newest segments
/// when `mergePolicy` says so: searches read the update meanwhile, and a
/// merge cut short leaves it current. A merge reads the records and stored
/// documents back from the index (the stored bytes as they are) and writes
/// them as one segment in place of those it merges, without the deleted ones.
/// A first build, `merge`, and an index built with other settings or by
/// another tool (or damaged) are written whole instead, the unchanged files'
/// records carried over when they can be. Every new generation is published
/// atomically.
///
/// Files go through in order, a batch at a time (parsed on every core, or
/// read back), so that with a memory budget what is held at once is one
/// batch and the writer's buffers, whatever the number of files.
public struct CorpusIndexer: Sendable {
  public var parser: CorpusParser
  /// Identifies the tool version; records from an index built by another are not reused.
  public var builder: String

  /// Whether the index stores token positions.
  public var positions: Bool
  /// Bytes the index writer may hold (`IndexWriter.memoryBudget`); nil: no limit.
  public var memoryBudget: Int?
  /// Rewrite the index as one segment, without deleted records, even when an
  /// update could add a segment or nothing changed.
  public var merge = false
  /// When the segments an update leaves are merged.
  public var mergePolicy = MergePolicy()
  /// Called with the index directory when a merge after an update starts
  /// (tests stop the process there).
  public var mergeWillStart: (@Sendable (String) -> Void)?

  /// - Parameters:
  ///   - parser: how documents are parsed (`PluginSetup.parser` for the standard one).
  ///   - builder: names that parser (`IndexCache.builderStamp`); an index another built is built again.
  public init(parser: CorpusParser, builder: String, positions: Bool = true, memoryBudget: Int? = nil) {
    self.parser = parser
    self.builder = builder
    self.positions = positions
    self.memoryBudget = memoryBudget
  }

  /// What an update did.
  public struct Update: Sendable {
    public var files = 0
    public var parsed = 0
    public var unchanged = 0
    public var dropped = 0
    public var measures = 0
    /// True when nothing changed and the index was left as it was.
    public var upToDate = false
    /// Files that could not be read, each with its one-line reason.
    public var failures: [SourceError] = []
    /// True when a path given does not exist: `failures` names those paths and nothing was written.
    public var refused = false
    /// Segments of the generation written (or left as it was), and after the merge that followed, if any.
    public var segments = 1
    /// Segments merged into one after the update was published; 0 when none were.
    public var merged = 0
  }

  /// Brings the index at `directory` up to date with `paths` (files or directories),
  /// holding the writer's lock from reading the previous generation to
  /// publishing the next: concurrent updates run one after the other, and the
  /// later ones find the index already up to date.
  /// - Parameters:
  ///   - progress: called with (files done, files to parse) while parsing.
  ///   - wait: wait for another writer; false throws `IndexError.busy` instead.
  ///   - onWait: called once if another writer must be waited for.
  ///   - published: called with what the update did once it is published (or
  ///     the index found up to date), before the merge that may follow; not
  ///     called when the update is refused.
  /// - Returns: what the update did, the merge after it included.
  public func update(
    _ directory: IndexDirectory, paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil,
    wait: Bool = true, onWait: (() -> Void)? = nil, published: ((Update) -> Void)? = nil
  ) throws(IndexError) -> Update {
    try directory.checkWritable()
    var update = Update()
    // A path that does not exist is a mistake on the command line: writing an
    // index without it would silently drop what it held before.
    update.failures = paths.filter { FileName.status($0) == nil }.map { .missing(path: $0) }
    guard update.failures.isEmpty else {
      update.refused = true
      return update
    }
    let lock = try IndexWriteLock(directory, wait: wait, onWait: onWait)
    let mergeDue = try applyChanges(directory, paths: paths, lock: lock, update: &update, progress: progress)
    published?(update)
    if mergeDue { try mergeIfDue(directory, lock: lock, update: &update) }
    // The previous generations this writer read are no longer pinned by it.
    lock.removeReplacedGenerations()
    return update
  }

  /// Writes what changed in the files at `paths` as a new generation (or
  /// leaves the index as it is when nothing did), holding `lock`.
  /// - Returns: whether the generation left needs its newest segments merged.
  private func applyChanges(
    _ directory: IndexDirectory, paths: [String], lock: IndexWriteLock, update: inout Update,
    progress: (@Sendable (Int, Int) -> Void)?
  ) throws(IndexError) -> Bool {
    let files = CorpusFiles.expand(paths).map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    // Files sharing a stem get ids qualified by folder, so measure ids stay unique.
    let ids = CorpusFiles.documentIDs(files)
    update.files = files.count
    // A damaged previous generation is not reused: everything is parsed again.
    var previous = try? IndexReader(directory: directory.path)
    if (try? previous?.checkAll()) == nil { previous = nil }
    let reusable = previous.flatMap { $0.meta.builder == builder ? $0 : nil }
    let sameLayout = reusable?.meta.positions == positions
    var known: [String: SourceEntry] = [:]
    for entry in reusable?.meta.sources ?? [] { known[entry.path] = entry }

    // Each file's size and time, read once: compared with the index's, kept in it, and cutting the batches.
    let stamps = files.map(Self.stamp)
    var entries: [SourceEntry?] = Array(repeating: nil, count: files.count)
    var toParse: [Int] = []
    for (i, path) in files.enumerated() {
      let stamp = stamps[i]
      // A file whose id changed (another file with its stem came or went) is parsed again.
      guard let old = known[path], old.documents == [ids[i]] else {
        toParse.append(i)
        continue
      }
      if let stamp, old.size == stamp.size, old.modified == stamp.modified {
        entries[i] = old
        continue
      }
      if let bytes = try? FileBytes.read(path), SHA256.hex(bytes) == old.sha256 {
        var refreshed = old
        if let stamp { (refreshed.size, refreshed.modified) = (stamp.size, stamp.modified) }
        entries[i] = refreshed
        continue
      }
      toParse.append(i)
    }
    update.unchanged = files.count - toParse.count
    update.dropped = Set(known.keys).subtracting(files).count
    let merged = reusable.map { $0.meta.allSegments.count == 1 && $0.documentCount == $0.meta.documents } ?? true
    if toParse.isEmpty, update.dropped == 0, sameLayout, let reusable, reusable.meta.sources.count == files.count,
      reusable.storedDocuments.count == files.count, merged || !merge
    {
      update.upToDate = true
      update.measures = reusable.documentCount
      update.segments = reusable.meta.allSegments.count
      // A merge due but cut short (the process killed) is done now.
      return mergePolicy.tail(reusable.segmentSizes) != nil
    }
    // Files added, changed or gone: the previous documents of the changed and
    // gone ones are marked deleted, the new and changed ones become a segment
    // of their own after the previous ones.
    if let reusable, sameLayout, !merge,
      let delta = IndexDelta(reusable, files: files, toParse: toParse, entries: entries)
    {
      let writer = IndexWriter(positions: positions, memoryBudget: memoryBudget, workDirectory: directory.path)
      let added = try add(
        toParse, files: files, ids: ids, stamps: stamps, entries: &entries, carried: [:], previous: nil,
        parsing: toParse.count, to: writer, update: &update, progress: progress)
      // Nothing to add or remove (every file to parse failed): the index stays as it was.
      if added.isEmpty && delta.deleting.isEmpty {
        update.measures = reusable.documentCount
        update.segments = reusable.meta.allSegments.count
        return false
      }
      let meta = try writer.commit(
        appendingTo: reusable, deleting: delta.deleting, lock: lock, sources: delta.kept + added, builder: builder)
      update.measures = reusable.documentCount - delta.deletedRecords + writer.count
      update.segments = meta.allSegments.count
      let written = meta.allSegments.count > delta.segmentSizes.count ? [(records: writer.count, live: writer.count)] : []
      return mergePolicy.tail(delta.segmentSizes + written) != nil
    }

    // Unchanged files keep their records and stored document; one the previous index holds no document for is parsed again.
    var carried: [Int: Int] = [:]
    if let reusable, toParse.count < files.count {
      carried = try Self.storedDocuments(in: reusable, ids: ids, wanted: entries.indices.filter { entries[$0] != nil })
      for i in entries.indices where entries[i] != nil && carried[i] == nil {
        entries[i] = nil
        toParse.append(i)
      }
      toParse.sort()
      update.unchanged = files.count - toParse.count
    }

    let writer = IndexWriter(positions: positions, memoryBudget: memoryBudget, workDirectory: directory.path)
    let sources = try add(
      Array(files.indices), files: files, ids: ids, stamps: stamps, entries: &entries, carried: carried, previous: reusable,
      parsing: toParse.count, to: writer, update: &update, progress: progress)
    update.measures = writer.count
    try writer.commit(to: lock, sources: sources, builder: builder)
    return false
  }

  /// Merges the newest segments of the current generation into one as
  /// `mergePolicy` says, carrying their stored documents and records over.
  private func mergeIfDue(_ directory: IndexDirectory, lock: IndexWriteLock, update: inout Update) throws(IndexError) {
    let current = try IndexReader(directory: directory.path)
    let segments = current.segmentSizes
    guard let tail = mergePolicy.tail(segments) else { return }
    mergeWillStart?(directory.path)
    let sources = current.meta.sources
    let stored = current.storedDocuments
    guard stored.count == sources.count else {
      throw .corrupt(path: current.path + "/meta.json", reason: "it lists \(sources.count) sources for \(stored.count) documents")
    }
    let order = (0..<stored.count).filter { stored.segmentDocument($0).segment >= tail }
    var entries: [SourceEntry?] = sources
    var carried: [Int: Int] = [:]
    for k in order { carried[k] = k }
    var merging = Update()
    let writer = IndexWriter(positions: positions, memoryBudget: memoryBudget, workDirectory: directory.path)
    _ = try add(
      order, files: sources.map(\.path), ids: sources.map { $0.documents.first ?? "" },
      stamps: sources.map { ($0.size, $0.modified) }, entries: &entries, carried: carried, previous: current,
      parsing: 0, to: writer, update: &merging, progress: nil)
    let meta = try writer.commit(replacingFrom: tail, of: current, lock: lock, sources: sources, builder: builder)
    update.merged = segments.count - tail
    update.segments = meta.allSegments.count
  }

  /// Adds the files at `order` to `writer` in that order, a batch at a time:
  /// those without an entry yet are parsed (on every core) and given one; the
  /// others are carried over from `previous` (its stored document `carried[i]`).
  /// - Parameter parsing: how many files of `order` are to be parsed, for `progress`.
  /// - Returns: the source entries of the files added, in order.
  private func add(
    _ order: [Int], files: [String], ids: [String], stamps: [(size: Int, modified: Double)?], entries: inout [SourceEntry?],
    carried: [Int: Int], previous: IndexReader?, parsing total: Int, to writer: IndexWriter, update: inout Update,
    progress: (@Sendable (Int, Int) -> Void)?
  ) throws(IndexError) -> [SourceEntry] {
    var sources: [SourceEntry] = []
    var parsedSoFar = 0
    let toParse = Set(order.filter { entries[$0] == nil })
    for batch in batches(order, sizes: stamps.map { $0?.size ?? 0 }, parsing: toParse, textBytes: writer.batchTextBytes / 2, progress: progress != nil) {
      let parsing = batch.filter { entries[$0] == nil }
      let results = parse(parsing.map { files[$0] }, ids: parsing.map { ids[$0] })
      var kept: [Int: IndexedFile] = [:]
      for (k, i) in parsing.enumerated() {
        switch results[k] {
        case .success(let (file, sha256)):
          kept[i] = file
          let stamp = stamps[i]
          entries[i] = SourceEntry(
            path: files[i], sha256: sha256, size: stamp?.size ?? 0, modified: stamp?.modified ?? 0,
            documents: [file.stored.id])
          update.parsed += 1
        case .failure(let error):
          update.failures.append(error)
        }
      }
      var records: [IndexRecord] = []
      for i in batch {
        guard let entry = entries[i] else { continue }
        let file: IndexedFile
        if let parsed = kept[i] {
          file = parsed
        } else if let previous, let k = carried[i] {
          file = try Self.carriedOver(k, from: previous)
        } else {
          continue
        }
        sources.append(entry)
        records += file.records
        writer.store(file.stored, records: file.records.count)
      }
      writer.add(contentsOf: records)
      previous?.releaseRecordPages()
      parsedSoFar += parsing.count
      if !parsing.isEmpty { progress?(parsedSoFar, total) }
    }
    return sources
  }

  /// The files at `order` (their sizes in `sizes`), cut into batches of about
  /// `textBytes` of source and, when progress is shown, of at most a
  /// fiftieth of the files to parse.
  private func batches(_ order: [Int], sizes: [Int], parsing: Set<Int>, textBytes: Int, progress: Bool) -> [[Int]] {
    let most = progress ? max(2, parsing.count / 50) : Int.max
    var out: [[Int]] = []
    var batch: [Int] = []
    var bytes = 0
    var parsed = 0
    for i in order {
      batch.append(i)
      bytes += sizes[i]
      if parsing.contains(i) { parsed += 1 }
      if bytes >= textBytes || parsed >= most {
        out.append(batch)
        (batch, bytes, parsed) = ([], 0, 0)
      }
    }
    if !batch.isEmpty { out.append(batch) }
    return out
  }

  /// What the index keeps of one file: its measures' records and its stored document.
  private struct IndexedFile: Sendable {
    var records: [IndexRecord]
    var stored: StoredDocument
  }

  /// The stored document `previous` holds for each of the files at `wanted`, by their ids.
  private static func storedDocuments(in previous: IndexReader, ids: [String], wanted: [Int]) throws(IndexError) -> [Int: Int] {
    var fileOf: [String: Int] = [:]
    for i in wanted { fileOf[ids[i]] = i }
    var out: [Int: Int] = [:]
    let stored = previous.storedDocuments
    for k in 0..<stored.count {
      if let i = fileOf[try stored.entry(k).id] { out[i] = k }
    }
    return out
  }

  /// The records and stored document `previous` holds as its document `k`.
  private static func carriedOver(_ k: Int, from previous: IndexReader) throws(IndexError) -> IndexedFile {
    let stored = previous.storedDocuments
    var records: [IndexRecord] = []
    for d in stored.records(k) { records.append(try previous.record(d)) }
    return IndexedFile(records: records, stored: try stored.entry(k).document)
  }

  /// Parses `paths` on every core; each document becomes its records and
  /// stored form (with its file's SHA-256) on the core that parsed it.
  private func parse(_ paths: [String], ids: [String]) -> [Result<(IndexedFile, String), SourceError>] {
    parser.parse(paths, ids: ids) { (result: ParseResult) throws(SourceError) -> (IndexedFile, String) in
      let document = result.document
      do {
        let file = IndexedFile(
          records: IndexRecord.records(of: document, source: document.source.path),
          stored: try StoredDocumentCodec.stored(document))
        return (file, document.source.sha256)
      } catch {
        throw .unusable(path: document.source.path, reason: "cannot be stored in the index (\(error))")
      }
    }
  }

  private static func stamp(_ path: String) -> (size: Int, modified: Double)? {
    guard let info = FileName.status(path) else { return nil }
    return (Int(info.st_size), Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
  }
}
