import ArgumentParser
import Foundation
import ZhengceCore
import ZhengceCorpus
import ZhengceSearch

/// `zhengce bench`: build an index of N recombined measures and time it and a fixed query set.
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Benchmark index build speed, size and query latency on a generated corpus.")

  @Option(parsing: .unconditional, help: "Measures to generate.")
  var measures = 100_000

  @Option(parsing: .unconditional, help: "Queries in the fixed set (top 10 each).")
  var queries = 400

  @Option(parsing: .unconditional, help: "Timed passes over the query set.")
  var rounds = 5

  @Option(help: "Keep the index in this directory (default: a temporary one, removed after).")
  var index: String?

  @Flag(help: "Skip checking every query's total against a substring scan.")
  var noVerify = false

  @Flag(inversion: .prefixedNo, help: "Store token positions (without: longer terms are confirmed on the stored text).")
  var positions = true

  @Option(parsing: .unconditional, help: "Print the slowest queries of the set.")
  var slowest = 0

  @Option(help: "Memory the index writer may hold, e.g. 256MB or 1GB (at least 1MB).")
  var memory: MemorySize = .standard

  @Option(help: "Also write the generated records.jsonl and queries.jsonl (the benchmark protocol's inputs) here.")
  var export: String?

  func validate() throws {
    guard measures >= 0, queries >= 0, rounds >= 0, slowest >= 0 else {
      throw ValidationError("--measures, --queries, --rounds and --slowest must be ≥ 0")
    }
  }

  func run() throws {
    do {
      try measure()
    } catch let error as IndexError {
      throw fail("\(error)")
    } catch let error as SourceError {
      throw fail("\(error)")
    }
  }

  private func measure() throws {
    let corpus = try BenchCorpus(paths: CorpusFiles.expand([try Console.bundledCorpus()]))
    let records = corpus.records(count: measures)
    if let export { try ProtocolFiles.write(records, corpus.queries(count: queries, records: records), to: export) }
    let directory = index ?? NSTemporaryDirectory() + "zhengce-bench-\(getpid())"
    defer { if index == nil { try? FileManager.default.removeItem(atPath: directory) } }

    let bench = IndexBenchmark(positions: positions, memoryBudget: memory.bytes)
    let before = ProcessMemory.residentMegabytes()
    let build = try bench.build(records, into: directory)
    let peak = ProcessMemory.peakMegabytes()
    // Queried as `search --batch` and `serve` query.
    QueryMemory.keepFreedBuffers()
    let megabytes = Double(build.textBytes) / 1e6
    let sizes = build.meta.fileSizes
    let stored = (sizes["store"] ?? 0) + (sizes["ids"] ?? 0)
    let indexBytes = sizes.values.reduce(0, +) - stored
    print(String(format: "corpus: %d measures, %.1f MB of text, %d terms", records.count, megabytes, build.meta.terms))
    print(String(
      format: "build (positions %@): %.2f s wall = %.1f MB/s (analysis %.2f s, merge and write %.2f s); %.2f s CPU on all threads = %.1f MB/s per core",
      positions ? "on" : "off", build.seconds, megabytes / build.seconds, build.analysisSeconds,
      build.seconds - build.analysisSeconds, build.cpuSeconds, megabytes / build.cpuSeconds))
    print(String(
      format: "memory: budget %.0f MB, %d segments spilled, %d merged in the background; peak RSS %.0f MB, of which %.0f MB before the build (the generated records)",
      Double(memory.bytes) / 1_048_576, build.flushes, build.merges, peak, before))
    print(String(
      format: "index: %.1f MB without stored text = %.3f × text (terms %.1f, postings %.1f, positions %.1f, docs %.1f MB); stored %.1f MB",
      Double(indexBytes) / 1e6, Double(indexBytes) / Double(build.textBytes), Double(sizes["terms"] ?? 0) / 1e6,
      Double(sizes["postings"] ?? 0) / 1e6, Double(sizes["positions"] ?? 0) / 1e6, Double(sizes["docs"] ?? 0) / 1e6,
      Double(stored) / 1e6))

    let set = corpus.queries(count: queries, records: records)
    let (searcher, opening) = try bench.open(directory, first: set.first)
    print(String(
      format: "open: %.1f ms, the first query %.1f ms, its 10 records %.1f ms (%.1f ms in all; the files are in the page cache)",
      opening.open, opening.firstQuery, opening.firstRecords, opening.open + opening.firstQuery + opening.firstRecords))
    let answers = try bench.run(set, on: searcher, rounds: rounds)
    if slowest > 0 {
      let perQuery = answers.leastCPU
      for i in perQuery.indices.sorted(by: { perQuery[$0] > perQuery[$1] }).prefix(slowest) {
        print(String(format: "slow: %.3f ms, %d matches: %@ %@", perQuery[i], answers.totals[i], set[i].terms.joined(separator: " | "), set[i].province ?? ""))
      }
    }
    for (name, samples) in [("wall", answers.wall), ("CPU", answers.cpu)] {
      print(String(
        format: "query %@: top-10 with exact totals, %d queries × %d rounds: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms",
        name, set.count, rounds, samples.percentile(0.5), samples.percentile(0.9), samples.percentile(0.99), samples.max))
    }
    let best = try bench.runBest(set, on: searcher, rounds: rounds)
    print(String(
      format: "query wall: top-10 without totals (search --batch --no-total), %d queries × %d rounds: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms; %d/%d give the same hits as with totals",
      set.count, rounds, best.wall.percentile(0.5), best.wall.percentile(0.9), best.wall.percentile(0.99), best.wall.max,
      set.count - best.differing, set.count))
    let kinds = IndexBenchmark.byKind(set, answers.wallInOrder)
    let bestKinds = IndexBenchmark.byKind(set, best.wallInOrder)
    for ((kind, samples), (_, without)) in zip(kinds, bestKinds) {
      print(String(
        format: "query wall by kind: %@ (%d samples): p50 %.3f ms, p99 %.3f ms; without totals p50 %.3f ms, p99 %.3f ms", kind,
        samples.sorted.count, samples.percentile(0.5), samples.percentile(0.99), without.percentile(0.5), without.percentile(0.99)))
    }
    if best.differing > 0 { throw ExitCode(1) }
    if !noVerify {
      let wrong = IndexBenchmark.wrongTotals(answers.totals, of: set, records: records)
      print("verify: \(set.count - wrong)/\(set.count) query totals equal a substring scan")
      if wrong > 0 { throw ExitCode(1) }
    }
  }
}
