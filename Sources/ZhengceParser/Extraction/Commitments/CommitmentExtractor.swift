import ZhengceCore

/// Finds the numeric commitments of a measure: every quantity with its unit,
/// comparator, range or raise, deadline and subject.
///
/// A hand-written scanner over the text's scalars. A number becomes a commitment
/// only with a unit (元, 人, %, 个百分点 …), as a fraction or ratio (`ratio`) or as
/// 翻N番 (`times`). Not commitments: numbers in 《titles》 and 〔2017〕41号, dates
/// (they become deadlines), telephone and index numbers, section markers, ordinals
/// (第一书记), Chinese numerals in slogans and names (一户一法, 十九大), counts that name a
/// concept (两项制度, 五个文明, a count the measure also quotes: “两项补贴”) unless a bound
/// makes them a target (至少两项制度), and durations of effort (经过一年时间).
///
/// 左右 after an upper bound or a lowering verb (控制在12%左右, 不超过…左右, 下降到5%左右)
/// is `<=`: the contract has no "approximately at most", and the analyst needs the limit.
/// 左右 alone or after 达到/提高到 stays `~`.
///
/// A per-scope (每县, 每个贫困村, 每人每年) goes into `per`, not the unit:
/// `省财政对每个项目县补助3000万元` → 30000000 元, subject `补助`, per `每个项目县`.
/// Units stay comparable across documents (元, 元/年), and the scope stays readable.
public struct CommitmentExtractor: Sendable {
  let vocabulary: CommitmentVocabulary
  private let subjectTails: [[Unicode.Scalar]]

  public init() { self.init(vocabulary: .standard) }

  init(vocabulary: CommitmentVocabulary) {
    self.vocabulary = vocabulary
    subjectTails = SubjectFinder.tailWords(raiseVerbs: vocabulary.raiseVerbs)
  }

  /// The commitments of `text`, in text order.
  /// - Parameters:
  ///   - text: one measure's text.
  ///   - documentDate: the document's date `YYYY-MM-DD`, the year of deadlines written without one.
  public func extract(from text: String, documentDate: String?) -> [Commitment] {
    extract(from: ScalarText(text), documentDate: documentDate)
  }

  /// Labels of a task's time limit in a task list: 完成时限:2021年12月31日.
  private static let limitLabels = ["完成时限", "完成时间", "时限要求"].map { Array($0.unicodeScalars) }

  /// The date a measure states as its time limit after a label (完成时限:2021年12月31日), which
  /// dates its targets with no date of their own; nil when none is stated.
  private static func statedLimit(in t: ScalarText, mentions: [DateMention]) -> String? {
    for m in mentions {
      var k = m.range.lowerBound
      while k > 0, t[k - 1] == " " { k -= 1 }
      guard k > 0, t[k - 1] == ":" || t[k - 1] == "\u{FF1A}" else { continue }
      if limitLabels.contains(where: { t.has($0, endingAt: k - 1) }) { return m.deadline }
    }
    return nil
  }

  /// `extract(from:documentDate:)` for text already decoded into scalars.
  /// - Parameters:
  ///   - goalYear: the year the headings above the measure name for its goals, or the
  ///     year of a year's list of work (`GoalHeading`): a target with no date of its own is due then.
  ///   - underGoals: whether a heading above the measure names its goals: a figure there
  ///     that nothing marks as a fact or a handout is a goal (城镇调查失业率6%左右).
  ///   - underReview: whether a heading above the measure names a review of the past
  ///     (第一章 规划背景): a figure there that nothing promises or hands out is a fact.
  public func extract(
    fromScalars scalars: [Unicode.Scalar], documentDate: String?, goalYear: Int? = nil, underGoals: Bool = false,
    underReview: Bool = false
  ) -> [Commitment] {
    extract(
      from: ScalarText(scalars: scalars), documentDate: documentDate, goalYear: goalYear, underGoals: underGoals,
      underReview: underReview)
  }

