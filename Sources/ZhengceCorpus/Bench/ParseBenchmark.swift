import Dispatch
import Foundation
import ZhengceCore
import ZhengceParser

/// Parse throughput over the corpus repeated to a target size, on every core,
/// after one untimed parse that loads what a process loads once (rule tables,
/// the gazetteer): the figure is the steady rate of a long run.
public struct ParseBenchmark: Sendable {
  /// What one run measured.
  public struct Report: Sendable {
    public var documents: Int
    public var bytes: Int
    public var seconds: Double
    public var threads: Int
    /// Per-document parse latency, milliseconds.
    public var p50: Double
    public var p99: Double
    /// The untimed first parse, milliseconds: what loading the rules and the gazetteer adds once.
    public var firstParse: Double

    public var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }
    public var perCore: Double { megabytesPerSecond / Double(threads) }
  }

  public var parser: Parser
  public var threads: Int

  public init(parser: Parser, threads: Int = Cores.available) {
    self.parser = parser
    self.threads = max(1, threads)
  }

  /// Parses `sources` repeated until at least `targetBytes` bytes of input went through.
  public func run(_ sources: [SourceText], targetBytes: Int) -> Report {
    precondition(!sources.isEmpty, "the benchmark needs at least one document")
    let sizes = sources.map { $0.text.utf8.count }
    var jobs: [Int] = []
    var total = 0
    while total < targetBytes {
      for (i, size) in sizes.enumerated() {
        jobs.append(i)
        total += size
      }
    }
    let order = jobs
    // Untimed: the first parse loads the rule tables and the gazetteer, once per process.
    let first = BenchClock.wall()
    _ = parser.parse(sources[0])
    let firstParse = Double(BenchClock.wall() - first) / 1_000_000
    let latencies = LatencySlots(count: order.count)
    let next = NextJob()
    let start = BenchClock.wall()
    DispatchQueue.concurrentPerform(iterations: threads) { _ in
      while let k = next.take(limit: order.count) {
        let t0 = BenchClock.wall()
        _ = parser.parse(sources[order[k]])
        latencies.set(k, Double(BenchClock.wall() - t0) / 1_000_000)
      }
    }
    let seconds = Double(BenchClock.wall() - start) / 1_000_000_000
    let perDocument = Latencies(latencies.values)
    return Report(documents: order.count, bytes: total, seconds: seconds, threads: threads,
                  p50: perDocument.percentile(0.5), p99: perDocument.percentile(0.99), firstParse: firstParse)
  }
}

private final class NextJob: @unchecked Sendable {
  private var next = 0
  private let lock = NSLock()
  func take(limit: Int) -> Int? {
    lock.withLock {
      guard next < limit else { return nil }
      defer { next += 1 }
      return next
    }
  }
}

private final class LatencySlots: @unchecked Sendable {
  private var slots: [Double]
  private let lock = NSLock()
  init(count: Int) { slots = Array(repeating: 0, count: count) }
  func set(_ i: Int, _ v: Double) { lock.withLock { slots[i] = v } }
  var values: [Double] { lock.withLock { slots } }
}
