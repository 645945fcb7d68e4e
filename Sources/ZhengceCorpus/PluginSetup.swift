import BuiltinPlugins
import Foundation
import ZhengceCore

/// Builds the plugin registry of a run: the built-in plugins, then the data
/// manifests of `--plugins DIR` and `$ZHENGCE_PLUGIN_PATH` (colon-separated),
/// layered by id.
public enum PluginSetup {
  /// - Parameter pluginDirectories: each either a plugin directory holding
  ///   `manifest.json`, or a directory of such plugin directories.
  /// - Throws: `ManifestError` naming the manifest file, line and problem.
  public static func registry(pluginDirectories: [String]) throws(ManifestError) -> PluginRegistry {
    let fromEnvironment = (ProcessInfo.processInfo.environment["ZHENGCE_PLUGIN_PATH"] ?? "")
      .split(separator: ":").map(String.init).filter { !$0.isEmpty }
    var layers: [ManifestLayer] = []
    for path in try manifestPaths(in: fromEnvironment + pluginDirectories) {
      layers.append(try ManifestLoader.load(path: path))
    }
    return try PluginRegistry.layered(builtins: try BuiltinPlugins.all(), stages: BuiltinPlugins.stages, data: layers)
  }

  /// SHA-256 over the paths and bytes of every data manifest `registry` would
  /// load (the environment's included); empty when there are none. A changed
  /// manifest may parse documents differently, so indexes record this.
  public static func fingerprint(pluginDirectories: [String]) -> String {
    let fromEnvironment = (ProcessInfo.processInfo.environment["ZHENGCE_PLUGIN_PATH"] ?? "")
      .split(separator: ":").map(String.init).filter { !$0.isEmpty }
    guard let paths = try? manifestPaths(in: fromEnvironment + pluginDirectories), !paths.isEmpty else { return "" }
    var bytes: [UInt8] = []
    for path in paths {
      bytes += Array(path.utf8) + [0]
      bytes += (FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []) + [0]
    }
    return SHA256.hex(bytes)
  }

  /// `DIR/manifest.json`, else `DIR/*/manifest.json` sorted by directory name.
  static func manifestPaths(in directories: [String]) throws(ManifestError) -> [String] {
    var out: [String] = []
    let files = FileManager.default
    for directory in directories {
      var isDirectory: ObjCBool = false
      guard files.fileExists(atPath: directory, isDirectory: &isDirectory) else { throw .unreadable(path: directory) }
      if !isDirectory.boolValue {
        out.append(directory)
        continue
      }
      let direct = (directory as NSString).appendingPathComponent("manifest.json")
      if files.fileExists(atPath: direct) {
        out.append(direct)
        continue
      }
      let children = ((try? files.contentsOfDirectory(atPath: directory)) ?? []).sorted()
      let found = children.map { ((directory as NSString).appendingPathComponent($0) as NSString).appendingPathComponent("manifest.json") }
        .filter { files.fileExists(atPath: $0) }
      guard !found.isEmpty else {
        throw .malformed(path: directory, line: 0, reason: "expected manifest.json in this directory or in its subdirectories")
      }
      out += found
    }
    return out
  }
}
