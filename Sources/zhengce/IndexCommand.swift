import ArgumentParser
import Foundation
import ZhengceCorpus
import ZhengceSearch

/// `zhengce index [PATH...]`: build or update an index; `--records` indexes
/// records given directly; `--verify` reads an index whole and says whether it is sound.
struct IndexCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "index",
    abstract: "Build or update a search index (only changed files are parsed again).")

  @Argument(help: "Document files or directories (default: the bundled corpus).")
  var paths: [String] = []

  @Option(help: "Index directory (default: $ZHENGCE_INDEX, else the cache).")
  var index: String?

  @Option(help: "Index JSON Lines records {\"id\", \"province\", \"doc\", \"text\"} instead of documents.")
  var records: String?

  @OptionGroup var plugins: PluginOptions

  @Flag(inversion: .prefixedNo, help: "Wait for another zhengce writing the same index (without: fail at once).")
  var wait = true

  @Flag(inversion: .prefixedNo, help: "Store token positions (without: a smaller index; longer terms are confirmed on the stored text).")
  var positions = true

  @Option(help: "Memory the index writer may hold, e.g. 256MB or 1GB (at least 1MB); beyond it, segments go to disk and are merged.")
  var memory: MemorySize = .standard

  @Flag(help: "Check the index instead of writing it: every file's checksum and structure, one line each.")
  var verify = false

  @Flag(help: "Rewrite the index as one segment, without its deleted measures (an update otherwise adds a segment and deletion marks, then merges the newest segments past 8, or all of them past a quarter deleted).")
  var merge = false

  func validate() throws {
    if records != nil, !paths.isEmpty { throw ValidationError("give either --records or document paths, not both") }
    if merge, verify || records != nil { throw ValidationError("--merge rewrites an index of documents: give it without --verify or --records") }
    if verify, records != nil || !paths.isEmpty { throw ValidationError("--verify checks an index: give no paths or --records with it") }
  }

  func run() throws {
    let directory = Environment.current.namedIndex(index) ?? Environment.current.cachedIndex
    if verify { return try IndexVerifier.run(directory) }
    try Console.cleaningUp(onInterrupt: { IndexDirectory(path: directory).removeOwnTemporaries() }) {
      try build(into: directory)
    }
  }

  private func build(into directory: String) throws {
    do {
      if let records {
        let start = Date()
        let lock = try IndexWriteLock(IndexDirectory(path: directory), wait: wait, onWait: Console.waitingNote(directory))
        let writer = IndexWriter(positions: positions, memoryBudget: memory.bytes, workDirectory: directory)
        writer.mergeWillWrite = Environment.current.mergeHold
        try RecordsFile.add(records, to: writer)
        let bytes = writer.textBytes
        try writer.commit(to: lock)
        let seconds = Date().timeIntervalSince(start)
        Console.note(
          String(format: "indexed %d records (%.1f MB) in %.2f s → %@", writer.count, Double(bytes) / 1e6, seconds, directory))
        return
      }
      let inputs = paths.isEmpty ? [try Console.bundledCorpus()] : paths
      var indexer = try plugins.indexer(positions: positions, memory: memory)
      indexer.merge = merge
      indexer.mergeWillStart = Environment.current.mergeHold
      // The update is reported once it is published; a merge after it says so when it ends.
      var mergeStarted = Date()
      let update = try indexer.update(
        IndexDirectory(path: directory), paths: inputs, progress: Console.progressBar(label: "indexing", then: "writing the index…"),
        wait: wait, onWait: Console.waitingNote(directory)
      ) { update in
        Self.report(update, directory: directory)
        mergeStarted = Date()
      }
      if update.refused {
        for failure in update.failures { Console.error("\(failure)") }
        Console.error("index not changed: \(directory)")
        throw ExitCode(1)
      }
      if update.merged > 1 {
        Console.note(
          String(format: "merged %d segments into one in %.2f s: ", update.merged, Date().timeIntervalSince(mergeStarted))
            + "\(update.measures) measures\(Self.segments(update)) → \(directory)")
      }
      if !update.failures.isEmpty { throw ExitCode(1) }
    } catch let error as IndexError {
      Console.error("\(error)")
      throw ExitCode(1)
    }
  }

  /// What an update did, on stderr: the files that failed, then one line.
  private static func report(_ update: CorpusIndexer.Update, directory: String) {
    for failure in update.failures { Console.error("\(failure)") }
    if update.upToDate {
      Console.note("index up to date: \(update.files) files, \(update.measures) measures\(segments(update)) → \(directory)")
    } else {
      Console.note(
        "indexed \(update.files - update.failures.count) files (\(update.parsed) parsed, \(update.unchanged) unchanged, "
          + "\(update.dropped) dropped, \(update.failures.count) unreadable): \(update.measures) measures\(segments(update)) → \(directory)")
    }
  }

  /// An index of several segments says so.
  private static func segments(_ update: CorpusIndexer.Update) -> String {
    update.segments > 1 ? " in \(update.segments) segments" : ""
  }
}
