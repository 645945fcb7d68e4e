import ZhengceCore

/// What parsing one document produces.
public struct ParseResult: Sendable {
  public var document: ParsedDocument
  /// Oddities found on the way (tier 1: reported, never thrown).
  public var diagnostics: [Diagnostic]
  /// The normalised text every span of `document` indexes into.
  public var normalized: NormalizedText
  /// The block tree, with preamble and closing paragraphs.
  public var outline: Outline
  /// The plugin that handled the document, with the evidence for it.
  public var choice: PluginChoice
  /// The document's place, with the evidence for it.
  public var region: RegionResolution
}

/// Turns a decoded document into its metadata, outline and measures.
///
/// Stages: normalise → head (title, 文号, issuers, date) → outline → measures →
/// region and plugin → the plugin's pipeline (departments, commitments, topics).
public struct Parser: Sendable {
  public var registry: PluginRegistry
  public var normalizer: TextNormalizer
  public var regions: RegionResolver

  public init(registry: PluginRegistry = .genericOnly, normalizer: TextNormalizer = TextNormalizer(),
              regions: RegionResolver = .standard) {
    self.registry = registry
    // Every plugin's boilerplate is chrome: normalisation runs before a plugin is chosen.
    var normalizer = normalizer
    normalizer.chrome = normalizer.chrome.adding(boilerplate: registry.all.flatMap(\.manifest.boilerplate))
    self.normalizer = normalizer
    self.regions = regions
  }

  /// Parses `source`; `id` defaults to the file stem, `pluginID` overrides detection.
  public func parse(_ source: SourceText, id: String? = nil, pluginID: String? = nil) -> ParseResult {
    let docID = id ?? SourceText.stem(of: source.path)
    var diagnostics: [Diagnostic] = []
    if source.replacements > 0 {
      diagnostics.append(Diagnostic("source.invalidBytes", .warning, "\(source.replacements) invalid byte sequences replaced"))
    }
    let allLines = normalizer.lines(source.text)
    let head = DocumentHead(allLines)
    let kept = allLines.indices.filter { !head.droppedLines.contains($0) }
    let (normalized, starts) = Self.assemble(kept.map { allLines[$0] })
    let firstBody = kept.firstIndex { $0 >= head.bodyStart } ?? kept.count
    let bodyLines = kept[firstBody...].map { allLines[$0] }
    let outline = OutlineBuilder().build(bodyLines, starts: Array(starts[firstBody...]))
    diagnostics += OutlineChecks.diagnostics(for: outline.blocks)

    let hints = source.hints
    let title = hints.title.map { TitleRules.capped(Self.documentTitle(heading: $0)) } ?? head.title
    let issuers = hints.issuers.isEmpty ? head.issuers : hints.issuers
    let docNumber = hints.docNumber ?? head.docNumber
    let clues = RegionClues(
      issuers: issuers, docNumber: docNumber, titles: [title] + [head.noticeTitle].compactMap { $0 },
      metadata: [hints.publisher, head.publisher].compactMap { $0 }, body: source.text)
    let resolution = regions.resolve(clues)
    let region = resolution.region
    let info = SourceInfo(path: source.path, format: source.format, encoding: source.encoding.rawValue, sha256: source.sha256)
    var document = ParsedDocument(
      id: docID, source: info, title: title, noticeTitle: head.noticeTitle, docNumber: docNumber,
      issuers: issuers, date: hints.date ?? head.date ?? hints.publishedDate, region: region,
      outline: outline.blocks.map(\.section),
      measures: MeasureBuilder().measures(of: outline, in: normalized, documentID: docID),
      citations: CitationExtractor().citations(in: normalized.scalars, excludingTitle: title))

    let headText = String(scalars: normalized.scalars.prefix(3000))
    let choice = choosePlugin(document, resolution, head: headText, override: pluginID, &diagnostics)
    document.plugin = choice.plugin.id
    var pipeline = Pipeline.standard
    choice.plugin.configure(&pipeline)
    pipeline.run(&document, context: PipelineContext(text: normalized.text, scalars: normalized.scalars, manifest: choice.manifest), diagnostics: &diagnostics)
    return ParseResult(document: document, diagnostics: diagnostics, normalized: normalized, outline: outline, choice: choice, region: resolution)
  }

  /// The plugin `override` names; else the plugin of the document's province
  /// (with the detection cues' evidence when they agree), `generic` for a national
  /// document, and detection by cues when no place is known.
  private func choosePlugin(
    _ document: ParsedDocument, _ resolution: RegionResolution, head: String, override: String?,
    _ diagnostics: inout [Diagnostic]
  ) -> PluginChoice {
    if let override {
      if let plugin = registry.plugin(id: override) {
        return PluginChoice(
          plugin: plugin, score: .infinity, evidence: ["chosen with --plugin \(override)"],
          manifest: registry.extractionManifest(for: plugin))
      }
      diagnostics.append(Diagnostic("plugin.unknown", .warning, "no plugin '\(override)'; detecting instead"))
    }
    let input = DetectionInput(title: document.title ?? "", issuers: document.issuers, docNumber: document.docNumber, head: head)
    let detected = registry.detect(input)
    if resolution.region.level != .national, detected.plugin.manifest.province == resolution.region.province { return detected }
    return registry.choice(forRegion: resolution) ?? detected
  }

  /// A page heading read like a title line of the text: 关于印发《X》的通知 carries X,
  /// and the spaces of `中共辽宁省委 辽宁省人民政府 关于…` are folded the same way.
  static func documentTitle(heading: String) -> String {
    if TitleRules.isCoverNotice(heading), let carried = TitleRules.carriedTitle(heading) { return carried }
    return TitleRules.split(rawTitle: heading).title
  }

  /// Joins paragraphs with newlines; returns the text and each paragraph's offset.
  static func assemble(_ lines: [TextLine]) -> (NormalizedText, [Int]) {
    var scalars: [Unicode.Scalar] = []
    var sources: [Int32] = []
    var starts: [Int] = []
    starts.reserveCapacity(lines.count)
    let total = lines.reduce(lines.count) { $0 + $1.scalars.count }
    scalars.reserveCapacity(total)
    sources.reserveCapacity(total)
    for line in lines {
      if !scalars.isEmpty {
        scalars.append("\n")
        sources.append(sources.last ?? 0)
      }
      starts.append(scalars.count)
      scalars.append(contentsOf: line.scalars)
      sources.append(contentsOf: line.sources)
    }
    return (NormalizedText(scalars: scalars, sourceIndex: sources), starts)
  }
}

extension PluginRegistry {
  /// The fallback for a national document, the plugin of its province for a
  /// placed one; nil when the place is unknown or no plugin covers it.
  func choice(forRegion resolution: RegionResolution) -> PluginChoice? {
    let why = resolution.evidence.first ?? ""
    if resolution.region.level == .national {
      return PluginChoice(plugin: fallback, score: 0, evidence: [why], manifest: fallback.manifest)
    }
    guard let province = resolution.region.province,
      let plugin = plugins.first(where: { $0.manifest.province == province })
    else { return nil }
    return PluginChoice(plugin: plugin, score: Self.threshold, evidence: ["region \(province)"] + resolution.evidence, manifest: extractionManifest(for: plugin))
  }

  /// A registry with only the generic fallback.
  public static var genericOnly: PluginRegistry {
    PluginRegistry(plugins: [], fallback: ManifestPlugin(manifest: PluginManifest(id: "generic", name: "Generic")))
  }
}
