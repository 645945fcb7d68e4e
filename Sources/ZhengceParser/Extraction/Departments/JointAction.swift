import ZhengceCore

extension DepartmentExtractor {
  /// `A会同B、C…`: A leads and B, C support. Without a body before the cue
  /// (全年会同财政、审计部门开展检查) the sentence names no attribution of its own: the
  /// issuer acts, and a measure so worded keeps the departments it inherits (an
  /// annex carrying out a task of the plan).
  func scanJointly(_ scan: inout Scan) {
    let t = scan.text
    let cues = jointly
    for i in 0..<t.count where cues.index.mayStart(t.scalars[i]) && !scan.isConsumed(i) {
      guard let k = cues.index.words(startingWith: t.scalars[i]).first(where: { t.has(cues.words[$0], at: i) }) else { continue }
      let after = i + cues.words[k].count
      var end = after
      while end < t.count, end - after < Self.longestNames, !AttributionText.isClauseBreak(t.scalars[end]), end != t.headingEnd { end += 1 }
      // 会同有关部门: the partners are no department named, and the body before still leads.
      guard let lead = actor(endingAt: i, in: t, scan) else { continue }
      let partners = self.partners(t, after..<end)
      for item in lead.items { scan.add(item, role: .lead) }
      for item in partners { scan.add(item, role: .support) }
      scan.consume(lead.start..<(partners.last?.range.upperBound ?? after))
    }
  }

  /// The bodies listed at the start of `chunk`: known ones (省扶贫办制定… → 省扶贫办), or
  /// names that look like departments (发改委、统战部、财政局), the last one as short as it can be.
  private func partners(_ t: AttributionText, _ chunk: Range<Int>) -> [Item] {
    if let found = leadingActor(t, chunk) { return found }
    let start = (chunk.lowerBound..<chunk.upperBound).last { t.scalars[$0] == "、" }.map { $0 + 1 } ?? chunk.lowerBound
    guard chunk.upperBound >= start + 2,
      var end = ((start + 2)...chunk.upperBound).first(where: { registry.endsLikeDepartment(t.scalars[start..<$0]) })
    else { return [] }
    // 部 → 部门, 委 → 委员会: the longer ending when the text goes on with it.
    while let more = [1, 2].first(where: { end + $0 <= chunk.upperBound && registry.endsLikeDepartment(t.scalars[start..<(end + $0)]) }) {
      end += more
    }
    let found = items(t, chunk.lowerBound..<end).filter { !registry.isPlaceholder($0.name) }
    return found.allSatisfy { isDepartmentLike($0.name) } ? found : []
  }

  /// The bodies named right before `end` in the same clause (`由` before them
  /// left out), when every one of them is a department.
  private func actor(endingAt end: Int, in t: AttributionText, _ scan: Scan) -> (start: Int, items: [Item])? {
    var start = end
    while start > 0, end - start < Self.longestNames, !t.endsClause(before: start), !scan.isConsumed(start - 1) {
      start -= 1
    }
    // 任务由A会同B: the actor follows 由.
    if let you = (start..<end).last(where: { t.scalars[$0] == "由" }) { start = you + 1 }
    let found = items(t, start..<end)
    guard !found.isEmpty, found.allSatisfy({ registry.isStrictDepartment($0.name) }) else { return nil }
    return (start, found)
  }
}
