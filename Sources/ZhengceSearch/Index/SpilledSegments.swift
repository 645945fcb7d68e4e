import Dispatch
import Foundation
import ZhengceCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The segments a writer under a memory budget has written to disk, in
/// document order, in a temporary directory of its own (`.tmp-PID-…-spill`,
/// which an interrupted build's cleanup and the next writer remove).
///
/// Merges keep them few: when `mergeFactor` segments of one level lie side
/// by side, a background thread merges them into one of the next level
/// (`SegmentMerger`) while the writer goes on analysing; so a build of N
/// flushes reads each document's postings about log_8(N) times, and the
/// final merge into the published generation reads a handful of segments.
/// Nothing here is ever read by a search.
final class SpilledSegments: @unchecked Sendable {
  static let mergeFactor = 8

  let directory: String
  private let positions: Bool
  /// Input bytes a background merge holds at a time (`SegmentMerger.rangeBytes`).
  private let rangeBytes: Int
  private let lock = NSLock()
  private var segments: [(reader: IndexReader, level: Int, path: String)] = []
  private var merging = false
  private var failure: IndexError?
  private let queue = DispatchQueue(label: "zhengce.index.merge")
  private let running = DispatchGroup()
  private var named = 0
  private(set) var flushes = 0
  private(set) var merges = 0
  /// Called with a merge's output directory as it starts writing (tests stop the process there).
  let mergeWillWrite: (@Sendable (String) -> Void)?

  /// Creates the temporary directory inside `parent`.
  init(in parent: String, positions: Bool, rangeBytes: Int, mergeWillWrite: (@Sendable (String) -> Void)?) throws(IndexError) {
    directory = parent + "/.tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))-spill"
    self.positions = positions
    self.rangeBytes = rangeBytes
    self.mergeWillWrite = mergeWillWrite
    guard mkdir(directory, 0o755) == 0 else {
      throw .io(path: parent, reason: "cannot write in it (\(String(cString: strerror(errno))))")
    }
  }

  deinit { remove() }

  /// Writes `batch` (finished, in document order; its ids and stored records
  /// already in the writer's `RecordTableLog`) as the next segment, then
  /// starts a merge if one is due. A failure of an earlier merge is thrown here.
  func flush(_ batch: [Segment]) throws(IndexError) {
    if let failure = lock.withLock({ self.failure }) { throw failure }
    let path = newSegmentPath()
    let lists = ConcurrentSlots<[([UInt8], Int32)]>(count: batch.count)
    DispatchQueue.concurrentPerform(iterations: batch.count) { lists.set($0, batch[$0].sortedTerms()) }
    let tables = try DocumentTables(batch, withRecords: false)
    let postings = try PostingTables(
      PostingMerger(segments: batch, lists: lists.written, docBase: tables.docBase, writePositions: positions)
        .merge(parts: ProcessInfo.processInfo.activeProcessorCount))
    var sizes: [String: Int] = [:]
    for payload in tables.parts + [StoredDocumentLog().payload] + postings.parts {
      let file = try PartFileWriter(path + "/" + payload.part.fileName, part: payload.part)
      for chunk in payload.chunks { try file.append(chunk) }
      try file.finish(sync: false)
      sizes[payload.part.rawValue] = file.fileBytes
    }
    let reader = try Self.seal(
      path, documents: tables.documents, terms: postings.termCount, totalLength: tables.totalLength,
      positions: positions, sizes: sizes)
    lock.withLock {
      segments.append((reader, 0, path))
      flushes += 1
      scheduleMerge()
    }
  }

  /// Waits for the merges under way and returns the segments, in document order.
  func finish() throws(IndexError) -> [IndexReader] {
    running.wait()
    lock.lock()
    defer { lock.unlock() }
    if let failure { throw failure }
    return segments.map(\.reader)
  }

  /// Removes the directory and everything in it.
  func remove() {
    running.wait()
    try? FileManager.default.removeItem(atPath: directory)
  }

  private func newSegmentPath() -> String {
    let path = lock.withLock { () -> String in
      named += 1
      return directory + "/seg-\(named)"
    }
    mkdir(path, 0o755)
    return path
  }

  /// Starts merging the first `mergeFactor` segments of the first level that
  /// has that many side by side (levels only fall from first to last). The lock is held.
  private func scheduleMerge() {
    guard !merging, failure == nil else { return }
    var start = 0
    while start < segments.count {
      var end = start
      while end < segments.count, segments[end].level == segments[start].level { end += 1 }
      if end - start >= Self.mergeFactor {
        let inputs = Array(segments[start..<(start + Self.mergeFactor)])
        merging = true
        running.enter()
        queue.async {
          self.merge(inputs)
          self.running.leave()
        }
        return
      }
      start = end
    }
  }

  private func merge(_ inputs: [(reader: IndexReader, level: Int, path: String)]) {
    let path = newSegmentPath()
    mergeWillWrite?(path)
    do throws(IndexError) {
      let merger = SegmentMerger(
        inputs: inputs.map(\.reader), positions: positions, parts: 1, rangeBytes: rangeBytes, records: nil)
      let out = try merger.write(to: path, sync: false) { (file) throws(IndexError) in
        try StoredDocumentLog().writePart(to: file)
      }
      let reader = try Self.seal(
        path, documents: out.documents, terms: out.terms, totalLength: out.totalLength, positions: positions,
        sizes: out.fileSizes)
      lock.withLock {
        if let at = segments.firstIndex(where: { $0.path == inputs[0].path }) {
          segments.replaceSubrange(at..<(at + inputs.count), with: [(reader, inputs[0].level + 1, path)])
        }
        merges += 1
        merging = false
      }
      for input in inputs { try? FileManager.default.removeItem(atPath: input.path) }
      lock.withLock { scheduleMerge() }
    } catch {
      lock.withLock {
        failure = error
        merging = false
      }
    }
  }

  /// Writes the segment's `meta.json` and opens it.
  private static func seal(
    _ path: String, documents: Int, terms: Int, totalLength: Int, positions: Bool, sizes: [String: Int]
  ) throws(IndexError) -> IndexReader {
    let meta = IndexMeta(
      format: "zhengce-index", version: FileFormat.version, documents: documents, terms: terms,
      totalLength: totalLength, positions: positions, sources: [], builder: "", fileSizes: sizes)
    let bytes = try IndexMeta.encode(meta)
    try IndexDirectory.writeFile(path + "/" + FileFormat.metaName, [bytes], failHalfway: false)
    try IndexDirectory.writeFile(path + "/" + FileFormat.metaSumName, [IndexMeta.checksumLine(bytes)], failHalfway: false)
    return try IndexReader(generation: path)
  }
}
