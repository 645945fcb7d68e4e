import ZhengceCore

/// What parsing one document produces.
public struct ParseResult: Sendable {
  public var document: ParsedDocument
  /// Oddities found on the way (tier 1: reported, never thrown).
  public var diagnostics: [Diagnostic]
  public var normalized: NormalizedText
  /// The plugin that handled the document, with the evidence for it.
  public var choice: PluginChoice
}

/// Turns a decoded document into its metadata, outline and measures.
public struct Parser: Sendable {
  public var registry: PluginRegistry

  public init(registry: PluginRegistry = .genericOnly) {
    self.registry = registry
  }

  /// Parses `source`; `id` defaults to the file stem, `pluginID` overrides detection.
  public func parse(_ source: SourceText, id: String? = nil, pluginID: String? = nil) -> ParseResult {
    let docID = id ?? SourceText.stem(of: source.path)
    var diagnostics: [Diagnostic] = []
    let normalized = TextNormalizer().normalize(source.text)
    let info = SourceInfo(path: source.path, format: source.format, encoding: source.encoding.rawValue, sha256: source.sha256)
    var document = ParsedDocument(id: docID, source: info, title: "")
    let choice = registry.choose(DetectionInput(title: document.title, issuers: document.issuers, docNumber: document.docNumber, head: String(normalized.text.prefix(2000))), pluginID: pluginID)
    document.plugin = choice.plugin.id
    var pipeline = Pipeline.standard
    choice.plugin.configure(&pipeline)
    pipeline.run(&document, context: PipelineContext(text: normalized.text, manifest: choice.manifest), diagnostics: &diagnostics)
    return ParseResult(document: document, diagnostics: diagnostics, normalized: normalized, choice: choice)
  }
}

extension PluginRegistry {
  /// A registry with only the generic fallback.
  public static var genericOnly: PluginRegistry {
    PluginRegistry(plugins: [], fallback: ManifestPlugin(manifest: PluginManifest(id: "generic", name: "Generic")))
  }
}
