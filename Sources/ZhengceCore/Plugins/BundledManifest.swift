import Foundation

extension ManifestLoader {
  /// Reads a compiled plugin's `manifest.json` resource, embedded in the binary.
  /// - Parameters:
  ///   - target: the plugin's target (`HunanPlugin`), whose resource it is.
  ///   - id: the plugin id, to name the manifest in errors.
  public static func bundled(target: String, id: String) throws(ManifestError) -> PluginManifest {
    guard let data = EmbeddedResources.data("manifest.json", of: target) else {
      throw .unreadable(path: "plugins/\(id)/manifest.json (not embedded in target \(target))")
    }
    return try decode([UInt8](data), origin: "plugins/\(id)/manifest.json").manifest
  }
}
