/// The parts of a subject that come from around the quantity's own phrase: a per-scope
/// written earlier in the clause (每个贫困村, 每半年) and the clause before a headless one.
extension SubjectFinder {
  /// The subject of `q` when its clause names nothing (…的60%给予补助,最高不超过240万元),
  /// from the clause just before, which ends with the quantity `p` and its words:
  /// `p`'s subject for the same unit (90%以上深度贫困村有…,80%以上有…) or for a sum right after a
  /// count of things (产业发展项目352个,11098万元), else what that
  /// clause grants (给予补助 → 补助), led by the base `p` was a share of (中介费用的60% → 中介费用补助).
  func inherited(by q: Quantity, from p: Quantity, subject: String?) -> String? {
    var b = q.range.lowerBound
    while b > 0, text[b - 1] == " " || text[b - 1] == "\u{3000}" { b -= 1 }
    // 农林牧渔业增加值增长2.5%,力争3%: a higher aim for the same figure.
    if let aim = Self.aimWords.first(where: { text.has($0, endingAt: b) }) { b -= aim.count }
    // 收入达到7387元,年均增长14.4%: the growth is the previous figure's.
    let growth = Self.growthWords.first { text.has($0, endingAt: b) }
    if let growth { b -= growth.count }
    // 分别为1900元、1790元、1680元, 分别不低于24%和30%: a list of figures of one unit shares its subject.
    if growth == nil, let c = text[b - 1], c == "、" || c == "和", p.range.upperBound == b - 1, p.unit == q.unit { return subject }
    guard let comma = text[b - 1], comma == "," || comma == "\u{FF0C}", p.range.upperBound < b else { return nil }
    let clauseEnd = b - 1
    guard !(p.range.upperBound..<clauseEnd).contains(where: { CommitmentScalarClass.endsClause(text.s[$0]) }) else { return nil }
    if p.unit == q.unit || growth != nil { return subject }
    // 产业发展项目352个,11098万元: a sum right after a count of things is what those things cost.
    if q.unit == "元", KindClassifier.countsThings.contains(p.unit), text.skipSpaces(p.range.upperBound) == clauseEnd { return subject }
    var k = text.skipSpaces(p.range.upperBound)
    guard let verb = Self.grantVerbs.first(where: { text.has($0, at: k) }) else { return nil }
    k += verb.count
    guard clauseEnd - k >= 2, clauseEnd - k <= Self.maxLength, (k..<clauseEnd).allSatisfy({ CommitmentScalarClass.isHan(text.s[$0]) })
    else { return nil }
    let object = text.string(k..<clauseEnd)
    guard let subject, text[p.range.lowerBound - 1] == "的" else { return object }
    // 按…的60%给予补助,最高不超过240万元: the rate already names what it pays.
    return subject.hasSuffix(object) ? subject : subject + object
  }

  /// Words of a rate of change written alone after a comma: what changes is the figure before.
  static let growthWords = words(["年均增长", "同比增长", "年均增幅", "增长", "增幅"])
  /// Words that raise the aim of the figure before: 力争, 争取, 确保.
  static let aimWords = words(["力争", "争取", "确保", "力爭", "爭取", "確保"])

  /// 每县, 每个贫困村, 每人, 每年 written in the clause before the quantity.
  func perScope(before start: Int, floor: Int) -> (text: String, end: Int)? {
    var b = start - 1
    while b >= floor, var c = text[b] {
      // 每个县(区)落实: a short parenthetical does not end the clause.
      if c == ")", let open = (max(floor, b - 4)..<b).last(where: { text[$0] == "(" }), open > floor {
        b = open - 1
        c = text[b] ?? "。"
      }
      if CommitmentScalarClass.endsClause(c) { break }
      if c == "每", let found = scope(at: b, limit: start) {
        // 每人每年, 每个重点县每年: a scope written right before another joins it.
        for k in stride(from: b - 2, through: max(floor, b - 8), by: -1) where text[k] == "每" {
          if let outer = scope(at: k, limit: b), outer.end == b { return (outer.text + found.text, found.end) }
        }
        return found
      }
      b -= 1
    }
    return nil
  }

  func scope(at i: Int, limit: Int) -> (text: String, end: Int)? {
    // 每年, 每季度, 每学年, 每两个月.
    var j = i + 1
    while let c = text[j], ChineseNumber.digit(c) != nil || Self.timeScopeFillers.contains(c) { j += 1 }
    if let c = text[j], Self.timeScopes.contains(c) {
      let end = j + (c == "季" ? 2 : 1)
      return (text.string(i..<end), end)
    }
    var end: Int?
    var k = i + 1
    while k < limit && k - i <= 8, let c = text[k], CommitmentScalarClass.isHan(c) {
      if Self.scopeEnds.contains(c) { end = k + 1 }
      k += 1
    }
    // 每个县(区): the parenthetical belongs to the scope.
    if let e = end, text[e] == "(", let close = (e..<min(limit, e + 5)).first(where: { text[$0] == ")" }) { end = close + 1 }
    return end.map { (text.string(i..<$0), $0) }
  }
}
