import ArgumentParser
import ZhengceCorpus

/// The files a command works on: those named (directories walked), or the bundled corpus.
enum CorpusArguments {
  static func paths(_ files: [String]) throws -> [String] {
    if !files.isEmpty { return CorpusFiles.expand(files) }
    guard let bundled = CorpusFiles.bundledDirectory() else {
      throw ValidationError("no files given and no bundled corpus found (set ZHENGCE_CORPUS or run from the checkout)")
    }
    return CorpusFiles.expand([bundled])
  }
}
