import Foundation
import ZhengceCore

/// 广西壮族自治区, incl. 南宁市 and its counties: regions, 桂/南府 文号, 林业园林 bodies.
public struct GuangxiPlugin: PolicyPlugin {
  public let manifest: PluginManifest

  public init() throws(ManifestError) {
    manifest = try ManifestLoader.bundled(target: "GuangxiPlugin", id: "guangxi")
  }
}
