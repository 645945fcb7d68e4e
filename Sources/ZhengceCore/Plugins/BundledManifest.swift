import Foundation

extension ManifestLoader {
  /// Reads a compiled plugin's `manifest.json` resource.
  /// - Parameters:
  ///   - bundle: the plugin target's `Bundle.module`.
  ///   - id: the plugin id, to name the manifest in errors.
  public static func bundled(_ bundle: Bundle, id: String) throws(ManifestError) -> PluginManifest {
    guard let path = bundle.path(forResource: "manifest", ofType: "json") else {
      throw .unreadable(path: "plugins/\(id)/manifest.json (resource missing from \(bundle.bundlePath))")
    }
    return try load(path: path).manifest
  }
}
