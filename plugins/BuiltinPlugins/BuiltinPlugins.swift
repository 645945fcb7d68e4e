import Foundation
import ZhengceCore
import ZhengceParser

/// The built-in plugins: every `plugins/<id>/manifest.json` of the package,
/// bundled as data, so that a new province is a new folder and no Swift.
///
/// The few rules data cannot say are compiled stages, registered here by name;
/// a manifest names them in `stages` (the shaanxi manifest runs
/// `shaanxi.annexTasks` after `departments`), and a name no stage has is an error.
public enum BuiltinPlugins {
  /// Every stage a manifest may name: the parser's standard stages and the
  /// compiled ones of the built-in plugins.
  public static let stages = StageRegistry.standard.adding([AnnexTaskStage()])

  /// Every built-in plugin, `generic` (the fallback) first, then by id.
  /// - Throws: `ManifestError` when a bundled manifest is missing or malformed,
  ///   or names a stage that is not compiled in.
  public static func all() throws(ManifestError) -> [any PolicyPlugin] {
    // The manifests are embedded in the binary (EmbeddedResources), so it runs with no resource folder beside it.
    let folders = EmbeddedResources.paths(of: "BuiltinPlugins").filter { $0.hasSuffix("/manifest.json") }
      .map { String($0.dropLast("/manifest.json".count)) }
      .sorted { ($0 == "generic" ? 0 : 1, $0) < ($1 == "generic" ? 0 : 1, $1) }
    guard !folders.isEmpty else { throw .unreadable(path: "plugins/*/manifest.json (none embedded in the binary)") }
    var plugins: [any PolicyPlugin] = []
    for folder in folders {
      let origin = "plugins/\(folder)/manifest.json"
      guard let data = EmbeddedResources.data("\(folder)/manifest.json", of: "BuiltinPlugins") else { continue }
      let manifest = try ManifestLoader.decode([UInt8](data), origin: origin).manifest
      plugins.append(try ManifestPlugin(manifest: manifest, stages: stages, origin: origin))
    }
    return plugins
  }
}
