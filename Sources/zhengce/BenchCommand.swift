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
    if let export { try Self.export(records, corpus.queries(count: queries, records: records), to: export) }
    let textBytes = records.reduce(0) { $0 + $1.text.utf8.count }
    let directory = index ?? NSTemporaryDirectory() + "zhengce-bench-\(getpid())"
    defer { if index == nil { try? FileManager.default.removeItem(atPath: directory) } }

    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = Self.cpuNanoseconds(CLOCK_PROCESS_CPUTIME_ID)
    let writer = IndexWriter(positions: positions)
    writer.add(contentsOf: records)
    let analysed = DispatchTime.now().uptimeNanoseconds
    let meta = try writer.commit(to: IndexDirectory(path: directory))
    let analysisSeconds = Double(analysed - start) / 1e9
    let buildSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let buildCPU = Double(Self.cpuNanoseconds(CLOCK_PROCESS_CPUTIME_ID) - cpuStart) / 1e9

    let sizes = meta.fileSizes
    let stored = (sizes["store"] ?? 0) + (sizes["ids"] ?? 0)
    let indexBytes = sizes.values.reduce(0, +) - stored
    print(String(format: "corpus: %d measures, %.1f MB of text, %d terms", records.count, Double(textBytes) / 1e6, meta.terms))
    print(String(
      format: "build (positions %@): %.2f s wall = %.1f MB/s (analysis %.2f s, merge and write %.2f s); %.2f s CPU on all threads = %.1f MB/s per core",
      positions ? "on" : "off", buildSeconds, Double(textBytes) / 1e6 / buildSeconds, analysisSeconds,
      buildSeconds - analysisSeconds, buildCPU, Double(textBytes) / 1e6 / buildCPU))
    print(String(
      format: "index: %.1f MB without stored text = %.3f × text (terms %.1f, postings %.1f, positions %.1f, docs %.1f MB); stored %.1f MB",
      Double(indexBytes) / 1e6, Double(indexBytes) / Double(textBytes), Double(sizes["terms"] ?? 0) / 1e6,
      Double(sizes["postings"] ?? 0) / 1e6, Double(sizes["positions"] ?? 0) / 1e6, Double(sizes["docs"] ?? 0) / 1e6,
      Double(stored) / 1e6))

    let set = corpus.queries(count: queries, records: records)
    let openStart = DispatchTime.now().uptimeNanoseconds
    let reader = try IndexReader(directory: directory)
    let searcher = Searcher(reader: reader, schema: PolicySchema.schema)
    let opened = DispatchTime.now().uptimeNanoseconds
    // Parts are checksummed when first read, so the first query and its records carry what opening no longer does.
    let first = try set.first.map { try searcher.search($0.query, limit: 10).hits } ?? []
    let answered = DispatchTime.now().uptimeNanoseconds
    for hit in first { _ = try reader.record(hit.doc, as: IndexRecord.self) }
    let listed = DispatchTime.now().uptimeNanoseconds
    print(String(
      format: "open: %.1f ms, the first query %.1f ms, its 10 records %.1f ms (%.1f ms in all; the files are in the page cache)",
      Double(opened - openStart) / 1e6, Double(answered - opened) / 1e6, Double(listed - answered) / 1e6,
      Double(listed - openStart) / 1e6))
    var totals: [Int] = []
    for q in set { totals.append(try searcher.search(q.query, limit: 10).total) }
    var wall: [Double] = []
    var cpu: [Double] = []
    for _ in 0..<rounds {
      for q in set {
        let t0 = DispatchTime.now().uptimeNanoseconds
        let c0 = Self.cpuNanoseconds()
        _ = try searcher.search(q.query, limit: 10)
        cpu.append(Double(Self.cpuNanoseconds() - c0) / 1e6)
        wall.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
      }
    }
    if slowest > 0 {
      let perQuery = (0..<set.count).map { i in (0..<rounds).map { cpu[$0 * set.count + i] }.min() ?? 0 }
      for i in perQuery.indices.sorted(by: { perQuery[$0] > perQuery[$1] }).prefix(slowest) {
        print(String(format: "slow: %.3f ms, %d matches: %@ %@", perQuery[i], totals[i], set[i].terms.joined(separator: " | "), set[i].province ?? ""))
      }
    }
    for (name, var samples) in [("wall", wall), ("CPU", cpu)] {
      samples.sort()
      func percentile(_ p: Double) -> Double { samples.isEmpty ? 0 : samples[min(samples.count - 1, Int(Double(samples.count) * p))] }
      print(String(
        format: "query %@: top-10 with exact totals, %d queries × %d rounds: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms",
        name, set.count, rounds, percentile(0.5), percentile(0.9), percentile(0.99), samples.last ?? 0))
    }
    if !noVerify {
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
      print("verify: \(set.count - wrong)/\(set.count) query totals equal a substring scan")
      if wrong > 0 { throw ExitCode(1) }
    }
  }

  /// Writes the protocol's record and query files.
  /// - Throws: `IndexError.io` naming the directory or file that cannot be written.
  static func export(_ records: [IndexRecord], _ queries: [BatchQuery], to dir: String) throws(IndexError) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory), !isDirectory.boolValue {
      throw .io(path: dir, reason: "not a directory (--export names a directory for records.jsonl and queries.jsonl)")
    }
    do {
      try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    } catch {
      throw .io(path: dir, reason: "cannot create directory")
    }
    var out = ""
    for r in records {
      out += "{\"id\": \(BatchQuery.jsonString(r.id)), \"province\": \(r.province.map(BatchQuery.jsonString) ?? "null"), "
      out += "\"doc\": \(BatchQuery.jsonString(r.document)), \"text\": \(BatchQuery.jsonString(r.text))}\n"
    }
    try write(out, to: dir + "/records.jsonl")
    out = ""
    for q in queries {
      let terms = q.terms.map(BatchQuery.jsonString).joined(separator: ", ")
      out += "{\"terms\": [\(terms)], \"province\": \(q.province.map(BatchQuery.jsonString) ?? "null"), \"limit\": \(q.limit)}\n"
    }
    try write(out, to: dir + "/queries.jsonl")
  }

  private static func write(_ text: String, to path: String) throws(IndexError) {
    do {
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
      throw .io(path: path, reason: "cannot write")
    }
  }

  /// CPU time of this thread (or process): the machine is shared, so wall time alone overstates.
  static func cpuNanoseconds(_ clock: clockid_t = CLOCK_THREAD_CPUTIME_ID) -> UInt64 {
    var t = timespec()
    clock_gettime(clock, &t)
    return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
  }
}
