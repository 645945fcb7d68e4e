import BuiltinPlugins
import Foundation
import ZhengceCore
import ZhengceParser

/// Builds the plugin registry of a run: the built-in plugins, then the data
/// manifests of the plugin directories given, layered by id. The command line
/// gives `$ZHENGCE_PLUGIN_PATH`'s directories, then those of `--plugins DIR`;
/// nothing here reads the environment, so a library caller gets the same
/// parser from the same directories.
public enum PluginSetup {
  /// - Parameter pluginDirectories: each either a plugin directory holding
  ///   `manifest.json`, or a directory of such plugin directories.
  /// - Throws: `ManifestError` naming the manifest file, line and problem.
  public static func registry(pluginDirectories: [String]) throws(ManifestError) -> PluginRegistry {
    var layers: [ManifestLayer] = []
    for path in try manifestPaths(in: pluginDirectories) {
      layers.append(try ManifestLoader.load(path: path))
    }
    return try PluginRegistry.layered(builtins: try BuiltinPlugins.all(), stages: BuiltinPlugins.stages, data: layers)
  }

  /// The standard parser: the built-in plugins layered with the manifests of
  /// `pluginDirectories`, the parser every command builds. `Parser` itself has
  /// no default registry, so no caller gets another parser by accident.
  /// - Throws: `ManifestError`, as `registry(pluginDirectories:)`.
  public static func parser(pluginDirectories: [String] = []) throws(ManifestError) -> Parser {
    Parser(registry: try registry(pluginDirectories: pluginDirectories))
  }

  /// SHA-256 over the paths and bytes of every data manifest `registry` would
  /// load; empty when there are none. A changed manifest may parse documents
  /// differently, so indexes record this.
  public static func fingerprint(pluginDirectories: [String]) -> String {
    guard let paths = try? manifestPaths(in: pluginDirectories), !paths.isEmpty else { return "" }
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
