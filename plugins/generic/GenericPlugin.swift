import Foundation
import ZhengceCore

/// The national base: central ministries, common department names, families and levels, standard phrasings; the fallback for documents no province plugin claims.
public struct GenericPlugin: PolicyPlugin {
  public let manifest: PluginManifest

  public init() throws(ManifestError) {
    manifest = try ManifestLoader.bundled(target: "GenericPlugin", id: "generic")
  }
}
