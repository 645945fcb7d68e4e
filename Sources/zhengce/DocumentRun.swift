import ArgumentParser
import Foundation
import ZhengceCore
import ZhengceCorpus
import ZhengceParser

/// Parsing the documents a command reads, the same way for every command:
/// the files and directories named (or the bundled corpus), every core, input
/// order, one stderr line per unreadable file.
struct DocumentRun {
  var parser: CorpusParser
  /// Files parsed at once; results are printed batch by batch, so memory stays
  /// bounded on large corpora.
  var batchSize = 64
  /// Whether files sharing a stem get ids qualified by their folders
  /// (`CorpusFiles.documentIDs`) instead of the same stem each.
  var distinctIDs = false
  /// Called with (files done, files in all) after each batch: a progress bar
  /// on a terminal for the commands that read many files.
  var progress: (@Sendable (Int, Int) -> Void)?

  init(plugins: PluginOptions) throws {
    parser = try plugins.parser()
  }

  /// The files named (directories walked), or the bundled corpus when none are.
  static func paths(_ files: [String]) throws -> [String] {
    if !files.isEmpty { return CorpusFiles.expand(files) }
    guard let bundled = Environment.current.bundledCorpus else {
      throw fail("no files given and no bundled corpus found (run from the checkout or set ZHENGCE_CORPUS)")
    }
    return CorpusFiles.expand([bundled])
  }

  /// Calls `body` with each parsed document in input order.
  /// - Returns: false when any file could not be read.
  func forEach(_ paths: [String], _ body: (ParseResult) throws -> Void) rethrows -> Bool {
    var ok = true
    var start = 0
    let ids = distinctIDs ? CorpusFiles.documentIDs(paths) : nil
    while start < paths.count {
      let range = start..<min(paths.count, start + batchSize)
      for outcome in parser.parse(Array(paths[range]), ids: ids.map { Array($0[range]) }) {
        switch outcome {
        case .success(let result): try body(result)
        case .failure(let error):
          Console.error("\(error)")
          ok = false
        }
      }
      start += batchSize
      progress?(min(start, paths.count), paths.count)
    }
    return ok
  }

  /// Every parsed document, in input order.
  func documents(_ paths: [String]) -> (documents: [ParsedDocument], ok: Bool) {
    var documents: [ParsedDocument] = []
    let ok = forEach(paths) { documents.append($0.document) }
    return (documents, ok)
  }
}
