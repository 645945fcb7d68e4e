import Foundation

/// The package's resource files (rules, manifests, gazetteer), compiled into
/// the binary by the `EmbedResources` build plugin.
///
/// Why not `Bundle.module`: SwiftPM puts a target's resources in a
/// `*.resources` folder beside the executable, so a `zhengce` copied or
/// installed on its own stopped at the first rule file it read. Embedded,
/// the binary needs nothing beside it.
public enum EmbeddedResources {
  /// The bytes of `name` (a file name, `topics.json`) among the resources of `target`.
  public static func data(_ name: String, of target: String) -> Data? {
    base64["\(target)/\(name)"].flatMap { Data(base64Encoded: $0) }
  }
}
