import ArgumentParser
import Foundation
import ZhengceCorpus
import ZhengceSearch

/// Where `tasks`, `commitments`, `compare` and `export` take their documents
/// from: the files named, parsed now; or, when none are named, the documents
/// an index stored when it parsed them, read back without parsing: `--index
/// DIR`, else `$ZHENGCE_INDEX`, else the bundled corpus's cached index (built
/// or brought up to date first, as `search` does).
enum DocumentSource {
  case files([String])
  /// `complete` is false when a file of the bundled corpus could not be indexed (its error printed).
  case index(IndexedDocuments, complete: Bool)

  /// The stored documents' checksum is checked before anything is written:
  /// every command answering from them reads them.
  /// - Throws: `ExitCode(1)` after printing why the index cannot be used.
  static func choose(files: [String], index: String?, plugins: PluginOptions) throws -> DocumentSource {
    if !files.isEmpty { return .files(CorpusFiles.expand(files)) }
    do {
      if let named = Environment.current.namedIndex(index) {
        let reader = try IndexReader(directory: named)
        try reader.storedDocuments.check()
        return .index(IndexedDocuments(reader), complete: true)
      }
      let (reader, update) = try DefaultIndex.open(indexer: try plugins.indexer())
      try reader.storedDocuments.check()
      for failure in update.failures { Console.error("\(failure)") }
      return .index(IndexedDocuments(reader), complete: update.failures.isEmpty)
    } catch let error as IndexError {
      throw fail("\(error)")
    }
  }

  /// The check each command's `validate()` makes: files, or an index, not both.
  static func validate(files: [String], index: String?) throws {
    if index != nil, !files.isEmpty {
      throw ValidationError("--index answers from an index: name no files with it (files given are parsed)")
    }
  }
}

/// The bundled corpus's cached index, brought up to date first; Ctrl-C while
/// it is written removes the half-written generation. Like the progress bar,
/// the note that another process is writing it goes to a terminal only.
enum DefaultIndex {
  static func open(indexer: CorpusIndexer) throws -> (reader: IndexReader, update: CorpusIndexer.Update) {
    let directory = Environment.current.cachedIndex
    return try Console.cleaningUp(onInterrupt: { IndexDirectory(path: directory).removeOwnTemporaries() }) {
      try IndexCache.bundledIndex(
        at: directory, corpus: Environment.current.bundledCorpus, indexer: indexer,
        progress: Console.progressBar(label: "indexing bundled corpus"),
        onWait: isatty(STDERR_FILENO) == 1 ? Console.waitingNote(directory) : nil)
    }
  }
}