  private func extract(
    from t: ScalarText, documentDate: String?, goalYear: Int? = nil, underGoals: Bool = false, underReview: Bool = false
  ) -> [Commitment] {
    var (quantities, dates) = scan(t)
    // 单位:万元 ⏎ 杨兴乡 ⏎ 2: the figures of a table in its declared unit.
    let tabled = UnitTable(text: t, vocabulary: vocabulary).quantities().filter { q in !quantities.contains { $0.range.overlaps(q.range) } }
    if !tabled.isEmpty { quantities = (quantities + tabled).sorted { $0.range.lowerBound < $1.range.lowerBound } }
    guard !quantities.isEmpty else { return [] }
    let documentYear = documentDate.flatMap { Int($0.prefix(4)) }
    DeadlineResolver.resolveYears(&dates, documentYear: documentYear)
    distributeSuffixComparators(&quantities, in: t)
    distributePrefixComparators(&quantities, in: t)
    pairChanges(&quantities, in: t)
    let resolver = DeadlineResolver(text: t)
    let subjects = SubjectFinder(text: t, tails: subjectTails)
    let kinds = KindClassifier(
      text: t, cues: vocabulary.kindCues, reviewCues: vocabulary.reviewCues, quantities: quantities.map(\.range),
      timeUnits: vocabulary.timeUnits, documentYear: documentYear)
    let inReview = kinds.isReview()
    let statedLimit = Self.statedLimit(in: t, mentions: dates)
    var previousEnd = 0
    var out = quantities.indices.map { k in
      let q = quantities[k]
      let (phraseEnd, floor) = subjectBounds(of: q, previousEnd: previousEnd, dates: dates, in: t)
      previousEnd = q.range.upperBound
      let governing = q.targetDate == nil ? resolver.governing(at: q.numberStart, mentions: dates) : nil
      var deadline = q.targetDate == nil ? governing?.deadline : targetDeadline(q, resolver: resolver, documentYear: documentYear)
      let next = k + 1 < quantities.count ? quantities[k + 1].range.lowerBound : t.count
      let isLimit = q.targetDate != nil || governing.map { $0.marked || $0.followedByLimitVerb } == true
      // A paragraph opened by a limit to come (到2025年底前,…。…90%的乡镇卫生院达到…) sets goals for its
      // sentences as a heading of goals does.
      let headLimit = governing == nil && q.targetDate == nil ? resolver.paragraphHead(at: q.numberStart, mentions: dates) : nil
      let limitAhead = headLimit.map { head in !head.asOf && (head.year ?? 0) >= (documentYear ?? 0) } ?? false
      let kind = kinds.kind(of: q, nextQuantity: next, deadline: deadline, dateIsLimit: isLimit, inReview: inReview,
        underGoals: underGoals || limitAhead, underReview: underReview)
      if let governing, !DeadlineResolver.isDue(governing, kind: kind) { deadline = nil }
      // A baseline is a fact: its date says when it held (到2013年底…329万), never when it is due.
      if kind == .baseline { deadline = nil }
      if deadline == nil, governing == nil, q.targetDate == nil, kind == .target {
        deadline = statedLimit ?? resolver.paragraphHead(at: q.numberStart, mentions: dates)?.deadline ?? goalYear.map(String.init)
      }
      let (subject, per) = subjects.subject(of: q, phraseEnd: phraseEnd, floor: floor)
      return Commitment(
        surface: t.string(q.range), value: q.value, max: q.max, from: q.from, unit: q.unit, comparator: q.comparator,
        deadline: deadline, subject: subject, per: per, kind: kind)
    }
    // 25户以及100人以上的自然村: the list shares the subject written after its last item.
    for k in stride(from: out.count - 2, through: 0, by: -1) where out[k].subject == nil && quantities[k].distributed {
      out[k].subject = out[k + 1].subject
    }
    for (k, subject) in subjects.respectiveSubjects(of: quantities, found: out.map(\.subject)) { out[k].subject = subject }
    shareSubjects(&out, quantities, in: t)
    restate(&out, quantities, in: t)
    for k in out.indices.dropFirst() where out[k].subject == nil {
      out[k].subject = subjects.inherited(by: quantities[k], from: quantities[k - 1], subject: out[k - 1].subject)
    }
    return out
  }

  /// The date written between a raise verb and its target (减少到2015年的493万人) dates the
  /// value; it is a deadline only when it is not before the document's year. A change already
  /// made, or one in a document without a date, has none.
  private func targetDeadline(_ q: Quantity, resolver: DeadlineResolver, documentYear: Int?) -> String? {
    guard let range = q.targetDate, let date = resolver.read(at: range.lowerBound), let year = date.year, let documentYear,
      year >= documentYear
    else { return nil }
    return date.deadline
  }

