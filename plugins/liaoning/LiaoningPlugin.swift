import Foundation
import ZhengceCore

/// 辽宁省: regions, 辽 文号, web-page chrome of its news sites.
public struct LiaoningPlugin: PolicyPlugin {
  public let manifest: PluginManifest

  public init() throws(ManifestError) {
    manifest = try ManifestLoader.bundled(target: "LiaoningPlugin", id: "liaoning")
  }
}
