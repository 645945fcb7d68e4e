#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import ZhengceCore

/// The `departments` pipeline stage: fills every measure's `departments` with
/// the registry of the plugin's effective manifest.
public struct DepartmentStage: PipelineStage {
  public let name = "departments"

  public init() {}

  /// Each manifest's registry and extractor, compiled once.
  private static let extractors = ManifestCache<PluginManifest, DepartmentExtractor> { DepartmentExtractor(registry: DepartmentRegistry(manifest: $0)) }

  public func run(_ document: inout ParsedDocument, context: PipelineContext, diagnostics: inout [Diagnostic]) {
    let text = ByteSearch(context.text)
    var extractor = Self.extractors.value(id: context.manifest.id, context.manifest)
    let roles = context.manifest.roles
    // 列第一位者为牵头部门: the rule holds from the measure that states it on.
    let rule = Self.firstOffset(of: roles.firstListedLeads, in: text).map { Self.scalarOffset(byte: $0, in: text) }
    extractor.othersSupport = rule != nil && Self.firstOffset(of: roles.othersSupport, in: text) != nil
    if let rule {
      diagnostics.append(
        Diagnostic("departments.firstListedLeads", .note, "the document's rule: the first listed body leads, the others \(extractor.othersSupport ? "support" : "keep their role")", span: TextSpan(start: rule, end: rule)))
    }
    let firstMeasure = document.measures.map(\.span.start).min() ?? context.scalars.count
    let addressees = extractor.addressees(in: context.scalars, before: firstMeasure)
    var headers: TableHeaderIndex?
    for i in document.measures.indices {
      let measure = document.measures[i]
      extractor.firstListedLeads = rule.map { measure.span.end > $0 } ?? false
      var header: [String]?
      if Self.hasTab(measure.text) {
        let index = headers ?? TableHeaderIndex(context.text, labels: context.manifest.roles)
        headers = index
        header = index.header(before: measure.span.start)
      }
      let found = extractor.extract(scalars: context.scalars(of: measure), tableHeader: header)
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

  /// The byte offset of the first of `phrases` written in `text`.
  private static func firstOffset(of phrases: [String], in text: ByteSearch) -> Int? {
    var first: Int?
    for phrase in phrases where !phrase.isEmpty {
      text.forEach(phrase) { offset in
        first = Swift.min(first ?? offset, offset)
        return false
      }
    }
    return first
  }

  /// The scalar offset of a UTF-8 byte offset: the bytes before it that start a scalar.
  private static func scalarOffset(byte: Int, in text: ByteSearch) -> Int {
    text.haystack[..<byte].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
  }

  /// Whether `text` has a tab (a task-table row), by `memchr` over its UTF-8.
  static func hasTab(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      guard let base = bytes.baseAddress else { return false }
      return memchr(base, 0x09, bytes.count) != nil
    } ?? text.utf8.contains(0x09)
  }
}