  /// 由8.3万户23.7万人减少到3.1万户8.8万人: two counts change together. The reader sees
  /// 8.3万户, then 23.7万人 → 3.1万户 and 8.8万人; pair each start with the end in its unit.
  private func pairChanges(_ qs: inout [Quantity], in t: ScalarText) {
    var k = 1
    while k + 1 < qs.count {
      let (p, q, r) = (qs[k - 1], qs[k], qs[k + 1])
      guard let fromUnit = q.fromUnit, fromUnit != q.unit, p.unit == q.unit, r.unit == fromUnit, p.from == nil, r.from == nil,
        t.skipSpaces(p.range.upperBound) == q.range.lowerBound, t.skipSpaces(q.range.upperBound) == r.range.lowerBound
      else {
        k += 1
        continue
      }
      var first = q
      first.from = p.value
      first.fromUnit = q.unit
      var begin = p.range.lowerBound
      if let marker = vocabulary.fromMarkers.first(where: { t.has($0, endingAt: begin) }) { begin -= marker.count }
      first.range = begin..<q.range.upperBound
      var second = r
      second.from = q.from
      second.fromUnit = fromUnit
      if second.comparator == .equal { second.comparator = .to }
      second.targetDate = q.targetDate
      qs.replaceSubrange((k - 1)...(k + 1), with: [first, second])
      k += 1
    }
  }

  /// 26.01万户79.91万人, 50周岁以上60周岁以下女性贫困劳动力: quantities written back to back
  /// count the same thing, so one without a subject takes its neighbour's.
  private func shareSubjects(_ out: inout [Commitment], _ qs: [Quantity], in t: ScalarText) {
    guard out.count > 1 else { return }
    let adjacent = (0..<(out.count - 1)).map { t.skipSpaces(qs[$0].range.upperBound) == qs[$0 + 1].range.lowerBound }
    for k in adjacent.indices where adjacent[k] && out[k + 1].subject == nil { out[k + 1].subject = out[k].subject }
    for k in adjacent.indices.reversed() where adjacent[k] && out[k].subject == nil { out[k].subject = out[k + 1].subject }
  }

  /// Where the phrase before `q` may end and start: not into the previous quantity or a
  /// target date, and across a baseline date written right before it (比2010年翻一番).
  private func subjectBounds(of q: Quantity, previousEnd: Int, dates: [DateMention], in t: ScalarText) -> (Int, Int) {
    var floor = previousEnd
    var phraseEnd = q.range.lowerBound
    for d in dates where d.range.upperBound <= q.range.lowerBound {
      // 比2010年翻一番, 从 2011 年的 1149 万人: the date (and its 的) is all between.
      var after = t.skipSpaces(d.range.upperBound)
      if t[after] == "的" { after = t.skipSpaces(after + 1) }
      if d.reference && after >= q.range.lowerBound {
        phraseEnd = d.range.lowerBound
        while phraseEnd > 0, t[phraseEnd - 1] == " " { phraseEnd -= 1 }
        if let c = t[phraseEnd - 1], "比自从由".unicodeScalars.contains(c) { phraseEnd -= 1 }
      } else if !d.reference {
        floor = max(floor, d.range.upperBound)
      }
    }
    return (phraseEnd, min(floor, phraseEnd))
  }

  private static let indexNumber = Array("索引号".unicodeScalars)

  /// One pass: quantities and dates, skipping titles, 文号 and index numbers.
  private func scan(_ t: ScalarText) -> ([Quantity], [DateMention]) {
    var quantities: [Quantity] = []
    var dates: [DateMention] = []
    var reader = QuantityReader(text: t, vocabulary: vocabulary)
    let dateReader = DeadlineResolver(text: t)
    var i = 0
    while i < t.count {
      let c = t.s[i]
      switch c {
      case "《", "〈":
        i = closing(c == "《" ? "》" : "〉", in: t, from: i)
        continue
      case "〔":
        i = afterDocNumber(t, from: i)
        continue
      case "“":
        let close = closing("”", in: t, from: i, limit: 40)
        reader.quoteEnd = close > i + 1 ? close : i + 12
      default:
        break
      }
      if c == "索", t.has(Self.indexNumber, at: i) {
        i = t.skipSpaces(i + Self.indexNumber.count)
        while let d = t[i], d != "\n", d != " " { i += 1 }
        continue
      }
      let isDigit = CommitmentScalarClass.digit(c) != nil
      if isDigit || c == "上" || c == "下" || (c == "今" || c == "明") && t[i + 1] == "年", let date = dateReader.read(at: i) {
        dates.append(date)
        i = date.range.upperBound
        continue
      }
      if c == "百", let q = reader.percentWords(at: i) {
        quantities.append(q)
        i = q.range.upperBound
        continue
      }
      if c == "翻", let q = reader.doubling(at: i) {
        quantities.append(q)
        i = q.range.upperBound
        continue
      }
      if isDigit || NumberToken.mayStart(t, at: i) {
        if let q = reader.read(at: i) {
          quantities.append(q)
          i = q.range.upperBound
        } else {
          i = NumberToken.runEnd(t, at: i)
        }
        continue
      }
      i += 1
    }
    return (quantities, dates)
  }

