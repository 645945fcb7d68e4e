/// The plugins available to a run; `generic` is the fallback and the base
/// registry every other plugin's data is layered on for extraction.
public struct PluginRegistry: Sendable {
  /// Detection candidates, in registration order (the fallback is not one).
  public private(set) var plugins: [any PolicyPlugin]
  public let fallback: any PolicyPlugin
  /// For each plugin id, the sources its effective manifest was layered from.
  public private(set) var layers: [String: [ManifestLayer]]
  /// For each plugin id, the manifest extraction runs with, layered once here
  /// rather than for every document.
  private var extractionManifests: [String: PluginManifest] = [:]

  public init(plugins: [any PolicyPlugin], fallback: any PolicyPlugin, layers: [String: [ManifestLayer]] = [:]) {
    self.plugins = plugins
    self.fallback = fallback
    self.layers = layers
    for plugin in [fallback] + plugins where self.layers[plugin.id] == nil {
      self.layers[plugin.id] = [ManifestLayer(origin: "built-in", manifest: plugin.manifest)]
    }
    for plugin in [fallback] + plugins {
      extractionManifests[plugin.id] = Self.compose(base: fallback, plugin)
    }
  }

  /// Built-in plugins, then data layers in order: a layer whose id matches a
  /// plugin extends it (lists append, scalars replace); a new id becomes a
  /// `ManifestPlugin`. The stages a data layer names resolve in `stages`.
  /// - Throws: `ManifestError` naming the layer's file when it names a stage `stages` lacks.
  public static func layered(
    builtins: [any PolicyPlugin], fallbackID: String = "generic", stages: StageRegistry, data: [ManifestLayer]
  ) throws(ManifestError) -> PluginRegistry {
    var order: [String] = []
    var bases: [String: any PolicyPlugin] = [:]
    var manifests: [String: PluginManifest] = [:]
    var layers: [String: [ManifestLayer]] = [:]
    for plugin in builtins where bases[plugin.id] == nil {
      order.append(plugin.id)
      bases[plugin.id] = plugin
      manifests[plugin.id] = plugin.manifest
      layers[plugin.id] = [ManifestLayer(origin: "built-in", manifest: plugin.manifest)]
    }
    for layer in data {
      let id = layer.manifest.id
      if let current = manifests[id] {
        manifests[id] = current.layered(with: layer)
      } else {
        order.append(id)
        manifests[id] = layer.manifest
      }
      layers[id, default: []].append(layer)
    }
    func make(_ id: String) throws(ManifestError) -> any PolicyPlugin {
      let manifest = manifests[id] ?? PluginManifest(id: id, name: id)
      let origin = layers[id]?.last?.origin ?? id
      guard let base = bases[id] else { return try ManifestPlugin(manifest: manifest, stages: stages, origin: origin) }
      guard (layers[id]?.count ?? 0) > 1 else { return base }
      return try LayeredPlugin(base: base, manifest: manifest, stages: stages, origin: origin)
    }
    let fallback = order.contains(fallbackID) ? try make(fallbackID) : ManifestPlugin(manifest: PluginManifest(id: fallbackID, name: "Generic"))
    var plugins: [any PolicyPlugin] = []
    for id in order where id != fallbackID { plugins.append(try make(id)) }
    return PluginRegistry(plugins: plugins, fallback: fallback, layers: layers)
  }

  /// The fallback first, then every other plugin.
  public var all: [any PolicyPlugin] { [fallback] + plugins }

  public func plugin(id: String) -> (any PolicyPlugin)? {
    if fallback.id == id { return fallback }
    return plugins.first { $0.id == id }
  }

  /// The manifest extraction runs with for `plugin`: the fallback's base data
  /// (central ministries, common department names, phrasings) under the plugin's own.
  public func extractionManifest(for plugin: any PolicyPlugin) -> PluginManifest {
    extractionManifests[plugin.id] ?? Self.compose(base: fallback, plugin)
  }

  private static func compose(base: any PolicyPlugin, _ plugin: any PolicyPlugin) -> PluginManifest {
    guard plugin.id != base.id else { return base.manifest }
    var out = base.manifest.layered(with: ManifestLayer(origin: plugin.id, manifest: plugin.manifest))
    out.id = plugin.manifest.id
    return out
  }
}
