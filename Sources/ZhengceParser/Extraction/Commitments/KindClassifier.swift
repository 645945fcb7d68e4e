import ZhengceCore

/// Tells a promise from a statistic: whether a quantity is a `target`, a `baseline`, an
/// `allocation` or a `standard`, from the words of its sentence (cue lists in
/// `commitment-vocabulary.json`, `kindCues`).
///
/// In order, the first that holds:
/// 1. `allocation`: money a verb in its clause hands out (下达, 安排) and the clause does not
///    promise, whatever its year (安排下达…2017年度资金16175万元 in a 2018 notice); a place's
///    share in a list after a colon, or the total the list breaks down (`PlaceShares`).
/// 2. `standard`: a bound that says who or what qualifies (`EligibilityThreshold`: 70周岁以上
///    老人, 贫困发生率10%以上的非贫困村; a bound after 符合, 年满 or before 可予…补助 in an
///    unpromised sentence); a clause that names a norm (标准, 权重, 期限, 单座; 过渡期 or
///    …的标准 after it) or a rate (元/年) and no verb in the clause hands it out; a floor or
///    cap on a subsidy (补助…不超过); a period or time limit not promised (5年过渡期, 7天内).
/// 3. `baseline`: the quantity's date is before the document's year (减少到2015年的493万人
///    in a 2016 plan); the measure reviews the past (“十二五”以来, 取得…成效) and the
///    sentence promises nothing and sets no limit to come; or the sentence states the
///    present or past (现有, 截至, 已) and no year still running plans it.
/// 4. Per scope (每座, 每村), unless promised or handed out by a verb: `allocation` for funds
///    (每村扶持资金30万元), `standard` for a subsidy or a bound (每座补助4万元, 每座棚圈不少于
///    10只羊).
/// 5. `allocation` for money handed out (下达, 安排, 资金, 用于 … around it) that the clause
///    does not promise.
/// 6. `target`: a promise in the sentence (确保, 力争, 今明两年) or a goal word in the clause
///    (达到, 新建 …); or a year written as a limit (到2020年, 3月底前, 2019年全面完成), a year
///    followed by a goal, or, in a document of known date, a bare year for what is not
///    handed out.
/// 7. `allocation` for what is handed out (6个项目, 2025年计划实施…76个项目); then `target`
///    for a bound or a change; then `allocation` for other money and `baseline` for other
///    counts: a figure stated without a goal is what there is (2015年建制乡镇182个).
struct KindClassifier {
  private let text: ScalarText
  private let documentYear: Int?
  /// Units of a duration (天, 个月, 年): a period or time limit is a norm.
  private let timeUnits: Set<String>
  /// Where each `KindCue` list's words are written in the measure.
  private let cues: [CueOccurrences]

  /// Whether the measure's heading (its first line) names targets: 任务目标, 工作目标.
  private let headedAsTargets: Bool
  private static let maxHeading = 20

