import ZhengceCore
import ZhengceScript

/// What parsing one document produces.
public struct ParseResult: Sendable {
  public var document: ParsedDocument
  /// Oddities found on the way (tier 1: reported, never thrown).
  public var diagnostics: [Diagnostic]
  /// The normalised text every span of `document` indexes into.
  public var normalized: NormalizedText
  /// The document tree: blocks with typed markers, preamble and closing paragraphs, tables.
  public var tree: DocumentTree
  /// The plugin that handled the document, with the evidence for it.
  public var choice: PluginChoice
  /// The document's place, with the evidence for it.
  public var region: RegionResolution
}

/// Turns a decoded document into its metadata, outline and measures.
///
/// Stages: normalise → head (title, 文号, issuers, date) → outline → measures → genre →
/// region and plugin → the plugin's pipeline (departments, commitments, topics).
public struct Parser: Sendable {
  /// The plugins, with their detection cues prepared once.
  public let detector: PluginDetector
  /// The plugins documents are matched to.
  public var registry: PluginRegistry { detector.registry }
  public var normalizer: TextNormalizer
  public var regions: RegionResolver
  /// How the kind of document (文种) is read from its title.
  public var genres: GenreRules

  /// - Parameter registry: the plugins documents are matched to. There is no
  ///   default: the standard parser (the built-in plugins, as the command line
  ///   builds it) is `PluginSetup.parser()` in ZhengceCorpus, and
  ///   `.genericOnly` asks for the province-free parser by name.
  public init(registry: PluginRegistry, normalizer: TextNormalizer = TextNormalizer(),
              regions: RegionResolver = .standard, genres: GenreRules = .standard) {
    detector = PluginDetector(registry: registry)
    // Every plugin's boilerplate is chrome: normalisation runs before a plugin is chosen.
    var normalizer = normalizer
    normalizer.chrome = normalizer.chrome.adding(boilerplate: registry.all.flatMap(\.manifest.boilerplate))
    self.normalizer = normalizer
    self.regions = regions
    self.genres = genres
  }

