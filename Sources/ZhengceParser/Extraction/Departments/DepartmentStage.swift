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
    var lines: [Unicode.Scalar]?
    for i in document.measures.indices {
      let measure = document.measures[i]
      var header: [String]?
      if Self.hasTab(measure.text) {
        let scalars = lines ?? Array(context.text.unicodeScalars)
        lines = scalars
        header = Self.tableHeader(in: scalars, before: measure.span.start, labels: context.manifest.roles)
      }
      let found = extractor.extract(measure.text, tableHeader: header)
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

  /// The nearest tab-separated line before `offset` that names a role column.
  static func tableHeader(in text: [Unicode.Scalar], before offset: Int, labels: RolePhrasings) -> [String]? {
    let names = Set(labels.leadLabels + labels.supportLabels + labels.responsibleLabels)
    var end = min(offset, text.count)
    let floor = max(0, end - 20_000)
    while end > floor {
      var start = end - 1
      while start > floor, text[start - 1] != "\n" { start -= 1 }
      let line = text[start..<end]
      if line.contains("\t") {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: line)
        let cells = String(view).split(separator: "\t", omittingEmptySubsequences: false).map {
          DepartmentRegistry.compact(String($0))
        }
        if cells.contains(where: names.contains) { return cells }
      }
      end = start - 1
    }
    return nil
  }
}
