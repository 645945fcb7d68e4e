import Foundation
import ZhengceCore
import ZhengceCorpus
import ZhengceParser

/// One line of `zhengce commitments --check`: a stated total, what its parts add up to, and
/// whether they agree.
struct SumCheckRow: Encodable {
  var document: String
  var measure: String
  var total: String
  var value: Double
  var unit: String
  var parts: [String]
  var sum: Double
  var agrees: Bool
  var message: String

  static let columns = ["document", "measure", "total", "parts", "sum", "result"]

  static func rows(of document: ParsedDocument, province: String?, unit: String?) -> [SumCheckRow] {
    if let province {
      guard let p = document.region.province, p.hasPrefix(province) || province.hasPrefix(p) else { return [] }
    }
    return SumCheck.checks(in: document).filter { c in unit.map { $0 == c.total.unit } ?? true }.map { c in
      SumCheckRow(
        document: document.id, measure: c.measure, total: c.total.surface, value: c.total.value, unit: c.total.unit,
        parts: c.parts.map(\.surface), sum: c.sum, agrees: c.agrees, message: c.message)
    }
  }

  var cells: [String] {
    [document, measure, total, parts.joined(separator: "、"), TextCells.number(sum), (agrees ? "agrees: " : "DIFFERS: ") + message]
  }

  static func render(_ rows: [SumCheckRow], format: CommitmentsCommand.Format) -> String {
    switch format {
    case .json:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
      return rows.compactMap { row in (try? encoder.encode(row)).map { String(decoding: $0, as: UTF8.self) + "\n" } }.joined()
    case .csv:
      return ([columns] + rows.map(\.cells)).map { $0.map(TextCells.csv).joined(separator: ",") + "\n" }.joined()
    case .table:
      let all = [columns] + rows.map(\.cells)
      var widths = Array(repeating: 0, count: columns.count)
      for r in all { for (k, cell) in r.enumerated() { widths[k] = Swift.max(widths[k], DisplayWidth.columns(cell, on: .terminal)) } }
      return all.map { r in
        r.enumerated().map { k, cell in
          k == r.count - 1 ? cell : cell + String(repeating: " ", count: widths[k] - DisplayWidth.columns(cell, on: .terminal) + 2)
        }.joined() + "\n"
      }.joined()
    }
  }
}
