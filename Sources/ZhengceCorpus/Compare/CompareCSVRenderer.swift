import Foundation

/// Renders a comparison as CSV (RFC 4180), one record per measure, lead and
/// commitment (`section` says which), for spreadsheets and data frames.
public struct CompareCSVRenderer: Sendable {
  public static let header = [
    "section", "column", "document", "measure", "path", "heading", "topics", "department", "family",
    "indicator", "indicator_label", "surface", "value", "max", "from", "unit", "comparator", "deadline",
    "subject", "per", "topic", "phrase",
  ]

  public init() {}

  public func render(_ comparison: Comparison) -> String {
    let labels = Dictionary(comparison.indicators.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
    var records = [Self.header]
    for column in comparison.columns {
      for m in column.measures {
        var r = blank("measure", column.key)
        r[2] = m.document; r[3] = m.id; r[4] = CompareText.path(m.path); r[5] = m.heading
        r[6] = m.topics.joined(separator: ";")
        records.append(r)
        for lead in m.leads {
          var l = blank("lead", column.key)
          l[2] = m.document; l[3] = m.id; l[4] = CompareText.path(m.path); l[7] = lead.name; l[8] = lead.family ?? ""
          records.append(l)
        }
      }
      for c in column.commitments {
        var r = blank("commitment", column.key)
        r[2] = c.measure.split(separator: "#").first.map(String.init) ?? ""
        r[3] = c.measure; r[4] = CompareText.path(c.path); r[9] = c.indicator ?? ""
        r[10] = c.indicator.flatMap { labels[$0] } ?? ""; r[11] = c.surface; r[12] = CompareText.number(c.value)
        r[13] = c.max.map(CompareText.number) ?? ""; r[14] = c.from.map(CompareText.number) ?? ""; r[15] = c.unit
        r[16] = c.comparator.rawValue; r[17] = c.deadline ?? ""; r[18] = c.subject ?? ""; r[19] = c.per ?? ""
        r[20] = c.topic ?? ""; r[21] = c.phrase
        records.append(r)
      }
    }
    return records.map { $0.map(TextCells.csv).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
  }

  private func blank(_ section: String, _ column: String) -> [String] {
    var r = Array(repeating: "", count: Self.header.count)
    r[0] = section
    r[1] = column
    return r
  }
}
