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
  /// Each detection candidate's cues, prepared once, in `plugins` order.
  private var cues: [DetectionCues.Prepared] = []
  /// Every word detection looks for in a document's head, found in one pass.
  private var headWords = HeadWords()

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
    cues = plugins.map { DetectionCues.Prepared($0.manifest, words: &headWords) }
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
    let texts = DetectionTexts(input, headWords: headWords)
    for (plugin, cues) in zip(plugins, cues) {
      let (score, evidence) = Self.score(cues, texts, docNumbers: docNumbers)
      if score > (best?.score ?? 0) { best = (plugin, score, evidence) }
    }
    if let best, best.score >= Self.threshold {
      return PluginChoice(plugin: best.plugin, score: best.score, evidence: best.evidence, manifest: extractionManifest(for: best.plugin))
    }
    let why = best.map { "best was \($0.plugin.id) with \(Int($0.score)); fallback" } ?? "no province named; fallback"
    return PluginChoice(plugin: fallback, score: 0, evidence: [why], manifest: fallback.manifest)
  }

  static func score(_ cues: DetectionCues.Prepared, _ input: DetectionTexts, docNumbers: [String]) -> (Double, [String]) {
    var score = 0.0
    var evidence: [String] = []
    var headHits = 0
    for short in cues.shorts {
      if input.inTitle(short) { score += 3; evidence.append("title names \(short.text)") }
      if input.inIssuers(short) { score += 3; evidence.append("issuer names \(short.text)") }
      if headHits < 3, input.inHead(short) { score += 1; headHits += 1; evidence.append("text names \(short.text)") }
    }
    if let prefix = cues.docNumberPrefixes.first(where: { prefix in docNumbers.contains { $0.hasPrefix(prefix) } }) {
      score += 2
      evidence.append("文号 begins \(prefix)")
    }
    var named = 0
    for names in cues.departments where named < 2 {
      guard let hit = names.first(where: input.inHead) else { continue }
      score += 1
      named += 1
      evidence.append("text names \(hit.text)")
    }
    for word in cues.words {
      if input.inTitle(word) || input.inIssuers(word) {
        score += 2
        evidence.append("title or issuer says \(word.text)")
      } else if input.inHead(word) {
        score += 1
        evidence.append("text says \(word.text)")
      }
    }
    return (score, evidence)
  }
}

extension DetectionCues {
  /// A manifest's detection evidence prepared once per registry: region short
  /// names, 文号 prefixes longest first, and the words looked for in the head.
  struct Prepared: Sendable {
    var shorts: [HeadWords.Word] = []
    var docNumberPrefixes: [String]
    /// For each department that is not a region's own body: its name, then its aliases.
    var departments: [[HeadWords.Word]] = []
    var words: [HeadWords.Word] = []

    init(_ manifest: PluginManifest, words headWords: inout HeadWords) {
      var seen: Set<String> = []
      for name in [manifest.province].compactMap({ $0 }) + manifest.regions where !name.isEmpty {
        // Counties are left to the region resolver: their short forms are too often
        // other words (城中区 → 城中), and a province has a hundred of them to look for.
        let county = (name.hasSuffix("县") || name.hasSuffix("区") || name.hasSuffix("旗")) && !name.hasSuffix("自治区")
        guard !county else { continue }
        let short = RegionName.short(name)
        guard seen.insert(short).inserted else { continue }
        shorts.append(headWords.add(short))
      }
      docNumberPrefixes = manifest.cues.docNumberPrefixes.sorted { $0.count > $1.count }
      for entry in manifest.departments where !"省市州县区".contains(entry.name.first ?? "省") {
        departments.append(([entry.name] + entry.aliases).map { headWords.add($0) })
      }
      words = manifest.cues.words.filter { !$0.isEmpty }.map { headWords.add($0) }
    }
  }
}

/// The words detection looks for in a document's title, issuers and head,
/// matched in one pass over each instead of one search per word.
struct HeadWords: Sendable {
  /// A word and its index among the words.
  struct Word: Sendable {
    var text: String
    var id: Int
  }

  private var ids: [String: Int] = [:]
  private var matcher = PhraseMatcher()

  /// Registers `text` (once) and returns it with its id.
  mutating func add(_ text: String) -> Word {
    if let id = ids[text] { return Word(text: text, id: id) }
    let id = ids.count
    ids[text] = id
    matcher.insert(text, id: id)
    return Word(text: text, id: id)
  }

  /// For each word id, whether the word occurs in `head` (an empty word never does).
  func found(in head: String) -> [Bool] {
    var found = [Bool](repeating: false, count: ids.count)
    guard !ids.isEmpty else { return found }
    matcher.forEachOccurrence(in: [Unicode.Scalar](scalarsOf: head)[...]) { found[$0] = true }
    return found
  }
}

/// The detection input prepared once: which of the registry's words the
/// title, the issuers and the head contain, each found in one pass.
struct DetectionTexts {
  private let titleHas: [Bool]
  private let issuersHave: [Bool]
  /// For each of the registry's head words, whether the head contains it.
  private let headHas: [Bool]

  init(_ input: DetectionInput, headWords: HeadWords) {
    titleHas = headWords.found(in: input.title)
    // A newline between issuers keeps a word from spanning two of them.
    issuersHave = headWords.found(in: input.issuers.joined(separator: "\n"))
    headHas = headWords.found(in: input.head)
  }

  func inTitle(_ word: HeadWords.Word) -> Bool { titleHas[word.id] }
  func inIssuers(_ word: HeadWords.Word) -> Bool { issuersHave[word.id] }
  func inHead(_ word: HeadWords.Word) -> Bool { headHas[word.id] }
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
