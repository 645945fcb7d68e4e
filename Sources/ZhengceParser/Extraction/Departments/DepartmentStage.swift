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
    extractor.firstListedLeads = context.manifest.roles.firstListedLeads.contains { !$0.isEmpty && text.contains($0) }
    var headers: TableHeaderIndex?
    for i in document.measures.indices {
      let measure = document.measures[i]
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
  }

  /// Whether `text` has a tab (a task-table row), by `memchr` over its UTF-8.
  static func hasTab(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      guard let base = bytes.baseAddress else { return false }
      return memchr(base, 0x09, bytes.count) != nil
    } ?? text.utf8.contains(0x09)
  }
}