  /// - Parameters:
  ///   - cues: every `KindCue` list; `reviewCues`: the review list and the not-cues.
  ///   - quantities: where the measure's quantities are written. Every cue a quantity is
  ///     classified by is in its sentence, so elsewhere only review words are looked for
  ///     (no cue word spans a sentence end).
  init(
    text: ScalarText, cues: CueSet, reviewCues: CueSet, quantities: [Range<Int>], timeUnits: Set<String>, documentYear: Int?
  ) {
    self.text = text
    self.documentYear = documentYear
    self.timeUnits = timeUnits
    var k = 0
    while k < text.count, k < Self.maxHeading, let c = text[k], c != "\n" { k += 1 }
    headedAsTargets = k < text.count && (0..<max(0, k - 1)).contains { text[$0] == "目" && text[$0 + 1] == "标" }
    var found = [CueOccurrences](repeating: CueOccurrences(), count: CommitmentVocabulary.KindCue.allCases.count)
    var scanned = 0
    for sentence in Self.sentences(holding: quantities, in: text) {
      if scanned < sentence.lowerBound {
        var between = reviewCues.occurrences(in: text, range: scanned..<sentence.lowerBound)
        between[0].remove(overlapping: between[1])
        found[CommitmentVocabulary.KindCue.review.rawValue].append(between[0])
      }
      let inside = cues.occurrences(in: text, range: sentence)
      for list in found.indices { found[list].append(inside[list]) }
      scanned = sentence.upperBound
    }
    if scanned < text.count {
      var after = reviewCues.occurrences(in: text, range: scanned..<text.count)
      after[0].remove(overlapping: after[1])
      found[CommitmentVocabulary.KindCue.review.rawValue].append(after[0])
    }
    var masks = found[CommitmentVocabulary.KindCue.notCues.rawValue]
    // 《2025年县<政府工作报告>任务分解》明确133项具体任务: a title cited is a name; its words cue nothing.
    masks.append(Self.citedTitles(in: text))
    for k in found.indices where k != CommitmentVocabulary.KindCue.notCues.rawValue { found[k].remove(overlapping: masks) }
    found[CommitmentVocabulary.KindCue.baseline.rawValue].removeAll(startingWhere: { Self.isAttributive($0, in: text) })
    // 下达我旗开发式帮扶任务3700万元: a task written right before its sum names the sum, it promises nothing.
    found[CommitmentVocabulary.KindCue.target.rawValue].removeAll(startingWhere: { Self.namesASum($0, in: text) })
    self.cues = found
  }

  private var target: CueOccurrences { cues[CommitmentVocabulary.KindCue.target.rawValue] }
  private var goal: CueOccurrences { cues[CommitmentVocabulary.KindCue.goal.rawValue] }
  private var baseline: CueOccurrences { cues[CommitmentVocabulary.KindCue.baseline.rawValue] }
  private var review: CueOccurrences { cues[CommitmentVocabulary.KindCue.review.rawValue] }
  private var allocation: CueOccurrences { cues[CommitmentVocabulary.KindCue.allocation.rawValue] }
  private var allocationVerbs: CueOccurrences { cues[CommitmentVocabulary.KindCue.allocationVerbs.rawValue] }
  private var standard: CueOccurrences { cues[CommitmentVocabulary.KindCue.standard.rawValue] }
  private var standardAfter: CueOccurrences { cues[CommitmentVocabulary.KindCue.standardAfter.rawValue] }
  private var funds: CueOccurrences { cues[CommitmentVocabulary.KindCue.funds.rawValue] }
  private var subsidy: CueOccurrences { cues[CommitmentVocabulary.KindCue.subsidy.rawValue] }
  private var reward: CueOccurrences { cues[CommitmentVocabulary.KindCue.reward.rawValue] }
  private var eligibility: CueOccurrences { cues[CommitmentVocabulary.KindCue.eligibility.rawValue] }
  private var eligibilityAfter: CueOccurrences { cues[CommitmentVocabulary.KindCue.eligibilityAfter.rawValue] }

  /// 按…的1%: 的 right before the figure and 按 earlier in its clause.
  private func isRateOfABase(_ q: Quantity, clause: Range<Int>) -> Bool {
    guard q.range.lowerBound > clause.lowerBound else { return false }
    // 按1%提取项目管理费: the rate right after 按.
    if text[q.range.lowerBound - 1] == "按" { return true }
    return text[q.range.lowerBound - 1] == "的" && clause.contains { text[$0] == "按" }
  }

  /// Whether the rest of the figure's sentence part scores it (优秀得票率在90%及以上的,得满分200分;
  /// …60%以下的,扣2分): a threshold of a scoring rule, up to the next semicolon or full stop.
  private func isScored(_ q: Quantity) -> Bool {
    var i = q.range.upperBound
    while i < text.count, let c = text[i], c != ";" && c != "。" {
      if c == "得" || c == "扣" || c == "减" || c == "加" {
        var j = i + 1
        if text[j] == "满" { return text[j + 1] == "分" }
        var digits = 0
        while let d = text[j], CommitmentScalarClass.digit(d) != nil || d == "." {
          digits += 1
          j += 1
        }
        if digits > 0, text[j] == "分" { return true }
      }
      i += 1
    }
    return false
  }

