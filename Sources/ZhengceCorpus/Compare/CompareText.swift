/// Wording shared by the comparison renderers, so every format says the same.
enum CompareText {
  /// A number as the JSON output writes it: 90, 2400000, 0.3333.
  static func number(_ value: Double) -> String { TextCells.number(value) }

  /// The quantity with its unit: 90%, 1–2所, 3000→5000元/年.
  static func quantity(_ c: ComparedCommitment) -> String {
    let unit = c.unit
    if let max = c.max { return "\(number(c.value))–\(number(max))\(unit)" }
    if let from = c.from { return "\(number(from))→\(number(c.value))\(unit)" }
    return "\(number(c.value))\(unit)"
  }

  /// One line: `90% (>=) “90%以上” by 2019-12-31`.
  static func headline(_ c: ComparedCommitment) -> String {
    var out = "\(quantity(c)) (\(c.comparator.rawValue)) “\(c.surface)”"
    if let deadline = c.deadline { out += " by \(deadline)" }
    return out
  }

  /// What the commitment counts and where it stands, for a second line.
  static func detail(_ c: ComparedCommitment) -> String {
    var parts: [String] = []
    if let subject = c.subject { parts.append("subject \(subject)") }
    if let per = c.per { parts.append("per \(per)") }
    if let kind = c.kind { parts.append(kind.rawValue) }
    if !c.phrase.isEmpty { parts.append("counts \(c.phrase)") }
    if let topic = c.topic { parts.append("topic \(topic)") }
    if let indicator = c.indicator { parts.append("indicator \(indicator)") }
    parts.append("\(path(c.path)) \(c.measure)")
    return parts.joined(separator: " · ")
  }

  static func path(_ markers: [String]) -> String { markers.joined(separator: "/") }

  /// `三/(五) 加大易地扶贫搬迁实施力度`.
  static func measure(_ m: ComparedMeasure) -> String {
    "\(path(m.path)) \(m.heading.isEmpty ? m.excerpt : m.heading)"
  }

  /// `省发改委 (发改), 省扶贫办`.
  static func leads(_ leads: [LeadDepartment]) -> String {
    leads.map { lead in lead.family.map { "\(lead.name) (\($0))" } ?? lead.name }.joined(separator: ", ")
  }

  static func family(_ f: LeadFamily) -> String { "\(f.family ?? "other"): \(f.departments.joined(separator: ", "))" }

  static func indicatorTitle(_ row: IndicatorRow) -> String {
    "\(row.id) \(row.label) [\(row.unit)\(row.topic.map { ", \($0)" } ?? "")]"
  }

  static func columnTitle(_ column: CompareColumn, _ grouping: CompareGrouping) -> String {
    switch grouping {
    case .province: return column.label
    case .doc: return column.key
    }
  }

  /// `text` cut into lines at most `limit` columns wide.
  static func wrap(_ text: String, _ limit: Int) -> [String] {
    TerminalTable.wrap(text, width: limit)
  }
}
