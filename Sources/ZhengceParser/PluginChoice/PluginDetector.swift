import ZhengceCore

/// Detection by cues: which plugin a document's title, issuers, 文号 and head
/// name most. Prepared once per registry (every cue word in one matcher), so
/// each document costs one pass over each of its texts.
public struct PluginDetector: Sendable {
  public let registry: PluginRegistry
  /// Each detection candidate's cues, prepared once, in `registry.plugins` order.
  private var cues: [DetectionCues.Prepared] = []
  /// Every word detection looks for in a document's head, found in one pass.
  private var headWords = HeadWords()

  /// The smallest score a plugin needs to win over the fallback.
  public static let threshold = 2.0

  public init(registry: PluginRegistry) {
    self.registry = registry
    cues = registry.plugins.map { DetectionCues.Prepared($0.manifest, words: &headWords) }
  }

  /// Picks the plugin whose province, regions, 文号 prefixes, cue words and own
  /// departments (人民银行长沙中心支行) the document names most; the fallback
  /// when none reaches `threshold`.
  public func detect(_ input: DetectionInput) -> PluginChoice {
    var best: (plugin: any PolicyPlugin, score: Double, evidence: [String])?
    let docNumbers = input.docNumber.map { [$0] } ?? []
    let texts = DetectionTexts(input, headWords: headWords)
    for (plugin, cues) in zip(registry.plugins, cues) {
      let (score, evidence) = Self.score(cues, texts, docNumbers: docNumbers)
      if score > (best?.score ?? 0) { best = (plugin, score, evidence) }
    }
    if let best, best.score >= Self.threshold {
      return PluginChoice(plugin: best.plugin, score: best.score, evidence: best.evidence, manifest: registry.extractionManifest(for: best.plugin))
    }
    let why = best.map { "best was \($0.plugin.id) with \(Int($0.score)); fallback" } ?? "no province named; fallback"
    return PluginChoice(plugin: registry.fallback, score: 0, evidence: [why], manifest: registry.fallback.manifest)
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