  /// 全社会固定资产投资79.82亿元,同比增长31.8%: a figure compared with the same period of the
  /// year before (同比, 同期), right after it, is a statistic of what was.
  private func comparedYearOnYear(_ q: Quantity, nextQuantity: Int) -> Bool {
    let end = min(nextQuantity, sentenceEnd(after: q.range.upperBound))
    guard end > q.range.upperBound + 1 else { return false }
    return (q.range.upperBound..<(end - 1)).contains { text[$0] == "同" && (text[$0 + 1] == "比" || text[$0 + 1] == "期") }
  }

  /// Units of distance: a figure of them with 范围内 after it bounds a zone.
  static let distances: Set<String> = ["米", "公里", "千米"]

  /// 范围内 or 以内 right after the figure, or closing it as its bound (一公里范围内).
  private func boundsZone(_ q: Quantity) -> Bool {
    let i = q.range.upperBound
    if Self.zoneEnds.contains(where: { text.has($0, endingAt: i) }) { return true }
    return (text[i] == "范" || text[i] == "範") && (text[i + 1] == "围" || text[i + 1] == "圍") || text[i] == "以" && text[i + 1] == "内"
  }

  private static let zoneEnds = ["范围内", "範圍內", "以内"].map { Array($0.unicodeScalars) }

  /// A span of days, weeks, months or years written just before the count (3天2次, 每7天进行一次).
  private func isOverASpan(_ q: Quantity, clause: Range<Int>) -> Bool {
    var i = q.range.lowerBound - 1
    while i > max(clause.lowerBound, q.range.lowerBound - Self.spanReach) {
      if let c = text[i], Self.spans.contains(c) {
        var digits = 0
        while let d = text[i - 1 - digits], CommitmentScalarClass.digit(d) != nil { digits += 1 }
        // 2021年开展2次: a year dates the count, it is no span.
        if digits > 0, digits < 4 { return true }
      }
      i -= 1
    }
    return false
  }

  private static let spans: Set<Unicode.Scalar> = ["天", "日", "周", "月", "年"]
  /// How far before a count its span may be written (每7天进行一次: five scalars).
  private static let spanReach = 6

  /// Units that count things or items (个, 项, 方面), not an amount reached.
  static let countsThings: Set<String> = ["个", "项", "方面", "类", "条", "件", "批"]

