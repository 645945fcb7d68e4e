import ZhengceCore
@testable import ZhengceCorpus
import ZhengceParser

/// The bundled corpus, parsed once per test process with the built-in
/// plugins, in file order.
enum CompareCorpus {
  static let documents: [ParsedDocument] = {
    guard let directory = CorpusFiles.bundledDirectory(), let registry = try? PluginSetup.registry(pluginDirectories: [])
    else { return [] }
    return CorpusParser(parser: Parser(registry: registry)).parse(CorpusFiles.expand([directory]))
      .compactMap { try? $0.get().document }
  }()

  /// True once the commitments stage fills `Measure.commitments`.
  static let hasCommitments = documents.contains { $0.measures.contains { !$0.commitments.isEmpty } }
  /// True once the departments stage fills `Measure.departments`.
  static let hasDepartments = documents.contains { $0.measures.contains { !$0.departments.isEmpty } }

  static func document(_ id: String) -> ParsedDocument? { documents.first { $0.id == id } }

  /// A copy of the corpus where `edit` may change measures, found by document id and path.
  static func edited(_ edit: (_ document: String, _ measure: inout Measure) -> Void) -> [ParsedDocument] {
    documents.map { d in
      var d = d
      for i in d.measures.indices { edit(d.id, &d.measures[i]) }
      return d
    }
  }

  /// `["三/(五) 加大…", …]` for a column: path and heading of each measure.
  static func lines(_ column: CompareColumn) -> [String] {
    column.measures.map { "\($0.document.split(separator: "-").prefix(2).joined(separator: "-")) \($0.path.joined(separator: "/")) \($0.heading)" }
  }
}
