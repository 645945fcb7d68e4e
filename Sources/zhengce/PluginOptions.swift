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
      return try Self.registry(directories: directories, id: id)
    } catch {
      Console.error("\(error)")
      throw ExitCode(1)
    }
  }

  /// How documents are parsed under these options.
  func parser() throws -> CorpusParser {
    Self.parser(registry: try registry(), id: id)
  }

  /// How an index is built under these options.
  func indexer(positions: Bool = true, memory: MemorySize = .standard) throws -> CorpusIndexer {
    Self.indexer(registry: try registry(), directories: directories, id: id, positions: positions, memory: memory)
  }

  /// The built-in plugins, those on `$ZHENGCE_PLUGIN_PATH`, then those in
  /// `directories`: every command's plugins, so a manifest that cannot be used
  /// is the same error from every command.
  /// - Throws: `ManifestError`, also when `id` names no plugin.
  static func registry(directories: [String] = [], id: String? = nil) throws(ManifestError) -> PluginRegistry {
    let registry = try PluginSetup.registry(pluginDirectories: Environment.current.pluginPath + directories)
    if let id, registry.plugin(id: id) == nil {
      throw ManifestError.unknownPlugin(id: id, known: registry.all.map(\.id))
    }
    return registry
  }

  /// Parses files with `registry`'s plugins (`id` forced when given), web pages within `$ZHENGCE_HTML_MAX_MB`.
  static func parser(registry: PluginRegistry, id: String? = nil) -> CorpusParser {
    CorpusParser(parser: Parser(registry: registry), pluginID: id, html: Environment.current.htmlReader)
  }

  /// How an index is built with `registry`'s plugins: they parse, and the
  /// builder stamp names them, so an index another set built is built again.
  static func indexer(
    registry: PluginRegistry, directories: [String] = [], id: String? = nil, positions: Bool = true,
    memory: MemorySize = .standard
  ) -> CorpusIndexer {
    let builder = IndexCache.builderStamp(pluginDirectories: Environment.current.pluginPath + directories, pluginID: id)
    return CorpusIndexer(
      parser: parser(registry: registry, id: id), builder: builder, positions: positions, memoryBudget: memory.bytes)
  }
}
