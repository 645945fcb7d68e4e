import Foundation
import ZhengceCorpus
import ZhengceHTML

/// Every environment variable the tool reads, read once when it starts.
///
/// Why: the libraries take these values as parameters and never read the
/// environment, so a library caller or a test gets the same behaviour by
/// passing the same values, and the list of variables is this one file.
struct Environment: Sendable {
  /// `$ZHENGCE_INDEX`: the index read when `--index` names none.
  var index: String?
  /// `$ZHENGCE_CORPUS`: the bundled corpus, tried before the usual places.
  var corpus: String?
  /// `$ZHENGCE_PLUGIN_PATH`, colon-separated: plugin directories layered before `--plugins`.
  var pluginPath: [String]
  /// `$ZHENGCE_PYTHON`, else `python3`: the interpreter running the Parquet writer.
  var python: String
  /// `$ZHENGCE_HTML_MAX_MB`: the size limit of a web page.
  var htmlLimits: HTMLReader.Limits
  /// `$XDG_CACHE_HOME/zhengce/index`, else `$HOME/.cache/zhengce/index`: the bundled corpus's index.
  var cachedIndex: String
  /// `$NO_COLOR` set and not empty: no colour, even on a terminal.
  var noColor: Bool
  /// `$COLUMNS` when a positive number: the width tables fit.
  var columns: Int?
  /// `$ZHENGCE_INDEX_HOLD_MERGE`, for tests: a file `zhengce index --records`
  /// writes (the merge's directory) when a background merge starts, before it
  /// stops there for good, so that a test can kill it mid-merge.
  var mergeHoldFile: String?

  /// The environment this process started with.
  static let current = Environment(ProcessInfo.processInfo.environment)

  init(_ variables: [String: String]) {
    func value(_ name: String) -> String? { variables[name].flatMap { $0.isEmpty ? nil : $0 } }
    index = value("ZHENGCE_INDEX")
    corpus = value("ZHENGCE_CORPUS")
    pluginPath = (variables["ZHENGCE_PLUGIN_PATH"] ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
    python = value(ParquetExport.pythonVariable) ?? "python3"
    htmlLimits = .fromEnvironment(variables)
    cachedIndex = (value("XDG_CACHE_HOME") ?? (variables["HOME"] ?? NSHomeDirectory()) + "/.cache") + "/zhengce/index"
    noColor = !(variables["NO_COLOR"] ?? "").isEmpty
    columns = variables["COLUMNS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil }
    mergeHoldFile = value("ZHENGCE_INDEX_HOLD_MERGE")
  }

  /// The index writer's merge hook `$ZHENGCE_INDEX_HOLD_MERGE` asks for, if any.
  var mergeHold: (@Sendable (String) -> Void)? {
    guard let file = mergeHoldFile else { return nil }
    return { directory in
      _ = FileManager.default.createFile(atPath: file, contents: Data((directory + "\n").utf8))
      while true { sleep(3600) }
    }
  }

  /// `explicit` (`--index`), else `$ZHENGCE_INDEX`, else nil (use the cached index).
  func namedIndex(_ explicit: String?) -> String? {
    if let explicit, !explicit.isEmpty { return explicit }
    return index
  }

  /// The bundled corpus: `$ZHENGCE_CORPUS`, else where `CorpusFiles.bundledDirectory` looks.
  var bundledCorpus: String? { CorpusFiles.bundledDirectory(named: corpus) }

  /// Reads web pages with the limit `$ZHENGCE_HTML_MAX_MB` sets.
  var htmlReader: HTMLReader { HTMLReader(limits: htmlLimits) }
}
