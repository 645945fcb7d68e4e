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

  public init(plugin: any PolicyPlugin, score: Double, evidence: [String]) {
    self.plugin = plugin
    self.score = score
    self.evidence = evidence
  }
}

/// The plugins available to a run; `generic` is the fallback.
public struct PluginRegistry: Sendable {
  public private(set) var plugins: [any PolicyPlugin]
  public let fallback: any PolicyPlugin

  public init(plugins: [any PolicyPlugin], fallback: any PolicyPlugin) {
    self.plugins = plugins
    self.fallback = fallback
  }

  public func plugin(id: String) -> (any PolicyPlugin)? {
    if fallback.id == id { return fallback }
    return plugins.first { $0.id == id }
  }

  /// Picks the plugin whose province or regions the document names first and most.
  public func detect(_ input: DetectionInput) -> PluginChoice {
    var best: PluginChoice?
    for plugin in plugins {
      var score = 0.0
      var evidence: [String] = []
      let names = [plugin.manifest.province].compactMap { $0 } + plugin.manifest.regions
      for name in names where !name.isEmpty {
        let short = RegionName.short(name)
        if input.title.contains(short) { score += 3; evidence.append("title names \(short)") }
        if input.issuers.contains(where: { $0.contains(short) }) { score += 3; evidence.append("issuer names \(short)") }
        if input.head.contains(short) { score += 1; evidence.append("text names \(short)") }
      }
      if score > (best?.score ?? 0) { best = PluginChoice(plugin: plugin, score: score, evidence: evidence) }
    }
    return best ?? PluginChoice(plugin: fallback, score: 0, evidence: ["no province named; fallback"])
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
