import ArgumentParser
import Foundation
import ZhengceCorpus
import ZhengceCore
import ZhengceParser

/// `zhengce bench-parse`: parse throughput and latency over the corpus repeated.
struct ParseBenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench-parse",
    abstract: "Measure parse throughput (MB/s) and per-document latency; build with -c release.")

  @Option(parsing: .unconditional, help: "Megabytes of input to parse (the corpus is repeated).")
  var megabytes = 50

  @Option(parsing: .unconditional, help: "Worker threads (default: every core).")
  var threads: Int?

  @Argument(help: "Documents to repeat (default: the bundled corpus).")
  var files: [String] = []

  @OptionGroup var plugins: PluginOptions

  func validate() throws {
    guard megabytes > 0, (threads ?? 1) > 0 else { throw ValidationError("--megabytes and --threads must be > 0") }
  }

  func run() throws {
    let sources: [SourceText]
    do {
      sources = try DocumentRun.paths(files).map { path throws(SourceError) in try DocumentLoader.load(path, html: Environment.current.htmlReader) }
    } catch let error as SourceError {
      throw fail("\(error)")
    }
    let parser = try plugins.parser().parser
    let report = ParseBenchmark(parser: parser, threads: threads ?? Cores.available).run(sources, targetBytes: megabytes * 1_000_000)
    print(String(format: "parsed %d documents, %.1f MB in %.2f s on %d threads", report.documents,
                 Double(report.bytes) / 1_000_000, report.seconds, report.threads))
    print(String(format: "throughput: %.1f MB/s (%.1f MB/s per core)", report.megabytesPerSecond, report.perCore))
    print(String(format: "latency per document: p50 %.2f ms, p99 %.2f ms", report.p50, report.p99))
    print(String(format: "first parse (loads the rules and the gazetteer, untimed above): %.1f ms", report.firstParse))
  }
}