  /// - Parameters:
  ///   - nextQuantity: where the next quantity of the measure starts (the end of the text
  ///     for the last), past which the words after `q` are not its own.
  ///   - deadline: the date that governs `q`, if any.
  ///   - dateIsLimit: that date is written as a limit (到2020年, 3月底前, 2019年全面完成),
  ///     not a bare year that may only date the figure.
  ///   - underGoals: a heading above names the measure's goals (主要预期目标).
  ///   - underReview: a heading above names a review of the past (规划背景, 发展基础).
  func kind(
    of q: Quantity, nextQuantity: Int, deadline: String?, dateIsLimit: Bool, inReview: Bool, underGoals: Bool,
    underReview: Bool = false
  ) -> QuantityKind {
    // A limit written before the figure (2020年3月底前…), not the year a change reached (减少到2015年的493万人).
    let limitToCome = dateIsLimit && q.targetDate == nil
    let sentence = sentenceStart(before: q.range.lowerBound)..<q.range.lowerBound
    let clause = clauseStart(before: q.range.lowerBound)..<q.range.lowerBound
    let after = q.range.upperBound..<clauseEnd(after: q.range.upperBound, nextQuantity: nextQuantity)
    let year = deadline.flatMap { Int($0.prefix(4)) }
    let promised = target.any(in: sentence)
    let money = q.unit == "元" || q.unit.hasPrefix("元/")
    let handsOut = allocationVerbs.any(in: clause)
    // 把粮食播种面积83万亩分解到乡镇: a verb after the figure hands it out too.
    let handedOut = handsOut || allocation.any(in: clause) || allocation.any(in: after) || allocationVerbs.any(in: after)
    let aimed = goal.any(in: clause)
    // Money handed out is an allocation whenever it was (2017年度资金16175万元 in a 2018 notice).
    if money && handsOut && !target.any(in: clause) { return .allocation }
    if PlaceShares.isShare(q, in: text) { return .allocation }
    if EligibilityThreshold.qualifiesNoun(q, in: text) || (EligibilityThreshold.isBound(q.comparator) && !promised
        && (eligibility.any(in: sentence) || eligibilityAfter.any(in: q.range.upperBound..<sentenceEnd(after: q.range.upperBound)))) {
      return .standard
    }
    // 低于8000元(2014年不变价)、…5%以上的标准: a norm word after a list covers every item.
    let wholeClause = q.range.upperBound..<clauseEnd(after: q.range.upperBound, nextQuantity: text.count)
    // 满分100分, 得1.5分, 60分以下为不合格: a score is the scoring rule's, unless promised (力争得分90分以上),
    // and so is a threshold that earns one (得票率在90%及以上的,得满分200分).
    if !promised, q.unit == "分" || isScored(q) { return .standard }
    // 月最低工资标准分为3类:1240元、1100元、950元: the norm named before a colon covers the list after it.
    let normBeforeColon = clause.lowerBound > sentence.lowerBound && text[clause.lowerBound - 1] == ":"
      && standard.any(in: sentence.lowerBound..<clause.lowerBound)
    if !handsOut, standard.any(in: clause) || normBeforeColon || standardAfter.any(in: wholeClause) || q.unit.contains("/") {
      return .standard
    }
    // 年人均补助资金不低于15元, …给予补助,最高不超过60万元: a floor or cap on a subsidy is a norm.
    if money, !handsOut, EligibilityThreshold.isBound(q.comparator), subsidy.any(in: sentence) { return .standard }
    // 给予10万元的一次性奖励, 分别奖励2万元和1万元: a reward's sum is a norm for whoever earns it.
    if money, !handsOut, !promised, reward.any(in: clause) || reward.any(in: wholeClause) { return .standard }
    // 距离林业用地边缘100米范围内: a distance that bounds a zone is a norm, unless promised.
    if !promised, !aimed, Self.distances.contains(q.unit), boundsZone(q) { return .standard }
    // 3天2次核酸检测, 每7天进行一次: how often, over a span of time, is a norm unless promised.
    if !promised, !aimed, q.unit == "次", isOverASpan(q, clause: clause) { return .standard }
    // 5年过渡期, 7天内, 连续鸣3分钟: a period or time limit is a norm unless promised (力争…30分钟内上高速).
    // Among a plan's goals, a time to reach (开办企业0.5个工作日内完成) is one of them.
    if timeUnits.contains(q.unit), !promised, !aimed, !(underGoals && goal.any(in: wholeClause)), q.comparator != .below,
      q.comparator != .above, q.comparator != .to
    {
      return .standard
    }
    // 任务目标: 2018年,…实现0.98万名贫困人口脱贫 in a plan dated 2019: a past year's figure
    // under a heading of targets, reached for in its clause, is still a target.
    if let year, let documentYear, year < documentYear,
      !(headedAsTargets && aimed && !baseline.any(in: sentence))
    {
      return .baseline
    }
    // A measure that reviews the past may still set a limit to come (2020年3月底前…90%以上).
    if inReview && !promised && !limitToCome { return .baseline }
    // 2019年对剩余的13.56万贫困人口…进行扫尾 in a 2019 document: a year still running plans.
    let yearToCome = year.map { y in documentYear.map { y >= $0 } ?? false } ?? false
    if (baseline.any(in: sentence) || comparedYearOnYear(q, nextQuantity: nextQuantity)) && !target.any(in: clause) && !yearToCome {
      return .baseline
    }
    // 分解为15项工作目标和37项工作任务, 涉及42个牵头部门: the parts work is divided into are
    // handed out, unless a goal in the clause is to reach them (完成10项重点任务).
    if !aimed, countsDividedWork(q) { return .allocation }
    // 每座补助4万元, 每座棚圈不少于10只羊: a norm per unit, unless a verb hands it out or the
    // sentence promises it (力争每个重点县有2—3个主导产业); 每村扶持资金30万元 names funds to
    // spend, not a subsidy: a share handed out.
    if scoped(clause), !handsOut, !promised, money || q.comparator != .equal {
      let named = funds.any(in: clause) || funds.any(in: after)
      return money && q.comparator == .equal && named && !subsidy.any(in: clause) ? .allocation : .standard
    }
    // 每人每月增加15元,由125元提高到140元: a sum per head raised from one level to another is a norm changed.
    if money, q.comparator == .to, !promised, scoped(sentence) { return .standard }
    // 按形成固定资产实际投资额的1%给予奖励: a share of a base it is paid on is a rate.
    if q.unit == "%", !promised, isRateOfABase(q, clause: clause) { return .standard }
    // 铁路投资8000亿元以上 among a year's goals: a level of spending to reach, not a sum handed out.
    let bound = q.comparator == .atLeast || q.comparator == .above || q.comparator == .approximately
    if money, underGoals, !handsOut, bound, !inReview, !baseline.any(in: sentence) { return .target }
    if money && handedOut && !target.any(in: clause) { return .allocation }
    // Under a heading that reviews the past, what is neither promised nor handed out was
    // done (建成四级航道791公里) or measured (人均生产总值24523元).
    if underReview, !promised, !limitToCome, !handedOut { return .baseline }
    if promised || aimed { return .target }
    // A bare year dates what is handed out in it (2025年计划实施五大类76个项目) and, in a
    // document of unknown year, what there was then (2015年建制乡镇182个), unless a goal
    // follows (2020年,4575户贫困户…实现脱贫).
    if year != nil, dateIsLimit || goal.any(in: wholeClause) || (documentYear != nil && !handedOut) { return .target }
    if handedOut { return .allocation }
    switch q.comparator {
    case .atLeast, .atMost, .above, .below, .to: return .target
    default: break
    }
    // Under a heading of goals (主要预期目标), a figure nothing marks as a fact is one of them;
    // a count of things (8个…断面中, 10方面工作) names what the goals are about, not a goal.
    if underGoals, !money, !inReview, !baseline.any(in: sentence), !Self.countsThings.contains(q.unit) { return .target }
    return money ? .allocation : .baseline
  }

