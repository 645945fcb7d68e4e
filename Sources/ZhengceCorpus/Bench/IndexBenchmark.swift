import Foundation
import ZhengceCore
import ZhengceSearch

#if canImport(Glibc)
import Glibc
#endif

/// `zhengce bench`'s measurements: an index of generated records built and
/// timed, opened, and a fixed query set answered round after round. The
/// command only prints what these return, so the timing lives in one place.
public struct IndexBenchmark: Sendable {
  /// Whether the index stores token positions.
  public var positions: Bool
  /// The index writer's memory budget (`IndexWriter.memoryBudget`); nil: no limit.
  public var memoryBudget: Int?

  public init(positions: Bool = true, memoryBudget: Int? = nil) {
    self.positions = positions
    self.memoryBudget = memoryBudget
  }

  /// How long building took, and what it wrote.
  public struct Build: Sendable {
    /// UTF-8 bytes of the records' text.
    public var textBytes: Int
    /// Wall time of the whole build, and of its analysis (before merging and writing).
    public var seconds: Double
    public var analysisSeconds: Double
    /// CPU time on every thread.
    public var cpuSeconds: Double
    public var meta: IndexMeta
    /// Segments the writer spilled to disk, and merges of them in the background.
    public var flushes: Int
    public var merges: Int
  }

  /// How long opening took, and the first query and its records after it, milliseconds.
  public struct Opening: Sendable {
    public var open: Double
    public var firstQuery: Double
    public var firstRecords: Double
  }

  /// The query set's answers and timings.
  public struct Rounds: Sendable {
    /// Each query's total matches, in set order.
    public var totals: [Int]
    /// One sample per query and round, milliseconds.
    public var wall: Latencies
    /// The same samples in the order taken: round by round, each in set order.
    public var wallInOrder: [Double]
    public var cpu: Latencies
    /// Each query's least CPU time over the rounds, milliseconds, in set order.
    public var leastCPU: [Double]
  }

  /// Builds the index of `records` in `directory`.
  public func build(_ records: [IndexRecord], into directory: String) throws(IndexError) -> Build {
    let start = BenchClock.wall()
    let cpuStart = BenchClock.cpu(CLOCK_PROCESS_CPUTIME_ID)
    let writer = IndexWriter(positions: positions, memoryBudget: memoryBudget, workDirectory: directory)
    writer.add(contentsOf: records)
    let analysed = BenchClock.wall()
    let meta = try writer.commit(to: IndexDirectory(path: directory))
    let end = BenchClock.wall()
    return Build(
      textBytes: records.reduce(0) { $0 + $1.text.utf8.count }, seconds: Double(end - start) / 1e9,
      analysisSeconds: Double(analysed - start) / 1e9,
      cpuSeconds: Double(BenchClock.cpu(CLOCK_PROCESS_CPUTIME_ID) - cpuStart) / 1e9, meta: meta,
      flushes: writer.flushes, merges: writer.merges)
  }

  /// Opens the index in `directory` and answers `first` (top 10) and reads its
  /// records: parts are checksummed when first read, so these carry what
  /// opening no longer does.
  public func open(_ directory: String, first: BatchQuery?) throws(IndexError) -> (searcher: Searcher, opening: Opening) {
    let openStart = BenchClock.wall()
    let reader = try IndexReader(directory: directory)
    let searcher = Searcher(reader: reader, schema: PolicySchema.schema)
    let opened = BenchClock.wall()
    let hits = try first.map { q throws(IndexError) in try searcher.search(q.query, limit: 10).hits } ?? []
    let answered = BenchClock.wall()
    for hit in hits { _ = try reader.record(hit.doc, as: IndexRecord.self) }
    let listed = BenchClock.wall()
    let opening = Opening(
      open: BenchClock.milliseconds(openStart, opened), firstQuery: BenchClock.milliseconds(opened, answered),
      firstRecords: BenchClock.milliseconds(answered, listed))
    return (searcher, opening)
  }

  /// Answers every query of `set` (top 10 with exact totals) once untimed,
  /// then `rounds` times timed.
  public func run(_ set: [BatchQuery], on searcher: Searcher, rounds: Int) throws(IndexError) -> Rounds {
    var totals: [Int] = []
    for q in set { totals.append(try searcher.search(q.query, limit: 10).total) }
    var wall: [Double] = []
    var cpu: [Double] = []
    for _ in 0..<rounds {
      for q in set {
        let t0 = BenchClock.wall()
        let c0 = BenchClock.cpu()
        _ = try searcher.search(q.query, limit: 10)
        cpu.append(BenchClock.milliseconds(c0, BenchClock.cpu()))
        wall.append(BenchClock.milliseconds(t0, BenchClock.wall()))
      }
    }
    let leastCPU = set.indices.map { i in (0..<rounds).map { cpu[$0 * set.count + i] }.min() ?? 0 }
    return Rounds(totals: totals, wall: Latencies(wall), wallInOrder: wall, cpu: Latencies(cpu), leastCPU: leastCPU)
  }

  /// The best hits alone, without totals (`Searcher.best`, as `search
  /// --batch --no-total` answers): each query of `set` once untimed, its hits
  /// compared with `search`'s, then `rounds` times timed.
  public func runBest(_ set: [BatchQuery], on searcher: Searcher, rounds: Int) throws(IndexError) -> BestRounds {
    var differing = 0
    for q in set where try searcher.best(q.query, limit: 10).map(\.doc) != searcher.search(q.query, limit: 10).hits.map(\.doc) {
      differing += 1
    }
    var wall: [Double] = []
    for _ in 0..<rounds {
      for q in set {
        let t0 = BenchClock.wall()
        _ = try searcher.best(q.query, limit: 10)
        wall.append(BenchClock.milliseconds(t0, BenchClock.wall()))
      }
    }
    return BestRounds(differing: differing, wall: Latencies(wall), wallInOrder: wall)
  }

  /// The best hits' timings, and how many queries' hits differ from `search`'s (0 when right).
  public struct BestRounds: Sendable {
    public var differing: Int
    public var wall: Latencies
    /// The samples in the order taken, as `Rounds.wallInOrder`.
    public var wallInOrder: [Double]
  }

  /// The query set's wall-time samples by kind of query (`BatchQuery.kind`), kinds in name order.
  public static func byKind(_ set: [BatchQuery], _ all: [Double]) -> [(kind: String, latencies: Latencies)] {
    var samples: [String: [Double]] = [:]
    for (k, sample) in all.enumerated() where !set.isEmpty { samples[set[k % set.count].kind, default: []].append(sample) }
    return samples.keys.sorted().map { ($0, Latencies(samples[$0] ?? [])) }
  }

  /// How many of `totals` differ from a substring scan of `records` (folded as
  /// the analyzer folds), query by query: 0 when the index answers exactly.
  public static func wrongTotals(_ totals: [Int], of set: [BatchQuery], records: [IndexRecord]) -> Int {
    var wrong = 0
    let folded = records.map { Array(Analyzer.folded($0.text).utf8) }
    for (q, total) in zip(set, totals) {
      let needles = q.terms.map { Array(Analyzer.folded($0).utf8) }
      var scan = 0
      for (r, text) in zip(records, folded) where q.province == nil || r.province == q.province {
        if needles.allSatisfy({ SubstringScan.contains(bytes: text, $0) }) { scan += 1 }
      }
      if scan != total { wrong += 1 }
    }
    return wrong
  }
}
