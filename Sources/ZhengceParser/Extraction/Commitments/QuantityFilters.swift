import ZhengceCore

/// Numbers that count nothing: the checks `QuantityReader` makes before a number with a
/// unit becomes a quantity (codes, ordinals, slogans, named concepts, spans of effort).
extension QuantityReader {
  /// False for a number inside a quoted slogan, an ordinal (第一), a code (4G, 2.0) or a telephone number.
  func accepts(_ n: NumberToken) -> Bool {
    let prev = text[n.range.lowerBound - 1]
    let next = text[n.range.upperBound]
    if n.isChinese {
      // “…比2011年减少一半”的目标: a half is a quantity even in a quoted goal.
      if n.range.lowerBound < quoteEnd && text[n.range.upperBound] != "半" { return false }
      // 第一书记, 每一户, 等五个方面, (含3个), 不漏一人.
      if let prev, "第初周星每等含".unicodeScalars.contains(prev) { return false }
      if text[n.range.lowerBound - 2] == "不" { return false }
      // 二 as a count is written 两; 二次鉴定, 二中全会 are ordinals.
      if n.range.count == 1 && text[n.range.lowerBound] == "二" { return false }
      return true
    }
    if CommitmentScalarClass.isASCIILetter(prev) || (CommitmentScalarClass.isASCIILetter(next) && !latinUnit(at: n.range.upperBound)) {
      return false
    }
    if prev == "+" || next == "+" || prev == "." || prev == "#" || prev == "含" || prev == "第" { return false }
    // 支出列“205教育支出”: a number opening a quoted name is its code.
    if prev == "\u{201C}" || prev == "\"", CommitmentScalarClass.isHan(next) { return false }
    // 9时30分, 8点15分: the minutes of a time of day.
    if (prev == "时" || prev == "点") && next == "分" { return false }
    // 附件:1.2025年县…任务清单: a list number run into a year is neither a decimal nor a span.
    if n.hasDecimal, n.integerDigits <= 2, n.range.count == n.integerDigits + 5, next == "年",
      let century = text[n.range.upperBound - 4], let decade = text[n.range.upperBound - 3],
      century == "1" && decade == "9" || century == "2" && decade == "0"
    {
      return false
    }
    // Telephone and index numbers: long runs of digits without separators or a point.
    if !n.hasDecimal && n.integerDigits >= 7 && n.range.count == n.integerDigits { return false }
    return true
  }

  /// A listed unit in Latin letters (900ml) written whole at `i`, not the start of a code (4G, 5A).
  private func latinUnit(at i: Int) -> Bool {
    vocabulary.units.contains { unit in
      CommitmentScalarClass.isASCIILetter(unit.surface.first) && text.has(unit.surface, at: i)
        && !CommitmentScalarClass.isASCIILetter(text[i + unit.surface.count])
    }
  }

  /// Chinese numerals as quantities only outside slogans and names: not 一户一法, 五个一批,
  /// 搬迁一户、脱贫一户, 三年行动, 一次性, 一个时期.
  func acceptsChinese(_ n: NumberToken, unitEnd: Int, unit: String) -> Bool {
    let unitStart = text.skipSpaces(n.range.upperBound)
    let written = Array(text.s[n.range.lowerBound..<unitEnd])
    // 一个时期, 有一个安全的生活, 一批项目; but 每位处级干部要包一个贫困村, 各选一个示范区 count.
    if n.value == 1 && n.range.count == 1, let c = text[unitStart], vocabulary.loneOnePhrases.contains(c),
      !isDistributed(before: n.range.lowerBound)
    {
      return false
    }
    if vocabulary.oneIsNoCount.contains(where: { text.has($0, at: n.range.lowerBound) }) { return false }
    let next = text[unitEnd]
    // 人大五次会议, 十九届五中全会: a meeting's number.
    if unit == "次", Self.meetings.contains(where: { text.has($0, at: unitEnd) }) { return false }
    // 一户一法, 五个一批, 一户至少一人, 一次性.
    if ChineseNumber.digit(next) != nil || next == "性" || next == "至" { return false }
    if unit == "年", CommitmentScalarClass.isHan(next), let next, !"内以来后前时的中里左之多".unicodeScalars.contains(next) { return false }
    // 承上启下的关键一年, 极不平凡的一年: a year described, not a span of one.
    if unit == "年", n.value == 1, text[n.range.lowerBound - 1] == "的" || Self.yearEpithets.contains(where: { text.has($0, endingAt: n.range.lowerBound) }) {
      return false
    }
    let window = max(0, n.range.lowerBound - 12)..<min(text.count, unitEnd + 12)
    var k = window.lowerBound
    while k + written.count <= window.upperBound {
      if k != n.range.lowerBound && text.has(written, at: k) { return false }
      k += 1
    }
    return true
  }

  /// Words that describe the year 一年 names: 关键一年, 重要一年.
  static let yearEpithets = ["关键", "關鍵", "重要", "特殊", "非凡", "平凡"].map { Array($0.unicodeScalars) }

  /// What a meeting's number (五次会议) is followed by.
  static let meetings = ["会议", "全会", "全体会议", "會議", "全體會議"].map { Array($0.unicodeScalars) }

  /// 每 or 各 earlier in the clause: a count per member (每位干部包一个村, 各选一个).
  func isDistributed(before i: Int) -> Bool {
    var k = i - 1
    while k >= 0 && i - k <= 16, let c = text[k], !CommitmentScalarClass.endsClause(c) {
      if c == "每" || c == "各" { return true }
      k -= 1
    }
    return false
  }

  /// 经过一年时间, 用3年的时间, 一年来: a span of effort or time gone by, neither a deadline
  /// nor a limit (3个月时间内完成 is a limit).
  func isSpan(unit: String, unitEnd: Int) -> Bool {
    guard vocabulary.timeUnits.contains(unit) else { return false }
    // 一年来, 3年以来: the time gone by, not a limit.
    if text[unitEnd] == "来" || (text[unitEnd] == "以" && text[unitEnd + 1] == "来") { return true }
    let k = text[unitEnd] == "的" ? unitEnd + 1 : unitEnd
    guard let noun = vocabulary.spanNouns.first(where: { text.has($0, at: k) }) else { return false }
    let after = text[k + noun.count]
    return !(after == "内" || (after == "以" || after == "之") && text[k + noun.count + 1] == "内")
  }

  /// A Chinese count that names a concept rather than sets a target: 两项制度有效衔接,
  /// 纳入五个文明建设 (a concept noun after 项/个), and 纳入两项补贴发放范围 where the
  /// measure writes the same count and noun in quotes (“两项补贴”).
  func namesConcept(_ n: NumberToken, unit: String, unitEnd: Int) -> Bool {
    if vocabulary.namedConceptCounters.contains(unit), vocabulary.namedConceptNouns.contains(where: { text.has($0, at: unitEnd) }) {
      return true
    }
    guard CommitmentScalarClass.isHan(text[unitEnd]), CommitmentScalarClass.isHan(text[unitEnd + 1]) else { return false }
    let quoted = [Self.openQuote] + text.s[n.range.lowerBound..<(unitEnd + 2)]
    var k = 0
    while k + quoted.count <= text.count {
      if text.has(quoted, at: k) { return true }
      k += 1
    }
    return false
  }

  static let openQuote: Unicode.Scalar = "“"
}