  /// Parses `source`; `id` defaults to the file stem, `pluginID` overrides detection.
  public func parse(_ source: SourceText, id: String? = nil, pluginID: String? = nil) -> ParseResult {
    let docID = id ?? SourceText.stem(of: source.path)
    var diagnostics: [Diagnostic] = []
    if source.replacements > 0 {
      diagnostics.append(Diagnostic("source.invalidBytes", .warning, "\(source.replacements) invalid byte sequences replaced"))
    }
    var droppedControls = 0
    var sourceLines = normalizer.lines(source.text, droppedControls: &droppedControls)
    if droppedControls > 0 {
      diagnostics.append(
        Diagnostic("source.controlCharacters", .warning, "\(droppedControls) control characters (NUL and the like) removed"))
    }
    diagnostics += PinyinAnnotations.strip(&sourceLines)
    diagnostics += JammerText.strip(&sourceLines)
    SingleSpaceTable.rewrite(&sourceLines)
    sourceLines = RunInMarkers.rebreakFlattened(sourceLines)
    // A Traditional text is read folded to Simplified; its own characters are put back at the end.
    let foldedLines = FoldedLines.fold(sourceLines)
    let allLines = foldedLines ?? sourceLines
    let (hints, hintOriginals) = foldedLines == nil ? (source.hints, [:]) : Self.folded(source.hints)
    let head = DocumentHead(allLines, hints: hints)
    let kept = allLines.indices.filter { !head.droppedLines.contains($0) }
    let (analysed, starts) = Self.assemble(kept.map { allLines[$0] })
    let normalized = foldedLines == nil ? analysed : Self.assemble(kept.map { sourceLines[$0] }).0
    let firstBody = kept.firstIndex { $0 >= head.bodyStart } ?? kept.count
    let bodyLines = kept[firstBody...].map { allLines[$0] }
    let signOff = head.signOff.flatMap { lines -> Range<Int>? in
      guard let first = kept.firstIndex(of: lines.lowerBound), let last = kept.firstIndex(of: lines.upperBound - 1) else { return nil }
      return starts[first]..<(starts[last] + allLines[lines.upperBound - 1].scalars.count)
    }
    var decoded: [Unicode.Scalar] = []
    let sourceText = source.text
    let tree = OutlineBuilder(numbering: head.numbering).build(bodyLines, starts: Array(starts[firstBody...]), signOff: signOff) { from, to in
      // Read only when headings may run into their text: most documents never need it.
      if decoded.isEmpty { decoded = [Unicode.Scalar](scalarsOf: sourceText) }
      return (Int(from) + 1..<Int(to)).allSatisfy { $0 < decoded.count && decoded[$0].properties.isWhitespace }
    }
    diagnostics += OutlineChecks.diagnostics(for: tree.blocks)
    diagnostics += Self.sourceDiagnostics(head, lines: allLines, text: source.text)

    // The head's paragraphs that say something: the preamble, or the whole of a notice without numbering.
    let headLines = kept[..<firstBody].map { allLines[$0] }
    let unnumbered = HeadParagraphs.spans(
      headLines, starts: Array(starts[..<firstBody]),
      substantive: { k in !head.metadataLines.contains(kept[k]) && HeadParagraphs.isSubstantive(headLines[k].scalars) },
      merged: !tree.blocks.isEmpty)

    let title = head.title
    // A Traditional text's places are read from all of its paragraphs, folded.
    let page = foldedLines.map { (original: Self.assemble(sourceLines).0, folded: Self.assemble($0).0) }
    // With no title, the first line (often a site's name) still tells the place.
    let clues = RegionClues(
      issuers: head.issuers, docNumber: head.docNumber, titles: [head.titleLines ?? title ?? head.firstLine] + [head.titleLines == nil ? nil : title, head.noticeTitle].compactMap { $0 },
      metadata: [head.publisher].compactMap { $0 }, body: page?.folded.text ?? source.text)
    let resolution = regions.resolve(clues)
    let region = resolution.region
    let info = SourceInfo(path: source.path, format: source.format, encoding: source.encoding.rawValue, sha256: source.sha256)
    var document = ParsedDocument(
      id: docID, source: info, title: title, noticeTitle: head.noticeTitle, docNumber: head.docNumber,
      issuers: head.issuers, date: head.date, region: region,
      outline: tree.blocks.map(\.section),
      measures: MeasureBuilder().measures(of: tree, unnumbered: unnumbered, in: analysed, documentID: docID),
      citations: CitationExtractor().citations(in: analysed.scalars, excludingTitle: title ?? ""))
    // Read from the analysed title and body: a Traditional 辦法 is folded to 办法 here.
    let genre = genres.reading(
      title: title, noticeTitle: head.noticeTitle, opening: document.measures.first?.text ?? "", body: analysed.scalars)
    (document.genre, document.genreSource) = (genre?.genre, genre?.source)

    let headText = String(scalars: analysed.scalars.prefix(3000))
    let choice = detector.choose(document, resolution, head: headText, override: pluginID, &diagnostics)
    document.plugin = choice.plugin.id
    var pipeline = StageRegistry.standard.pipeline
    choice.plugin.configure(&pipeline)
    let context = PipelineContext(text: analysed.text, scalars: analysed.scalars, tree: tree, manifest: choice.manifest)
    pipeline.run(&document, context: context, diagnostics: &diagnostics)
    guard let page else {
      return ParseResult(document: document, diagnostics: diagnostics, normalized: normalized, tree: tree, choice: choice, region: resolution)
    }
    diagnostics.append(Diagnostic("text.traditional", .note, "Traditional script: analysed folded to Simplified, text kept as written"))
    let script = OriginalScript(original: normalized, folded: analysed, page: page, known: hintOriginals)
    script.restore(&document)
    return ParseResult(
      document: document, diagnostics: diagnostics, normalized: normalized, tree: script.restore(tree), choice: choice,
      region: resolution)
  }

  /// Page hints folded like the text, with each folded string's original.
  private static func folded(_ hints: MetadataHints) -> (MetadataHints, [String: String]) {
    var out = hints
    var originals: [String: String] = [:]
    func fold(_ value: String) -> String {
      let folded = SimplifiedFolding.fold(value)
      originals[folded] = value
      return folded
    }
    out.title = hints.title.map(fold)
    out.docNumber = hints.docNumber.map(fold)
    out.issuers = hints.issuers.map(fold)
    out.publisher = hints.publisher.map(fold)
    return (out, originals)
  }

  /// `meta.<field>` notes saying where each metadata field was read, so `parse` can show why:
  /// `meta.title: from line 3 (title line)`, counting lines of the decoded text from 1.
  static func sourceDiagnostics(_ head: DocumentHead, lines: [TextLine], text: String) -> [Diagnostic] {
    head.sources.map { source in
      let place = source.line.flatMap { lines[$0].sources.first }.map { "line \(Self.lineNumber(ofScalar: Int($0), in: text))" }
      return Diagnostic(DiagnosticID(rawValue: "meta.\(source.field)"), .note, "from \(place ?? "the page's info table") (\(source.how))")
    }
  }

  /// The 1-based line of the decoded text that scalar `offset` is on.
  static func lineNumber(ofScalar offset: Int, in text: String) -> Int {
    var line = 1
    var previousWasCR = false
    for u in text.unicodeScalars.prefix(offset) {
      if u == "\n" { if !previousWasCR { line += 1 } } else if u == "\r" { line += 1 }
      previousWasCR = u == "\r"
    }
    return line
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
  /// A registry with only the generic fallback: the province-free parser,
  /// asked for by name (the standard one is `PluginSetup.parser()`).
  public static var genericOnly: PluginRegistry {
    PluginRegistry(plugins: [], fallback: ManifestPlugin(manifest: PluginManifest(id: "generic", name: "Generic")))
  }
}
