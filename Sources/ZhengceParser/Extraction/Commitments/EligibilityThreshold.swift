import ZhengceCore

/// Tells a bound that defines who or what qualifies (年满70周岁以上的老人, 人均收入625元以下的
/// 家庭, 贫困发生率10%以上的非贫困村) from a bound to reach (增长10%以上): the first is a
/// `standard`, a norm of eligibility, not a `target`.
///
/// A bound qualifies a noun when the noun follows it, after 的 (贫困发生率10%以上的非贫困村,
/// 60—69周岁(含60周岁、69周岁)的老人) or, for 以上/以下 written after the unit, right after
/// it: an age (70周岁以上老人), or a phrase that goes on to a 的 (直接带动20户以上贫困户或…
/// 脱贫致富的项目). A share before a noun that goes on to a verb is a target
/// (95%以上农户用上电).
enum EligibilityThreshold {
  /// Scalars that, right after 以上/以下, start no noun but the rest of a sentence whose
  /// subject the bound is: conjunctions, adverbs and verbs (10%以上并…, 5万元以上为…,
  /// 贫困人口80%以上集中分布在…, 90%以上均已…).
  private static let noNounStart: Set<Unicode.Scalar> = Set("和及与或并且而为是则即等集分均都已将要需得实达用在由属來来".unicodeScalars)
  /// 170多亿元的基金, 2万余人的: more than a figure, not a bound on what follows.
  private static let more: Set<Unicode.Scalar> = ["多", "余", "餘"]

  /// Whether `comparator` bounds a value (以上, 不超过, 1—2) rather than states it.
  static func isBound(_ comparator: Comparator) -> Bool {
    switch comparator {
    case .atLeast, .atMost, .above, .below, .range: true
    case .equal, .approximately, .to: false
    }
  }

  /// Whether `q` is a bound that picks out a noun after it.
  static func qualifiesNoun(_ q: Quantity, in text: ScalarText) -> Bool {
    guard isBound(q.comparator) else { return false }
    if q.comparator == .above, q.range.contains(where: { text[$0].map(more.contains) ?? false }) { return false }
    var j = q.range.upperBound
    if text[j] == "(" || text[j] == "\u{FF08}" {
      // (含70周岁), (2014年不变价): a note on the bound, then what it qualifies.
      let open = j
      while let c = text[j], c != ")", c != "\u{FF09}", j - open < 24 { j += 1 }
      guard text[j] != nil, j - open < 24 else { return false }
      j += 1
    }
    guard let c = text[j] else { return false }
    if c == "的" { return CommitmentScalarClass.isHan(text[j + 1]) && (q.unit != "%" || isRateBefore(q, in: text)) }
    guard q.suffixComparator, CommitmentScalarClass.isHan(c), !noNounStart.contains(c) else { return false }
    // An age picks out people (70周岁以上老人); another bound before a noun picks it out
    // only in a phrase that goes on to 的 (带动20户以上贫困户…的项目): 95%以上农户用上电 is
    // a share to reach.
    return q.unit.hasSuffix("岁") || q.unit.hasSuffix("歲") || modifierGoesOn(from: j, in: text)
  }

  /// Last scalars of a rate's name: 贫困发生率, 比例, 比重, 占比.
  private static let rateEnds: Set<Unicode.Scalar> = Set("率例重比".unicodeScalars)

  /// Whether a rate's name stands right before the number (贫困发生率10%以上的非贫困村): the
  /// percentage is then a property of the noun after it, not a share of it (60%以上的村
  /// 创建成为文明村).
  private static func isRateBefore(_ q: Quantity, in text: ScalarText) -> Bool {
    var b = q.numberStart
    while b > 0, text[b - 1] == " " { b -= 1 }
    return text[b - 1].map(rateEnds.contains) ?? false
  }

  /// Whether the clause from `i` reaches a 的 before it ends.
  private static func modifierGoesOn(from i: Int, in text: ScalarText) -> Bool {
    var j = i
    while let c = text[j], !CommitmentScalarClass.endsClause(c) || c == "、" {
      if c == "的" { return true }
      j += 1
    }
    return false
  }
}
