import Foundation

/// The package's resource files (rules, manifests, gazetteer), compiled into
/// the binary by the `EmbedResources` build plugin.
///
/// Why not `Bundle.module`: SwiftPM puts a target's resources in a
/// `*.resources` folder beside the executable, so a `zhengce` copied or
/// installed on its own stopped at the first rule file it read. Embedded,
/// the binary needs nothing beside it.
public enum EmbeddedResources {
  /// The bytes of the resource at `path` (relative to the target's folder,
  /// `Rules/topics.json`) of `target`.
  public static func data(_ path: String, of target: String) -> Data? {
    base64["\(target)/\(path)"].flatMap { Data(base64Encoded: $0) }
  }

  /// The paths of `target`'s resources, relative to its folder, sorted.
  public static func paths(of target: String) -> [String] {
    let prefix = target + "/"
    return base64.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }.sorted()
  }
}
