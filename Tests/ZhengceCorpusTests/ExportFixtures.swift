import Foundation
import ZhengceCore
import ZhengceCorpus

/// The bundled corpus as the export sees it, and scratch directories for written files.
enum ExportFixtures {
  static let hunan = "hunan-2018-deep-poverty-plan"
  static let xiangxi = "hunan-xiangxi-2016-precision-poverty-opinions"
  static let ankang = "shaanxi-ankang-2020-consolidation-plan"
  static let nanning = "guangxi-nanning-2015-precision-poverty-plan"
  static let liaoning = "liaoning-2019-three-year-action-opinions"

  /// A fresh empty directory, removed by nobody (the system's temporary directory is cleaned).
  static func scratchDirectory(_ name: String = #function) throws -> String {
    let tag = name.prefix { $0.isLetter || $0.isNumber }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("zc-export-\(tag)-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// Runs `writer` over the whole bundled corpus.
  static func export(_ writer: some ExportWriter) throws -> [ExportError] {
    try Export.run(writer) { feed in
      for document in CompareCorpus.documents { try feed.add(document) }
    }
  }

  /// The cells of `table` from every corpus document, in file order.
  static func rows(_ table: ExportTable) -> [[ExportValue]] {
    CompareCorpus.documents.flatMap { table.rows(of: $0) }
  }

  /// The named column of a row.
  static func cell(_ row: [ExportValue], _ table: ExportTable, _ column: String) -> ExportValue? {
    table.columns.firstIndex { $0.name == column }.map { row[$0] }
  }
}
