/// A plugin that is data: a manifest, plus the compiled stages it names.
public struct ManifestPlugin: PolicyPlugin {
  public var manifest: PluginManifest
  /// The stages the manifest's `stages` name, in its order.
  private var stages: [(stage: any PipelineStage, after: String)] = []

  /// A manifest found at run time; its `stages` run when `compiled` has them.
  public init(manifest: PluginManifest) { self.manifest = manifest }

  /// - Throws: `ManifestError` when the manifest names a stage `compiled` lacks.
  public init(manifest: PluginManifest, compiled: [String: any PipelineStage], origin: String) throws(ManifestError) {
    self.manifest = manifest
    for reference in manifest.stages {
      guard let stage = compiled[reference.name] else {
        let known = compiled.keys.sorted().joined(separator: ", ")
        throw .malformed(path: origin, line: 0, reason: "no compiled stage \"\(reference.name)\" (known: \(known))")
      }
      stages.append((stage, reference.after))
    }
  }

  public func configure(_ pipeline: inout Pipeline) {
    for (stage, after) in stages { pipeline.insert(stage, after: after) }
  }
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
