/// Figures listed after 分别 measure, in order, the nouns listed before it:
/// `贫困地区GDP、财政收入、农民人均纯收入分别为2013.3亿元、108.8亿元和8736.6元`
/// gives 2013.3亿元 the subject 贫困地区GDP, 108.8亿元 财政收入 and 8736.6元
/// 农民人均纯收入; a second list of as many figures after 分别 in the same sentence
/// (比2010年分别增长89.01%、141.58%、86.75%) measures the same nouns.
extension SubjectFinder {
  /// Subjects by quantity index, for the quantities of such lists; `found` are the
  /// subjects found so far (23个重点县GDP、…: the count's noun is not the first item's).
  func respectiveSubjects(of qs: [Quantity], found: [String?]) -> [Int: String] {
    var out: [Int: String] = [:]
    var previous: (nouns: [String], end: Int)?
    var k = 0
    while k < qs.count {
      var end = k
      while end + 1 < qs.count, joinsList(qs[end], qs[end + 1]) { end += 1 }
      defer { k = end + 1 }
      let floor = k > 0 ? qs[k - 1].range.upperBound : 0
      guard end > k, let respectively = respectivelyBefore(qs[k].range.lowerBound, floor: floor) else { continue }
      let count = end - k + 1
      var nouns = listedNouns(before: respectively, floor: floor, after: k > 0 ? found[k - 1] : nil)
      if nouns?.count != count, let previous, previous.nouns.count == count,
        !(previous.end..<respectively).contains(where: { text[$0] == "\u{3002}" || text[$0] == ";" || text[$0] == "\u{FF1B}" })
      {
        nouns = previous.nouns
      }
      guard let nouns, nouns.count == count else { continue }
      for (offset, noun) in nouns.enumerated() { out[k + offset] = noun }
      previous = (nouns, qs[end].range.upperBound)
    }
    return out
  }

  /// Whether `q` follows `p` as the next item of a list: only 、, 和, 及 or 与 between them.
  private func joinsList(_ p: Quantity, _ q: Quantity) -> Bool {
    let gap = text.skipSpaces(p.range.upperBound)
    return gap + 1 == q.range.lowerBound && text[gap].map(Self.joiners.contains) == true
  }

  /// Where 分别 starts when it opens the words right before `start` in its clause
  /// (分别为, 分别达到, 分别比2010年增长).
  private func respectivelyBefore(_ start: Int, floor: Int) -> Int? {
    var at = start - Self.respectively.count
    while at >= floor, start - at <= 12 {
      if text.has(Self.respectively, at: at) { return at }
      guard let c = text[at + Self.respectively.count - 1], !Self.endsClause(c) else { return nil }
      at -= 1
    }
    return nil
  }

  /// The nouns listed with 、 (the last after 和 or 及) in the clause before `end`; a
  /// list right after a figure does not start with that figure's noun (`counted`).
  private func listedNouns(before end: Int, floor: Int, after counted: String?) -> [String]? {
    var b = end
    while b > floor, let c = text[b - 1], !Self.endsClause(c) { b -= 1 }
    if b == floor, let counted, b > 0, text.has(Array(counted.unicodeScalars), at: b), end - b > counted.unicodeScalars.count + 2 {
      b += counted.unicodeScalars.count
    }
    var items = text.string(b..<end).split(separator: "、").map(String.init)
    guard items.count >= 2, let last = items.popLast() else { return nil }
    let tail = last.split(separator: "和", maxSplits: 1).flatMap { $0.split(separator: "及", maxSplits: 1) }.map(String.init)
    items += tail
    items = items.enumerated().map { i, item in i == 0 ? Self.withoutLeadWord(item) : item }
    guard items.allSatisfy({ (2...Self.maxLength).contains($0.unicodeScalars.count) }) else { return nil }
    return items
  }

  /// `item` without a lead word (全省, 其中) when two characters remain.
  private static func withoutLeadWord(_ item: String) -> String {
    let scalars = Array(item.unicodeScalars)
    guard let lead = leadWords.first(where: { scalars.starts(with: $0) }), scalars.count - lead.count >= 2 else { return item }
    return String(String.UnicodeScalarView(scalars[lead.count...]))
  }

  private static let respectively = Array("分别".unicodeScalars)

  /// What joins the items of a list of figures.
  private static let joiners = Set("、和及与".unicodeScalars)
  /// Punctuation that ends the clause a list is in (、 does not: it joins the list).
  private static let clauseEnds = Set(",\u{FF0C}\u{3002};\u{FF1B}:\u{FF1A}\n(".unicodeScalars)
  private static func endsClause(_ c: Unicode.Scalar) -> Bool { clauseEnds.contains(c) }
}
