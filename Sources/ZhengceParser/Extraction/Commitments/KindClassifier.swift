import ZhengceCore

/// Tells a promise from a statistic: whether a quantity is a `target`, a `baseline`, an
/// `allocation` or a `standard`, from the words of its sentence (cue lists in
/// `commitment-vocabulary.json`, `kindCues`).
///
/// In order, the first that holds:
/// 0. `allocation`: money a verb in its clause hands out (下达, 安排) and the clause does not
///    promise, whatever its year (安排下达…2017年度资金16175万元 in a 2018 notice).
/// 1. `baseline`: the quantity's date is before the document's year (减少到2015年的493万人
///    in a 2016 plan), unless the measure is headed as targets and its clause reaches for
///    the figure (任务目标: 2018年,…实现0.98万名贫困人口脱贫 in a plan dated 2019).
/// 2. `standard`: its clause names a norm (标准, 权重, 期限, 单座) or it is a rate (元/年),
///    and no verb in the clause hands it out (下达, 安排).
/// 3. `baseline`: the measure reviews the past (“十二五”以来, 取得…成效) and the sentence
///    promises nothing, or the sentence states the present or past (现有, 截至, 已).
/// 4. `standard` for money or a bound per scope (每座补助4万元, 每座棚圈不少于10只羊) that no
///    verb hands out, `allocation` for money handed out (下达, 安排, 资金 … in its clause)
///    that the clause does not promise.
/// 5. `target`: a deadline, a promise in the sentence (确保, 力争) or a goal word in the
///    clause (达到, 新建 …); then
///    `allocation` for counts handed out (6个项目); then `target` for a bound or a change.
/// 6. `allocation` for other money and `baseline` for other counts: a figure stated
///    without a goal is what there is.
struct KindClassifier {
  private let text: ScalarText
  private let documentYear: Int?
  /// Where each `KindCue` list's words are written in the measure.
  private let cues: [CueOccurrences]

  /// Whether the measure's heading (its first line) names targets: 任务目标, 工作目标.
  private let headedAsTargets: Bool

  init(text: ScalarText, cues: CueSet, documentYear: Int?) {
    self.text = text
    self.documentYear = documentYear
    self.cues = cues.occurrences(in: text)
    var k = 0
    while k < text.count, k < Self.maxHeading, let c = text[k], c != "\n" { k += 1 }
    headedAsTargets = k < text.count && (0..<max(0, k - 1)).contains { text[$0] == "目" && text[$0 + 1] == "标" }
  }

  /// Longest heading read for 目标.
  private static let maxHeading = 20

  private var target: CueOccurrences { cues[CommitmentVocabulary.KindCue.target.rawValue] }
  private var goal: CueOccurrences { cues[CommitmentVocabulary.KindCue.goal.rawValue] }
  private var baseline: CueOccurrences { cues[CommitmentVocabulary.KindCue.baseline.rawValue] }
  private var review: CueOccurrences { cues[CommitmentVocabulary.KindCue.review.rawValue] }
  private var allocation: CueOccurrences { cues[CommitmentVocabulary.KindCue.allocation.rawValue] }
  private var allocationVerbs: CueOccurrences { cues[CommitmentVocabulary.KindCue.allocationVerbs.rawValue] }
  private var standard: CueOccurrences { cues[CommitmentVocabulary.KindCue.standard.rawValue] }
  private var standardAfter: CueOccurrences { cues[CommitmentVocabulary.KindCue.standardAfter.rawValue] }

  func kind(of q: Quantity, deadline: String?, inReview: Bool) -> QuantityKind {
    let sentence = sentenceStart(before: q.range.lowerBound)..<q.range.lowerBound
    let clause = clauseStart(before: q.range.lowerBound)..<q.range.lowerBound
    let after = q.range.upperBound..<clauseEnd(after: q.range.upperBound)
    let year = deadline.flatMap { Int($0.prefix(4)) }
    let promised = target.any(in: sentence)
    let money = q.unit == "元" || q.unit.hasPrefix("元/")
    let handsOut = allocationVerbs.any(in: clause)
    let handedOut = handsOut || allocation.any(in: clause) || allocation.any(in: after)
    // Money handed out is an allocation whenever it was (2017年度资金16175万元 in a 2018 notice).
    if money && handsOut && !target.any(in: clause) { return .allocation }
    if let year, let documentYear, year < documentYear,
      !(headedAsTargets && goal.any(in: clause) && !baseline.any(in: sentence))
    {
      return .baseline
    }
    if !handsOut, standard.any(in: clause) || standardAfter.any(in: after) || q.unit.contains("/") { return .standard }
    if inReview && !promised { return .baseline }
    if baseline.any(in: sentence) && !target.any(in: clause) { return .baseline }
    // 每座补助4万元, 每座棚圈不少于10只羊: a norm per unit, unless a verb hands it out.
    if scoped(clause), !handsOut, money || q.comparator != .equal { return .standard }
    if money && handedOut && !target.any(in: clause) { return .allocation }
    if year != nil || promised || goal.any(in: clause) { return .target }
    if handedOut { return .allocation }
    switch q.comparator {
    case .atLeast, .atMost, .above, .below, .to: return .target
    default: break
    }
    return money ? .allocation : .baseline
  }

  /// Whether a measure reviews what was done (“十二五”以来, 取得…成效): its figures
  /// without a promise are facts.
  func isReview() -> Bool {
    !review.isEmpty
  }

  /// 每座, 每人每年 written in the clause: a norm per unit of something.
  private func scoped(_ range: Range<Int>) -> Bool {
    range.contains { text[$0] == "每" }
  }

  private func sentenceStart(before i: Int) -> Int {
    var b = i
    while b > 0, let c = text[b - 1], !CommitmentScalarClass.endsSentence(c) { b -= 1 }
    return b
  }

  private func clauseStart(before i: Int) -> Int {
    var b = i
    while b > 0, let c = text[b - 1], !Self.endsKindClause(c) { b -= 1 }
    return b
  }

  private func clauseEnd(after i: Int) -> Int {
    var e = i
    while e < text.count, let c = text[e], !Self.endsKindClause(c) { e += 1 }
    return e
  }

  /// Commas and stops end the clause a cue must share with its quantity; 、 does not
  /// (巴州区2405万元、恩阳区1956万元 are one list).
  private static func endsKindClause(_ c: Unicode.Scalar) -> Bool {
    c != "、" && c != "(" && c != ")" && CommitmentScalarClass.endsClause(c)
  }
}
