import Foundation
import ZhengceCore
import ZhengceCorpus

/// One line of `zhengce commitments`: a commitment with the document and measure it is from.
struct CommitmentRow: Encodable {
  var document: String
  var measure: String
  var path: String
  var commitment: Commitment

  static let columns = ["document", "path", "surface", "value", "max", "from", "unit", "comparator", "deadline", "subject"]

  /// The rows of `document` that pass the filters; `province` matches with or without 省.
  static func rows(of document: ParsedDocument, province: String?, unit: String?, topic: String?, kind: QuantityKind? = nil) -> [CommitmentRow] {
    if let province {
      guard let p = document.region.province, p.hasPrefix(province) || province.hasPrefix(p) else { return [] }
    }
    var out: [CommitmentRow] = []
    for m in document.measures where topic.map(m.topics.contains) ?? true {
      for c in m.commitments where unit.map({ $0 == c.unit }) ?? true && kind.map({ $0 == c.kind }) ?? true {
        out.append(CommitmentRow(document: document.id, measure: m.id, path: m.path.joined(separator: "/"), commitment: c))
      }
    }
    return out
  }

  var cells: [String] {
    let c = commitment
    return [document, path, c.surface, TextCells.number(c.value), c.max.map(TextCells.number) ?? "", c.from.map(TextCells.number) ?? "",
            c.unit, c.comparator.rawValue, c.deadline ?? "", c.subject ?? ""]
  }

  static func table(_ rows: [CommitmentRow]) -> String {
    let all = [columns] + rows.map(\.cells)
    var widths = Array(repeating: 0, count: columns.count)
    for r in all { for (k, cell) in r.enumerated() { widths[k] = Swift.max(widths[k], TextCells.width(cell)) } }
    return all.map { r in
      r.enumerated().map { k, cell in
        k == r.count - 1 ? cell : cell + String(repeating: " ", count: widths[k] - TextCells.width(cell) + 2)
      }.joined() + "\n"
    }.joined()
  }

  static func csv(_ rows: [CommitmentRow]) -> String {
    ([columns] + rows.map(\.cells)).map { r in
      r.map(TextCells.csv).joined(separator: ",") + "\n"
    }.joined()
  }

  static func jsonLines(_ rows: [CommitmentRow]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
    return rows.compactMap { row in (try? encoder.encode(row)).map { String(decoding: $0, as: UTF8.self) + "\n" } }.joined()
  }

  enum CodingKeys: String, CodingKey {
    case document, measure, path
  }

  /// The commitment's own fields (nulls written, as in the contract) beside where it is from.
  func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(document, forKey: .document)
    try c.encode(measure, forKey: .measure)
    try c.encode(path, forKey: .path)
    try commitment.encode(to: encoder)
  }
}