  /// Whether a measure reviews what was done (“十二五”以来, 取得…成效): its figures
  /// without a promise are facts.
  func isReview() -> Bool {
    !review.isEmpty
  }

  /// The spans of 《titles》 cited in the text, outermost only.
  private static func citedTitles(in text: ScalarText) -> CueOccurrences {
    var titles = CueOccurrences()
    var depth = 0
    var start = 0
    for i in 0..<text.count {
      switch text.s[i] {
      case "《":
        if depth == 0 { start = i }
        depth += 1
      case "》" where depth > 0:
        depth -= 1
        if depth == 0 { titles.add(start..<(i + 1)) }
      case "\n":
        depth = 0
      default: break
      }
    }
    return titles
  }

  /// What a plan divides its work into (15项工作目标, 37项工作任务, 27项约束性考核指标, 42个牵头部门):
  /// nouns that end the phrase a count of things counts.
  private static let dividedWork = ["任务", "任務", "目标", "目標", "指标", "指標", "事项", "事項", "工作", "牵头单位", "牽頭單位", "责任单位",
    "責任單位", "牵头部门", "牽頭部門", "责任部门", "責任部門"].map { Array($0.unicodeScalars) }
  private static let maxDividedNoun = 10

  /// Whether the count `q` counts the parts a document divides its work into: the Han run
  /// right after it ends with one of `dividedWork`.
  private func countsDividedWork(_ q: Quantity) -> Bool {
    guard Self.countsThings.contains(q.unit) || q.unit == "方面" else { return false }
    var e = q.range.upperBound
    while e - q.range.upperBound < Self.maxDividedNoun, CommitmentScalarClass.isHan(text[e]) { e += 1 }
    return e > q.range.upperBound && Self.dividedWork.contains { text.has($0, endingAt: e) }
  }

