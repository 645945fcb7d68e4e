import ArgumentParser
import Foundation
import ZhengceCore
import ZhengceCorpus
import ZhengceParser

/// `--plugin ID` and `--plugins DIR`, shared by the commands that parse.
struct PluginOptions: ParsableArguments {
  @Option(name: .customLong("plugin"), help: ArgumentHelp("Use this plugin instead of detecting one.", valueName: "ID"))
  var id: String?

  @Option(
    name: .customLong("plugins"),
    help: ArgumentHelp("A data-only plugin directory, or a directory of them (repeatable; also $ZHENGCE_PLUGIN_PATH).", valueName: "DIR"))
  var directories: [String] = []

  /// The built-in plugins layered with the given manifests; prints the manifest
  /// error and exits 1 when one cannot be used.
  func registry() throws -> PluginRegistry {
    do {
      let registry = try PluginSetup.registry(pluginDirectories: directories)
      if let id, registry.plugin(id: id) == nil {
        throw ManifestError.unknownPlugin(id: id, known: registry.all.map(\.id))
      }
      return registry
    } catch {
      FileHandle.standardError.write(Data("zhengce: \(error)\n".utf8))
      throw ExitCode(1)
    }
  }

  /// How an index is built under these options: their plugins parse, and the
  /// builder stamp names them, so an index another set built is built again.
  func indexer(positions: Bool = true) throws -> CorpusIndexer {
    let parser = CorpusParser(parser: Parser(registry: try registry()), pluginID: id)
    let builder = IndexCache.builderStamp(pluginDirectories: directories, pluginID: id)
    return CorpusIndexer(parser: parser, builder: builder, positions: positions)
  }
}
