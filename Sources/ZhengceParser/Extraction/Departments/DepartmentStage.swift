import ZhengceCore

/// The `departments` pipeline stage: fills every measure's `departments` with
/// the registry of the plugin's effective manifest.
public struct DepartmentStage: PipelineStage {
  public let name = "departments"
  public let reads: Set<MeasureData> = []
  public let writes: Set<MeasureData> = [.departments]

  public init() {}

  /// What the stage needs of a manifest, compiled once: the extractor with its
  /// registry, and the phrases of the document's own role rule.
  private struct Compiled: Sendable {
    var extractor: DepartmentExtractor
    /// 列第一位者为牵头部门.
    var firstListedLeads: CueList
    /// 其他为配合单位.
    var othersSupport: CueList
  }

  private static let compiled = ManifestCache<PluginManifest, Compiled> {
    Compiled(
      extractor: DepartmentExtractor(registry: DepartmentRegistry(manifest: $0)),
      firstListedLeads: CueList($0.roles.firstListedLeads), othersSupport: CueList($0.roles.othersSupport))
  }

  public func run(_ document: inout ParsedDocument, context: PipelineContext, diagnostics: inout [Diagnostic]) {
    let compiled = Self.compiled.value(id: context.manifest.id, context.manifest)
    var extractor = compiled.extractor
    // 列第一位者为牵头部门: the rule holds from the measure that states it on.
    let rule = compiled.firstListedLeads.firstStart(in: context.scalars)
    extractor.othersSupport = rule != nil && compiled.othersSupport.firstStart(in: context.scalars) != nil
    if let rule {
      diagnostics.append(
        Diagnostic("departments.firstListedLeads", .note, "the document's rule: the first listed body leads, the others \(extractor.othersSupport ? "support" : "keep their role")", span: TextSpan(start: rule, end: rule)))
    }
    // The addressee line stands before the numbered text: before the first measure, or
    // inside the notice's own opening (a preamble or paragraph); paragraphs that end with
    // a colon before that (公文种类:, the addressee line itself) do not end the search.
    let ordered = document.measures.sorted { $0.span.start < $1.span.start }
    let opening = ordered.first { $0.kind == .numbered || !Self.endsWithColon($0.text) }
    let addresseeEnd = opening.map { $0.kind == .numbered ? $0.span.start : $0.span.end } ?? context.scalars.count
    let addressees = extractor.addressees(in: context.scalars, before: addresseeEnd)
    let tables = context.tree.tables
    for i in document.measures.indices {
      let measure = document.measures[i]
      extractor.firstListedLeads = rule.map { measure.span.end > $0 } ?? false
      // A task row reads its departments from the columns of its table's header.
      let header = tables.isEmpty ? nil : context.tree.row(at: measure.span).map { tables[$0.table].header.map(\.text) }
      let scalars = context.scalars(of: measure)
      let found = extractor.extract(scalars: scalars, headingEnd: Self.runInHeadingEnd(measure, scalars), tableHeader: header)
      document.measures[i].departments = found.departments

      for var diagnostic in found.diagnostics {
        diagnostic.span = diagnostic.span.map { TextSpan(start: $0.start + measure.span.start, end: $0.end + measure.span.start) }
        diagnostics.append(diagnostic)
      }
    }
    Self.assign(addressees, to: &document)
  }

  /// The addressees go to the notice's own paragraphs that name no one; a notice written
  /// only in numbered points (a 批复) gives them its first point when that names no one.
  private static func assign(_ addressees: [DepartmentRef], to document: inout ParsedDocument) {
    guard !addressees.isEmpty else { return }
    let own = document.measures.indices.filter { document.measures[$0].kind != .numbered }
    for k in own where document.measures[k].departments.isEmpty { document.measures[k].departments = addressees }
    if own.isEmpty, let first = document.measures.indices.first, document.measures[first].departments.isEmpty {
      document.measures[first].departments = addressees
    }
  }

  /// Where the measure's heading ends when it runs straight into the text
  /// (压实责任,强化保障县财政局要…, a space between them lost in normalisation):
  /// nil when punctuation follows the heading, or there is none.
  private static func runInHeadingEnd(_ measure: Measure, _ scalars: [Unicode.Scalar]) -> Int? {
    let heading = Array(measure.heading.unicodeScalars)
    guard !heading.isEmpty, heading.count < scalars.count, scalars.starts(with: heading),
      ScalarClass.isHan(scalars[heading.count])
    else { return nil }
    return heading.count
  }

  private static func endsWithColon(_ text: String) -> Bool {
    guard let last = text.unicodeScalars.last else { return false }
    return last == ":" || last == "\u{FF1A}"
  }
}