  /// 任务 or 任務 right before a number: the task's sum, not a promise.
  private static func namesASum(_ start: Int, in text: ScalarText) -> Bool {
    (text[start] == "任" && (text[start + 1] == "务" || text[start + 1] == "務")) && CommitmentScalarClass.digit(text[start + 2]) != nil
  }

  /// 已 that opens a phrase ending in 的 describes a noun (对已编制完成的村庄规划进行评估,
  /// 已脱贫的人口), it does not state what was done.
  private static func isAttributive(_ start: Int, in text: ScalarText) -> Bool {
    guard text[start] == "已" else { return false }
    var j = start + 1
    while j - start <= 8, let c = text[j], !CommitmentScalarClass.endsClause(c) {
      if c == "的" { return true }
      j += 1
    }
    return false
  }

  /// 每座, 每人每年 written in the clause: a norm per unit of something.
  private func scoped(_ range: Range<Int>) -> Bool {
    range.contains { text[$0] == "每" }
  }

  private func sentenceStart(before i: Int) -> Int {
    Self.sentenceStart(before: i, in: text)
  }

  /// The sentences that hold `quantities` (in order), merged where they touch.
  private static func sentences(holding quantities: [Range<Int>], in text: ScalarText) -> [Range<Int>] {
    var out: [Range<Int>] = []
    for q in quantities.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      let end = sentenceEnd(after: q.upperBound, in: text)
      let start = sentenceStart(before: q.lowerBound, in: text)
      if let last = out.last, start <= last.upperBound {
        out[out.count - 1] = last.lowerBound..<max(last.upperBound, end)
      } else {
        out.append(start..<end)
      }
    }
    return out
  }

  private static func sentenceStart(before i: Int, in text: ScalarText) -> Int {
    var b = i
    while b > 0, let c = text[b - 1], !CommitmentScalarClass.endsSentence(c) { b -= 1 }
    return b
  }

  private func sentenceEnd(after i: Int) -> Int {
    Self.sentenceEnd(after: i, in: text)
  }

  private static func sentenceEnd(after i: Int, in text: ScalarText) -> Int {
    var e = i
    while e < text.count, let c = text[e], !CommitmentScalarClass.endsSentence(c) { e += 1 }
    return e
  }

  private func clauseStart(before i: Int) -> Int {
    var b = i
    while b > 0, let c = text[b - 1], !Self.endsKindClause(c) { b -= 1 }
    return b
  }

  /// The end of the words that follow a quantity: the clause's end or the next quantity,
  /// whose words are its own (21个市(州)和“四大片区”88个贫困县…下达).
  private func clauseEnd(after i: Int, nextQuantity: Int) -> Int {
    var e = i
    while e < nextQuantity, e < text.count, let c = text[e], !Self.endsKindClause(c) { e += 1 }
    return e
  }

  /// Commas and stops end the clause a cue must share with its quantity; 、 does not
  /// (巴州区2405万元、恩阳区1956万元 are one list), nor do brackets and quotation marks
  /// inside a phrase (新建“一池三改”户用沼气工程8万处).
  private static func endsKindClause(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "、", "(", ")", "“", "”", "《", "》": return false
    default: return CommitmentScalarClass.endsClause(c)
    }
  }
}
