/// A plugin that is data: a manifest, plus the compiled stages it names.
public struct ManifestPlugin: PolicyPlugin {
  public var manifest: PluginManifest
  /// The stages the manifest's `stages` name, in its order.
  private var stages: [(stage: any PipelineStage, after: String)] = []

  /// A manifest that names no stages.
  public init(manifest: PluginManifest) { self.manifest = manifest }

  /// - Throws: `ManifestError` when the manifest names a stage, or a stage to run
  ///   after, that `registry` lacks.
  public init(manifest: PluginManifest, stages registry: StageRegistry, origin: String) throws(ManifestError) {
    self.manifest = manifest
    stages = try registry.resolve(manifest.stages, origin: origin)
  }

  public func configure(_ pipeline: inout Pipeline) {
    for (stage, after) in stages { pipeline.insert(stage, after: after) }
  }
}

/// A plugin whose manifest was extended by data layers of the same id: the
/// base plugin's code runs with the effective manifest, then the stages the
/// layers add.
public struct LayeredPlugin: PolicyPlugin {
  public let base: any PolicyPlugin
  public let manifest: PluginManifest
  private var added: [(stage: any PipelineStage, after: String)] = []

  /// - Throws: `ManifestError` when a layer names a stage `registry` lacks.
  public init(base: any PolicyPlugin, manifest: PluginManifest, stages registry: StageRegistry, origin: String) throws(ManifestError) {
    self.base = base
    self.manifest = manifest
    let own = Set(base.manifest.stages)
    added = try registry.resolve(manifest.stages.filter { !own.contains($0) }, origin: origin)
  }

  public func configure(_ pipeline: inout Pipeline) {
    base.configure(&pipeline)
    for (stage, after) in added { pipeline.insert(stage, after: after) }
  }
}
