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
    checks(in: document) { [Unicode.Scalar](scalarsOf: $0.text) }
  }

  /// `checks(in:)` with the measures' scalars at hand (the pipeline has them decoded).
  static func checks(in document: ParsedDocument, scalars: (Measure) -> [Unicode.Scalar]) -> [SumCheck] {
    let flat = document.measures.flatMap { m -> [Item] in
      guard !m.commitments.isEmpty else { return [] }
      let text = scalars(m)
      var from = 0
      return m.commitments.map { c in
        let surface = [Unicode.Scalar](scalarsOf: c.surface)
        var lead = ArraySlice<Unicode.Scalar>()
        if let at = firstIndex(of: surface, in: text, from: from) {
          lead = text[max(from, at - leadLength)..<at]
          from = at + surface.count
        }
        return Item(measure: m.id, commitment: c, isTotal: isTotal(lead, surface), isChange: sizeWords.contains { contains($0, in: lead) })
      }
    }
    // The items of each unit, in order: a list check reads only its total's unit (compared as
    // bytes: String's == normalises non-ASCII text first), not every commitment after it.
    var sameUnit: [[UInt8]: [Int]] = [:]
    for (k, item) in flat.enumerated() { sameUnit[Array(item.commitment.unit.utf8), default: []].append(k) }
    var later = [ArraySlice<Int>](repeating: [], count: flat.count)
    for group in sameUnit.values {
      for (position, k) in group.enumerated() { later[k] = group[(position + 1)...] }
    }
    var out: [SumCheck] = []
    for (k, item) in flat.enumerated() {
      if let list = listCheck(flat, at: k, later: later[k]) { out.append(list) }
      if let change = changeCheck(flat, at: k) { out.append(SumCheck(measure: item.measure, total: change.total, parts: change.parts, sum: change.sum)) }
    }
    return out
  }

  /// The longest run of parts after a total, in its unit, that adds up to it; else, when the
  /// total says it is one (共, 合计), the whole run, which does not.
  /// - Parameter later: the positions after `k` of the items in its unit.
  private static func listCheck(_ flat: [Item], at k: Int, later: ArraySlice<Int>) -> SumCheck? {
    guard flat[k].commitment.comparator == .equal, flat[k].commitment.from == nil, flat[k].commitment.value > 0 else { return nil }
    let value = flat[k].commitment.value
    // Positions in `flat`, not copies: most runs end with no check, and a commitment holds strings.
    var parts: [Int] = []
    var sum = 0.0
    var match: (Int, Double)?
    for j in later {
      if parts.count == maxParts || flat[j].isTotal || flat[j].commitment.value >= value { break }
      parts.append(j)
      sum += flat[j].commitment.value
      if parts.count >= 2, abs(sum - value) <= Swift.max(0.005, value * 1e-9) { match = (parts.count, sum) }
    }
    let commitments = { (n: Int) in parts.prefix(n).map { flat[$0].commitment } }
    if let (n, s) = match { return SumCheck(measure: flat[k].measure, total: flat[k].commitment, parts: commitments(n), sum: s) }
    guard flat[k].isTotal, parts.count >= 2 else { return nil }
    return SumCheck(measure: flat[k].measure, total: flat[k].commitment, parts: commitments(parts.count), sum: sum)
  }

  /// A change with its start and end (from→to) and the size stated right after it in the
  /// same measure (累计减少656万人).
  private static func changeCheck(_ flat: [Item], at k: Int)
    -> (total: Commitment, parts: [Commitment], sum: Double)?
  {
    let change = flat[k].commitment
    guard change.comparator == .to, let from = change.from, k + 1 < flat.count, flat[k + 1].measure == flat[k].measure else { return nil }
    let size = flat[k + 1].commitment
    guard size.unit == change.unit, size.from == nil, size.unit != "%", flat[k + 1].isChange else { return nil }
    var start = change
    start.value = from
    start.from = nil
    return (size, [start, change], abs(from - change.value))
  }

  /// A commitment with what the words before it in its measure say of it.
  private struct Item {
    var measure: String
    var commitment: Commitment
    /// 共计23513万元, 资金总规模: the words before it call it a total.
    var isTotal: Bool
    /// 累计减少656万人: the words before it call it the size of a change.
    var isChange: Bool
  }

  private static let leadLength = 12

  /// Whether the clause before a quantity (the end of `lead` after its last comma) or the
  /// quantity's own `surface` names a total.
  private static func isTotal(_ lead: ArraySlice<Unicode.Scalar>, _ surface: [Unicode.Scalar]) -> Bool {
    var clause = lead
    if let cut = clause.lastIndex(where: isClauseBreak) { clause = clause[(cut + 1)...] }
    return hasTotalWord(clause) || hasTotalWord(surface[...])
  }

  private static func hasTotalWord(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
    for i in text.indices where totalWordIndex.mayStart(text[i]) {
      for k in totalWordIndex.words(startingWith: text[i]) where text.has(totalWords[k], at: i) { return true }
    }
    return false
  }

  /// Where `word` is first written in `text` at or after `from`.
  private static func firstIndex(of word: [Unicode.Scalar], in text: [Unicode.Scalar], from: Int) -> Int? {
    guard !word.isEmpty, word.count <= text.count else { return nil }
    var i = from
    while i + word.count <= text.count {
      if text[i] == word[0], text.has(word, at: i) { return i }
      i += 1
    }
    return nil
  }

  private static func contains(_ word: [Unicode.Scalar], in text: ArraySlice<Unicode.Scalar>) -> Bool {
    guard word.count <= text.count else { return false }
    var i = text.startIndex
    while i + word.count <= text.endIndex {
      if text.has(word, at: i) { return true }
      i += 1
    }
    return false
  }

  private static func isClauseBreak(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "，", ",", "。", ";", "；", ":", "：": true
    default: false
    }
  }
  private static let maxParts = 60
  private static let totalWords = ["共计", "合计", "总计", "共", "总额", "总规模", "总数"].map { Array($0.unicodeScalars) }
  private static let totalWordIndex = ScalarIndex(totalWords)
  private static let sizeWords = ["减少", "减贫", "增加", "下降", "提高", "脱贫"].map { Array($0.unicodeScalars) }
}
