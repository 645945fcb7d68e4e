import ArgumentParser
import Foundation
import ZhengceCore
import ZhengceCorpus

/// `zhengce plugins` and `zhengce plugins show ID`.
struct PluginsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plugins", abstract: "List the province plugins, or show one's effective manifest.",
    subcommands: [List.self, Show.self], defaultSubcommand: List.self)

  /// One line per plugin: id, name, province, regions, where it came from.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List plugins (id, name, regions, built-in or path).")

    @OptionGroup var plugins: PluginOptions

    func run() throws {
      let registry = try plugins.registry()
      for plugin in registry.all {
        let m = plugin.manifest
        let origins = (registry.layers[plugin.id] ?? []).map(\.origin).joined(separator: " + ")
        let regions = m.regions.count > 4 ? m.regions.prefix(4).joined(separator: "、") + " … (\(m.regions.count))" : m.regions.joined(separator: "、")
        let fallback = plugin.id == registry.fallback.id ? " [fallback]" : ""
        print("\(plugin.id)\t\(m.name)\t\(m.province ?? "—")\t\(regions.isEmpty ? "—" : regions)\t\(origins)\(fallback)")
      }
    }
  }

  /// The effective manifest as JSON, then where each part came from.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print a plugin's effective manifest and the source of each part.")

    @Argument(help: "Plugin id.")
    var id: String

    @OptionGroup var plugins: PluginOptions

    func run() throws {
      let registry = try plugins.registry()
      guard let plugin = registry.plugin(id: id) else {
        throw fail("\(ManifestError.unknownPlugin(id: id, known: registry.all.map(\.id)))")
      }
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      print(String(decoding: try encoder.encode(plugin.manifest), as: UTF8.self))
      print("\nsources:")
      for line in ManifestProvenance.lines(registry.layers[id] ?? []) { print("  \(line)") }
      if id != registry.fallback.id {
        print("  (extraction layers this over the base registry of \(registry.fallback.id))")
      }
    }
  }
}
