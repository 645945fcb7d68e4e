/// A plugin that is only data: a manifest found at run time.
public struct ManifestPlugin: PolicyPlugin {
  public var manifest: PluginManifest
  public init(manifest: PluginManifest) { self.manifest = manifest }
}

/// A plugin whose manifest was extended by data layers of the same id: the
/// base plugin's code runs with the effective manifest.
public struct LayeredPlugin: PolicyPlugin {
  public let base: any PolicyPlugin
  public let manifest: PluginManifest

  public init(base: any PolicyPlugin, manifest: PluginManifest) {
    self.base = base
    self.manifest = manifest
  }

  public func configure(_ pipeline: inout Pipeline) { base.configure(&pipeline) }
}
