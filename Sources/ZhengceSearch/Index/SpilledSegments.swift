import Dispatch
import Foundation
import ZhengceCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The segments a writer under a memory budget has written to disk
/// (`RawSegment`s, postings only), in document order, in a temporary directory
/// of its own (`.tmp-PID-…-spill`, which an interrupted build's cleanup and
/// the next writer remove).
///
/// A flush runs on a thread of its own while the writer analyses the next
/// records; the writer waits only when the previous flush is still running.
/// Merges keep them few: when `mergeFactor` segments of one level lie side
/// by side, a background thread concatenates them into one of the next level
/// (`StreamConcatenation`, which copies bytes and decodes nothing) while the
/// writer goes on analysing; the final merge into the published generation
/// (`SegmentMerger`) then reads a handful of segments. Nothing here is ever
/// read by a search.
final class SpilledSegments: @unchecked Sendable {
  static let mergeFactor = 8

  let directory: String
  private let lock = NSLock()
  private var segments: [(segment: RawSegment, level: Int)] = []
  private var merging = false
  private var failure: IndexError?
  private let queue = DispatchQueue(label: "zhengce.index.merge")
  private let running = DispatchGroup()
  private let flushQueue = DispatchQueue(label: "zhengce.index.flush")
  private let flushing = DispatchGroup()
  /// The per-document tables of every segment flushed, in order (written by the flushes, one at a time).
  let records: RecordTableLog
  private var named = 0
  private(set) var flushes = 0
  private(set) var merges = 0
  /// Called with a merge's output directory as it starts writing (tests stop the process there).
  let mergeWillWrite: (@Sendable (String) -> Void)?

  /// Creates the temporary directory inside `parent` (created too if need be).
  init(in parent: String, mergeWillWrite: (@Sendable (String) -> Void)?) throws(IndexError) {
    try IndexDirectory(path: parent).create()
    directory = parent + "/.tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))-spill"
    self.mergeWillWrite = mergeWillWrite
    guard mkdir(directory, 0o755) == 0 else {
      throw .io(path: parent, reason: "cannot write in it (\(String(cString: strerror(errno))))")
    }
    records = try RecordTableLog(in: directory)
  }

  deinit { remove() }

  /// Starts writing `batch` (finished, in document order) as the next
  /// segment, its per-document tables to `records`, once the previous flush
  /// is done; a merge starts after it if one is due, unless `last`: the
  /// final merge reads any number of segments, and a merge started by the
  /// last flush would only hold it up (measured at one million measures:
  /// 0.7 s with one core idle). A failure of an earlier flush or merge is
  /// thrown here.
  func flush(_ batch: [Segment], last: Bool = false) throws(IndexError) {
    flushing.wait()
    if let failure = lock.withLock({ self.failure }) { throw failure }
    flushing.enter()
    flushQueue.async {
      defer { self.flushing.leave() }
      do throws(IndexError) {
        try self.records.append(batch)
        for s in batch { s.releaseStore() }
        let sorted = ConcurrentSlots<[([UInt8], Int32)]>(count: batch.count)
        DispatchQueue.concurrentPerform(iterations: batch.count) { sorted.set($0, batch[$0].sortedTerms()) }
        let sources = zip(batch, sorted.written).map { MemoryTerms($0, sorted: $1) }
        let segment = try StreamConcatenation.merge(sources, into: RawSegmentWriter(path: self.newSegmentPath()))
        self.lock.withLock {
          self.segments.append((segment, 0))
          self.flushes += 1
          if !last { self.scheduleMerge() }
        }
      } catch {
        self.lock.withLock { self.failure = self.failure ?? error }
      }
    }
  }

  /// Waits for the merges under way and returns the segments, in document order.
  func finish() throws(IndexError) -> [RawSegment] {
    flushing.wait()
    running.wait()
    lock.lock()
    defer { lock.unlock() }
    if let failure { throw failure }
    return segments.map(\.segment)
  }

  /// Removes the directory and everything in it.
  func remove() {
    flushing.wait()
    running.wait()
    try? FileManager.default.removeItem(atPath: directory)
  }

  private func newSegmentPath() -> String {
    lock.withLock {
      named += 1
      return directory + "/seg-\(named)"
    }
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

  private func merge(_ inputs: [(segment: RawSegment, level: Int)]) {
    let path = newSegmentPath()
    mergeWillWrite?(path)
    do throws(IndexError) {
      let merged = try StreamConcatenation.merge(inputs.map(\.segment), into: RawSegmentWriter(path: path))
      lock.withLock {
        if let at = segments.firstIndex(where: { $0.segment === inputs[0].segment }) {
          segments.replaceSubrange(at..<(at + inputs.count), with: [(merged, inputs[0].level + 1)])
        }
        merges += 1
        merging = false
      }
      for input in inputs { try? FileManager.default.removeItem(atPath: input.segment.path) }
      lock.withLock { scheduleMerge() }
    } catch {
      lock.withLock {
        failure = error
        merging = false
      }
    }
  }
}
