import ZhengceCore

/// A stated total and the parts the document lists for it, and whether they agree:
/// an allocation list (巴州区2405万元、恩阳区1956万元… after 下达…26428万元) or a change
/// and its size (从1149万人减少到493万人 … 累计减少656万人). Auditors look for exactly these.
public struct SumCheck: Sendable, Hashable {
  /// The measure that states the total, and the total.
  public var measure: String
  public var total: Commitment
  /// The parts, in text order (for a change: its start and its end).
  public var parts: [Commitment]
  /// What the parts add up to (for a change: start minus end, or end minus start).
  public var sum: Double

  public var agrees: Bool { abs(sum - total.value) <= Swift.max(0.005, abs(total.value) * 1e-9) }

  /// `parts 26,428万元 = total` or `parts 26,000万元, total 26,428万元: 428万元 missing`.
  public var message: String {
    let unit = total.unit
    if agrees { return "parts \(Self.amount(sum, unit)) = total (\(parts.count) parts)" }
    let gap = total.value - sum
    return "parts \(Self.amount(sum, unit)), total \(Self.amount(total.value, unit)): "
      + (gap > 0 ? "\(Self.amount(gap, unit)) not in any part" : "parts exceed the total by \(Self.amount(-gap, unit))")
  }

  /// 264280000 元 → 26,428万元, the way the documents write money.
  static func amount(_ value: Double, _ unit: String) -> String {
    if unit != "%", unit != "ratio", abs(value) >= 10_000 { return grouped(value / 10_000) + "万" + unit }
    return grouped(value) + unit
  }

  private static func grouped(_ v: Double) -> String {
    let rounded = (v * 100).rounded() / 100
    let whole = Int(rounded.magnitude)
    var digits = String(whole)
    var k = digits.count - 3
    while k > 0 {
      digits.insert(",", at: digits.index(digits.startIndex, offsetBy: k))
      k -= 3
    }
    let cents = Int(((rounded.magnitude - Double(whole)) * 100).rounded())
    var tail = cents == 0 ? "" : (cents < 10 ? ".0\(cents)" : ".\(cents)")
    while tail.hasSuffix("0") { tail.removeLast() }
    return (rounded < 0 ? "-" : "") + digits + tail
  }

  /// Every check in `document`, in text order.
  public static func checks(in document: ParsedDocument) -> [SumCheck] {
    let flat = document.measures.flatMap { m in
      var rest = m.text[...]
      return m.commitments.map { c in
        var lead = ""
        if let r = rest.firstRange(of: c.surface) {
          lead = String(rest[..<r.lowerBound].suffix(leadLength))
          rest = rest[r.upperBound...]
        }
        return Item(measure: m.id, commitment: c, lead: lead)
      }
    }
    var out: [SumCheck] = []
    for (k, item) in flat.enumerated() {
      if let list = listCheck(flat, at: k) { out.append(list) }
      if let change = changeCheck(flat, at: k) { out.append(SumCheck(measure: item.measure, total: change.total, parts: change.parts, sum: change.sum)) }
    }
    return out
  }

  /// The longest run of parts after a total, in its unit, that adds up to it; else, when the
  /// total says it is one (共, 合计), the whole run, which does not.
  private static func listCheck(_ flat: [Item], at k: Int) -> SumCheck? {
    let total = flat[k].commitment
    guard total.comparator == .equal, total.from == nil, total.value > 0 else { return nil }
    var parts: [Commitment] = []
    var sum = 0.0
    var match: (Int, Double)?
    var j = k + 1
    while j < flat.count && parts.count < maxParts {
      let c = flat[j].commitment
      j += 1
      guard c.unit == total.unit else { continue }
      if isTotal(flat[j - 1]) || c.value >= total.value { break }
      parts.append(c)
      sum += c.value
      if parts.count >= 2, abs(sum - total.value) <= Swift.max(0.005, total.value * 1e-9) { match = (parts.count, sum) }
    }
    if let (n, s) = match { return SumCheck(measure: flat[k].measure, total: total, parts: Array(parts.prefix(n)), sum: s) }
    guard isTotal(flat[k]), parts.count >= 2 else { return nil }
    return SumCheck(measure: flat[k].measure, total: total, parts: parts, sum: sum)
  }

  /// A change with its start and end (from→to) and the size stated right after it in the
  /// same measure (累计减少656万人).
  private static func changeCheck(_ flat: [Item], at k: Int)
    -> (total: Commitment, parts: [Commitment], sum: Double)?
  {
    let change = flat[k].commitment
    guard change.comparator == .to, let from = change.from, k + 1 < flat.count, flat[k + 1].measure == flat[k].measure else { return nil }
    let size = flat[k + 1].commitment
    guard size.unit == change.unit, size.from == nil, size.unit != "%", sizeWords.contains(where: { flat[k + 1].lead.contains($0) })
    else { return nil }
    var start = change
    start.value = from
    start.from = nil
    return (size, [start, change], abs(from - change.value))
  }

  /// A commitment with the few characters written before it in its measure.
  private struct Item {
    var measure: String
    var commitment: Commitment
    var lead: String
  }

  private static let leadLength = 12

  /// 共计23513万元, 资金总规模: the words before a quantity call it a total.
  private static func isTotal(_ item: Item) -> Bool {
    let clause = item.lead.split(whereSeparator: { "，,。;；:：".contains($0) }).last.map(String.init) ?? item.lead
    return totalWords.contains { clause.contains($0) || item.commitment.surface.contains($0) }
  }

  private static let maxParts = 60
  private static let totalWords = ["共计", "合计", "总计", "共", "总额", "总规模", "总数"]
  private static let sizeWords = ["减少", "减贫", "增加", "下降", "提高", "脱贫"]
}