  /// The index after the bracket closing the one at `i`; a missing close ends the skip at `limit`.
  private func closing(_ close: Unicode.Scalar, in t: ScalarText, from i: Int, limit: Int = 200) -> Int {
    var j = i + 1
    while j < t.count && j - i <= limit {
      if t.s[j] == close { return j + 1 }
      j += 1
    }
    return i + 1
  }

  /// Skips 〔2017〕41号 whole.
  private func afterDocNumber(_ t: ScalarText, from i: Int) -> Int {
    var j = closing("〕", in: t, from: i, limit: 8)
    guard j > i + 1 else { return j }
    var k = j
    while CommitmentScalarClass.digit(t[k]) != nil { k += 1 }
    if k > j, t[k] == "号" { j = k + 1 }
    return j
  }

  /// 25户以及100人以上: a suffix comparator distributes back over a coordinated list.
  private func distributeSuffixComparators(_ qs: inout [Quantity], in t: ScalarText) {
    guard qs.count > 1 else { return }
    for k in stride(from: qs.count - 2, through: 0, by: -1) {
      let next = qs[k + 1]
      guard next.suffixComparator, qs[k].comparator == .equal, qs[k].range.upperBound <= next.range.lowerBound else { continue }
      let gap = t.string(qs[k].range.upperBound..<next.range.lowerBound).trimmingSpaces
      if Self.coordinators.contains(gap) {
        qs[k].comparator = next.comparator
        qs[k].suffixComparator = true
        qs[k].distributed = true
      }
    }
  }

  /// 面积约0.9195公顷(13.7925亩), 每亩10.5万元(每公顷157.5万元): a figure in brackets right after
  /// another restates it in other units, so it is of the same thing, bound and kind; and a
  /// part in brackets (任务3700万元(其中:发展新型农村集体经济90万元)) is of the same kind.
  private func restate(_ out: inout [Commitment], _ qs: [Quantity], in t: ScalarText) {
    for k in qs.indices.dropFirst() {
      let (first, second) = (qs[k - 1].range, qs[k].range)
      if t[first.upperBound] == "(", t.has(Self.among, at: first.upperBound + 1), second.lowerBound > first.upperBound,
        second.lowerBound - first.upperBound <= Self.longestPartName,
        !(first.upperBound..<second.lowerBound).contains(where: { t[$0] == ")" })
      {
        out[k].kind = out[k - 1].kind
        out[k].deadline = out[k - 1].deadline
        continue
      }
      // The bracket may repeat the scope before the figure: (每公顷157.5万元).
      guard t[first.upperBound] == "(", second.lowerBound > first.upperBound, second.lowerBound - first.upperBound <= 5,
        t[second.upperBound] == ")", ((first.upperBound + 1)..<second.lowerBound).allSatisfy({ CommitmentScalarClass.isHan(t[$0]) })
      else { continue }
      if out[k].subject == nil || out[k].subject == out[k].per { out[k].subject = out[k - 1].subject }
      if out[k].comparator == .equal { out[k].comparator = out[k - 1].comparator }
      out[k].kind = out[k - 1].kind
      out[k].deadline = out[k - 1].deadline
    }
  }

  private static let among = Array("其中".unicodeScalars)
  /// Most scalars between a figure and a part of it in brackets: (其中:发展新型农村集体经济.
  private static let longestPartName = 24

  /// 分别不低于24%和30%: a bound written before the first of figures joined by a coordinator
  /// bounds each of them.
  private func distributePrefixComparators(_ qs: inout [Quantity], in t: ScalarText) {
    guard qs.count > 1 else { return }
    for k in 0..<(qs.count - 1) {
      let bound = qs[k].comparator
      guard !qs[k].suffixComparator, qs[k].from == nil, [.atLeast, .atMost, .above, .below].contains(bound),
        qs[k + 1].comparator == .equal, qs[k + 1].unit == qs[k].unit, qs[k].range.upperBound <= qs[k + 1].range.lowerBound,
        Self.coordinators.contains(t.string(qs[k].range.upperBound..<qs[k + 1].range.lowerBound).trimmingSpaces)
      else { continue }
      qs[k + 1].comparator = bound
    }
  }

  private static let coordinators: Set<String> = ["以及", "及", "和", "与", "或", "、"]
}

extension String {
  fileprivate var trimmingSpaces: String {
    String(unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" }.map(Character.init))
  }
}
