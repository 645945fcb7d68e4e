/// What the parser knows of a document when it picks a plugin.
public struct DetectionInput: Sendable {
  public var title: String
  public var issuers: [String]
  public var docNumber: String?
  /// The first part of the normalised text.
  public var head: String

  public init(title: String, issuers: [String], docNumber: String?, head: String) {
    self.title = title
    self.issuers = issuers
    self.docNumber = docNumber
    self.head = head
  }
}

/// The plugin picked for a document, with why.
public struct PluginChoice: Sendable {
  public var plugin: any PolicyPlugin
  public var score: Double
  public var evidence: [String]
  /// The manifest extraction runs with: the fallback's base data under the plugin's own.
  public var manifest: PluginManifest

  public init(plugin: any PolicyPlugin, score: Double, evidence: [String], manifest: PluginManifest? = nil) {
    self.plugin = plugin
    self.score = score
    self.evidence = evidence
    self.manifest = manifest ?? plugin.manifest
  }
}

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

  /// The smallest score a plugin needs to win over the fallback.
  public static let threshold = 2.0

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
  /// `ManifestPlugin`.
  public static func layered(
    builtins: [any PolicyPlugin], fallbackID: String = "generic", data: [ManifestLayer]
  ) -> PluginRegistry {
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
    func make(_ id: String) -> any PolicyPlugin {
      let manifest = manifests[id] ?? PluginManifest(id: id, name: id)
      guard let base = bases[id] else { return ManifestPlugin(manifest: manifest) }
      return (layers[id]?.count ?? 0) > 1 ? LayeredPlugin(base: base, manifest: manifest) : base
    }
    let fallback = order.contains(fallbackID) ? make(fallbackID) : ManifestPlugin(manifest: PluginManifest(id: fallbackID, name: "Generic"))
    let plugins = order.filter { $0 != fallbackID }.map(make)
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

  /// `pluginID` when given and known, else detection.
  public func choose(_ input: DetectionInput, pluginID: String? = nil) -> PluginChoice {
    if let pluginID, let plugin = plugin(id: pluginID) {
      return PluginChoice(plugin: plugin, score: 0, evidence: ["chosen with --plugin \(pluginID)"], manifest: extractionManifest(for: plugin))
    }
    return detect(input)
  }

  /// Picks the plugin whose province, regions, 文号 prefixes, cue words and own
  /// departments (人民银行长沙中心支行) the document names most; the fallback
  /// when none reaches `threshold`.
  public func detect(_ input: DetectionInput) -> PluginChoice {
    var best: (plugin: any PolicyPlugin, score: Double, evidence: [String])?
    let docNumbers = input.docNumber.map { [$0] } ?? []
    let texts = DetectionTexts(input)
    for plugin in plugins {
      let (score, evidence) = Self.score(plugin.manifest, texts, docNumbers: docNumbers)
      if score > (best?.score ?? 0) { best = (plugin, score, evidence) }
    }
    if let best, best.score >= Self.threshold {
      return PluginChoice(plugin: best.plugin, score: best.score, evidence: best.evidence, manifest: extractionManifest(for: best.plugin))
    }
    let why = best.map { "best was \($0.plugin.id) with \(Int($0.score)); fallback" } ?? "no province named; fallback"
    return PluginChoice(plugin: fallback, score: 0, evidence: [why], manifest: fallback.manifest)
  }

  static func score(_ manifest: PluginManifest, _ input: DetectionTexts, docNumbers: [String]) -> (Double, [String]) {
    var score = 0.0
    var evidence: [String] = []
    var headHits = 0
    var seen: Set<String> = []
    let names = [manifest.province].compactMap { $0 } + manifest.regions
    for name in names where !name.isEmpty {
      let short = RegionName.short(name)
      guard seen.insert(short).inserted else { continue }
      if input.title.contains(short) { score += 3; evidence.append("title names \(short)") }
      if input.issuers.contains(where: { $0.contains(short) }) { score += 3; evidence.append("issuer names \(short)") }
      if headHits < 3, input.head.contains(short) { score += 1; headHits += 1; evidence.append("text names \(short)") }
    }
    if let prefix = manifest.cues.docNumberPrefixes.sorted(by: { $0.count > $1.count })
      .first(where: { prefix in docNumbers.contains { $0.hasPrefix(prefix) } })
    {
      score += 2
      evidence.append("文号 begins \(prefix)")
    }
    var named = 0
    for entry in manifest.departments where named < 2 && !"省市州县区".contains(entry.name.first ?? "省") {
      guard let hit = ([entry.name] + entry.aliases).first(where: { input.head.contains($0) }) else { continue }
      score += 1
      named += 1
      evidence.append("text names \(hit)")
    }
    for word in manifest.cues.words where !word.isEmpty {
      if input.title.contains(word) || input.issuers.contains(where: { $0.contains(word) }) {
        score += 2
        evidence.append("title or issuer says \(word)")
      } else if input.head.contains(word) {
        score += 1
        evidence.append("text says \(word)")
      }
    }
    return (score, evidence)
  }
}

/// The detection input prepared for fast substring search.
struct DetectionTexts {
  let title: ByteSearch
  let issuers: [ByteSearch]
  let head: ByteSearch

  init(_ input: DetectionInput) {
    title = ByteSearch(input.title)
    issuers = input.issuers.map(ByteSearch.init)
    head = ByteSearch(input.head)
  }
}

/// Short forms of Chinese region names: 湖南省 → 湖南, 湘西土家族苗族自治州 → 湘西.
public enum RegionName {
  public static func short(_ name: String) -> String {
    let suffixes = ["土家族苗族自治州", "壮族自治区", "维吾尔自治区", "回族自治区", "自治区", "自治州", "自治县", "省", "市", "县", "区", "州"]
    for suffix in suffixes where name.hasSuffix(suffix) && name.count > suffix.count + 1 {
      return String(name.dropLast(suffix.count))
    }
    return name
  }
}
