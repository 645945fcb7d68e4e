import Foundation
import ZhengceSearch

/// The default index of the bundled corpus, built on first use and refreshed
/// when the corpus or the tool changes. Where it lives is the caller's
/// choice (the command line's cache directory).
public enum IndexCache {
  /// What parses the documents: size and modification time of the running
  /// executable, the data manifests in use (`PluginSetup.fingerprint` of the
  /// plugin directories the parser was built from) and a forced plugin. Any
  /// change may parse differently, so an index does not reuse records another
  /// builder made.
  public static func builderStamp(pluginDirectories: [String] = [], pluginID: String? = nil) -> String {
    let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    var stamp = "unknown"
    if let attributes = try? FileManager.default.attributesOfItem(atPath: exe),
      let size = attributes[.size] as? NSNumber, let date = attributes[.modificationDate] as? Date
    {
      stamp = "\(size.intValue)-\(Int(date.timeIntervalSince1970))"
    }
    let manifests = PluginSetup.fingerprint(pluginDirectories: pluginDirectories)
    if !manifests.isEmpty { stamp += " manifests-" + manifests.prefix(16) }
    if let pluginID { stamp += " plugin-" + pluginID }
    return stamp
  }

  /// The default index of the bundled corpus, brought up to date. Processes
  /// started together build it once: one takes the writer's lock and builds,
  /// the others wait for it (`onWait` says so) and then find it up to date.
  /// - Parameters:
  ///   - directory: where the index lives.
  ///   - corpus: the bundled corpus (`CorpusFiles.bundledDirectory`); nil when none was found.
  ///   - indexer: how documents are parsed (plugins) and stamped; an index
  ///     another parser built is built again.
  /// - Throws: `IndexError`; `IndexError.missing` when no bundled corpus was found.
  public static func bundledIndex(
    at directory: String, corpus: String?, indexer: CorpusIndexer,
    progress: (@Sendable (Int, Int) -> Void)? = nil, onWait: (() -> Void)? = nil
  ) throws -> (reader: IndexReader, update: CorpusIndexer.Update) {
    guard let corpus else {
      throw IndexError.missing(path: "corpus/ (set ZHENGCE_CORPUS or use --index)")
    }
    // A process using other plugins may rebuild the index between the update and
    // the opening: the index opened must be this parser's, else it is updated again.
    var attempt = 0
    while true {
      attempt += 1
      let update = try indexer.update(IndexDirectory(path: directory), paths: [corpus], progress: progress, onWait: onWait)
      let reader = try IndexReader(directory: directory)
      if reader.meta.builder == indexer.builder || attempt == 5 { return (reader, update) }
    }
  }
}
