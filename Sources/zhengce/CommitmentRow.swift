import Foundation
import ZhengceCore
import ZhengceCorpus

/// One line of `zhengce commitments`: a commitment with the document and measure it is from.
struct CommitmentRow: Encodable {
  var documentID: String
  var measureID: String
  var path: String
  var commitment: Commitment

  /// The deadline as a full ISO date (the period's last day) and its precision.
  var deadline: DateValue? { DateValue.deadline(commitment.deadline) }

  /// CSV and table columns; `from_value` is the contract's `from`, named as in the export;
  /// `kind` tells a target from a baseline, an allocation or a standard.
  static let columns = [
    "document_id", "measure_id", "path", "surface", "value", "max", "from_value", "unit", "comparator", "deadline",
    "deadline_date", "deadline_precision", "kind", "subject", "per",
  ]

  /// The rows of `document` that pass the filters; `province` matches with or without 省.
  static func rows(of document: ParsedDocument, province: String?, unit: String?, topic: String?, kind: QuantityKind? = nil) -> [CommitmentRow] {
    if let province {
      guard let p = document.region.province, p.hasPrefix(province) || province.hasPrefix(p) else { return [] }
    }
    var out: [CommitmentRow] = []
    for m in document.measures where topic.map(m.topics.contains) ?? true {
      for c in m.commitments where unit.map({ $0 == c.unit }) ?? true && kind.map({ $0 == c.kind }) ?? true {
        out.append(CommitmentRow(documentID: document.id, measureID: m.id, path: m.path.joined(separator: "/"), commitment: c))
      }
    }
    return out
  }

  var cells: [String] {
    let c = commitment
    return [
      documentID, measureID, path, c.surface, TextCells.number(c.value), c.max.map(TextCells.number) ?? "",
      c.from.map(TextCells.number) ?? "", c.unit, c.comparator.rawValue, c.deadline ?? "", deadline?.date ?? "",
      deadline?.precision.rawValue ?? "", c.kind?.rawValue ?? "", c.subject ?? "", c.per ?? "",
    ]
  }

  /// The columns a reader scans, wrapped to the terminal.
  static func table(_ rows: [CommitmentRow], width: Int?) -> String {
    let shown = [0, 2, 3, 4, 7, 8, 9, 12, 13, 14]
    return TerminalTable(header: shown.map { columns[$0] }, rows: rows.map { row in shown.map { row.cells[$0] } }).render(width: width)
  }

  /// RFC 4180 with CRLF line ends, as every CSV of zhengce.
  static func csv(_ rows: [CommitmentRow], bom: Bool) -> String {
    (bom ? "\u{FEFF}" : "") + ([columns] + rows.map(\.cells)).map { r in r.map(TextCells.csv).joined(separator: ",") + "\r\n" }.joined()
  }

  enum CodingKeys: String, CodingKey {
    case documentID = "document_id", measureID = "measure_id", path, deadlineDate = "deadline_date"
    case deadlinePrecision = "deadline_precision"
  }

  /// The commitment's own fields (the contract's names, nulls written) beside where it is from.
  func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(documentID, forKey: .documentID)
    try c.encode(measureID, forKey: .measureID)
    try c.encode(path, forKey: .path)
    try c.encode(deadline?.date, forKey: .deadlineDate)
    try c.encode(deadline?.precision, forKey: .deadlinePrecision)
    try commitment.encode(to: encoder)
  }
}
