import ZhengceCore

/// A quantity found in a measure, before its deadline and subject are known.
struct Quantity {
  /// The surface: comparator words and 由… included.
  var range: Range<Int>
  /// Where the number itself starts.
  var numberStart: Int
  var value: Double
  var max: Double?
  var from: Double?
  var unit: String
  var comparator: Comparator = .equal
  /// The comparator was written after the unit (以上, 以下), so it may distribute over a list.
  var suffixComparator = false
  /// The comparator came from the next item of a coordinated list (25户以及100人以上).
  var distributed = false
  /// What the unit itself says is counted (贫困人口).
  var unitSubject: String?
  /// The unit of `from` when a raise states it (由8.3万户…减少到3.1万户).
  var fromUnit: String?
  /// The date written between a raise verb and its target (减少到2015年的493万人).
  var targetDate: Range<Int>?
}

/// Reads one quantity starting at a number: number, multiplier, range, unit,
/// comparators before and after, a raise (由A提高到B), fractions and ratios.
struct QuantityReader {
  let text: ScalarText
  let vocabulary: CommitmentVocabulary
  /// Scalars before this index are inside “…”, where Chinese numerals are slogans.
  var quoteEnd = 0

  private static let fractionMark = Array("分之".unicodeScalars)
  private static let atLeast = Array("至少".unicodeScalars)
  private static let doubling: Unicode.Scalar = "翻"

  /// The quantity whose number starts at `i`, or nil when the number counts nothing.
  func read(at i: Int) -> Quantity? {
    guard let n1 = NumberToken.read(text, at: i), accepts(n1) else { return nil }
    if let q = fraction(n1) { return withPrefix(q) }
    var j = text.skipSpaces(n1.range.upperBound)
    var value = n1.value
    var factor = 1.0
    // 170 多亿元, 2万余人: more than the number, before or after the multiplier.
    var more = false
    if !n1.isChinese, text[j] == "余" || text[j] == "多", multiplier(at: j + 1) != nil {
      more = true
      j += 1
    }
    if unit(at: j, chinese: n1.isChinese) == nil, !n1.isChinese, let m = multiplier(at: j) {
      factor = m.value
      j = text.skipSpaces(j + m.surface.count)
    }
    var max: Double?
    if let (upper, upperFactor, end) = rangeEnd(at: j, chinese: n1.isChinese) {
      if factor == 1 { factor = upperFactor }
      max = Self.clean(upper * upperFactor)
      j = end
    }
    value = Self.clean(value * factor)
    // 统一调整为: the 一 of a word is no value to change.
    let inWord = n1.isChinese && CommitmentScalarClass.isHan(text[i - 1]) && !vocabulary.fromMarkers.contains { text.has($0, endingAt: i) }
    if !inWord, let raised = raise(at: j, fromValue: value, start: i) { return raised }
    // 2万余人, 300多户: more than the number.
    if !more, max == nil, text[j] == "余" || text[j] == "多", unit(at: j + 1, chinese: n1.isChinese) != nil {
      more = true
      j += 1
    }
    if let tenths = tenths(n1, value: value, at: j, start: i) { return tenths }
    if n1.isChinese, let half = half(n1, at: j, start: i) { return half }
    guard
      let u = peopleUnit(at: j, chinese: n1.isChinese) ?? unit(at: j, chinese: n1.isChinese)
        ?? openUnit(after: n1, at: j, scaled: factor != 1) ?? peopleBefore(i, scaled: factor != 1) ?? fundsBefore(i, scaled: factor != 1)
    else { return nil }
    let unitEnd = j + u.length
    // 名 counts people (16名同志 is 16 人), but after 前 or 第 it is a rank (倒数前20名).
    let unitName = text[j] == Self.rankMark && Self.rankOpeners.contains(text[i - 1] ?? " ") ? String(Self.rankMark) : u.name
    if n1.isChinese, !acceptsChinese(n1, unitEnd: unitEnd, unit: unitName) { return nil }
    if isSpan(unit: unitName, unitEnd: unitEnd) { return nil }
    var q = Quantity(range: i..<unitEnd, numberStart: i, value: value, max: max, unit: unitName, unitSubject: u.subject)
    if max != nil { q.comparator = .range }
    if more { q.comparator = .above }
    q = withSuffix(q)
    if let raised = raise(at: text.skipSpaces(q.range.upperBound), fromValue: value, fromUnit: unitName, start: i) { return raised }
    if q.comparator == .equal, let spanned = band(q, start: i) { return spanned }
    q = withPrefix(q)
    // A bound (至少两项制度) makes the count a target again.
    if n1.isChinese, q.comparator == .equal, namesConcept(n1, unit: unitName, unitEnd: unitEnd) { return nil }
    return q
  }

  /// 在100万元到1000万元, 3000元至5000元: a band between two figures of one unit, each written
  /// whole; not a change (由3000元到5000元) nor a figure followed by a date (至2020年).
  private func band(_ q: Quantity, start: Int) -> Quantity? {
    let k = text.skipSpaces(q.range.upperBound)
    guard let c = text[k], c == "到" || c == "至", !vocabulary.fromMarkers.contains(where: { text.has($0, endingAt: start) }),
      CommitmentScalarClass.digit(text[text.skipSpaces(k + 1)]) != nil,
      let upper = read(at: text.skipSpaces(k + 1)), upper.unit == q.unit, upper.comparator == .equal, upper.from == nil,
      upper.max == nil, upper.value > q.value
    else { return nil }
    var band = q
    band.max = upper.value
    band.comparator = .range
    band.range = q.range.lowerBound..<upper.range.upperBound
    return band
  }

  /// 翻一番 → 2 times, 翻两番 → 4 times, at `i` on 翻.
  func doubling(at i: Int) -> Quantity? {
    guard text[i] == Self.doubling, let n = NumberToken.read(text, at: i + 1), n.isChinese,
      text[n.range.upperBound] == "番", n.value >= 1, n.value <= 10
    else { return nil }
    let q = Quantity(range: i..<(n.range.upperBound + 1), numberStart: i, value: Self.clean(pow2(Int(n.value))), unit: "times")
    return withSuffix(q)
  }

  private func pow2(_ n: Int) -> Double { Double(1 << n) }

  private static let percentMark = Array("百分之".unicodeScalars)

  /// 百分之三 → 3 %, at `i` on 百; its comparators as any quantity's.
  func percentWords(at i: Int) -> Quantity? {
    guard text.has(Self.percentMark, at: i), let n = NumberToken.read(text, at: i + 3) else { return nil }
    let q = Quantity(range: i..<n.range.upperBound, numberStart: i, value: Self.clean(n.value), unit: "%")
    return withPrefix(withSuffix(q))
  }

  /// 三成以上 → 30 %: 成 after a number is tenths, when a comparator follows or a clause
  /// ends (not 一成不变, 建成).
  private func tenths(_ n: NumberToken, value: Double, at j: Int, start: Int) -> Quantity? {
    guard text[j] == "成", value > 0, value <= 10 else { return nil }
    let after = text[j + 1]
    let bounded = vocabulary.suffixComparators.contains { text.has($0.surface, at: j + 1) }
    guard bounded || after.map(CommitmentScalarClass.endsClause) ?? true else { return nil }
    let q = Quantity(range: start..<(j + 1), numberStart: start, value: Self.clean(value * 10), unit: "%")
    return withPrefix(withSuffix(q))
  }

  /// 各占一半, 减少一半 → 0.5 `ratio`, at `j` after 一 on 半 (not 一半年, a duration).
  private func half(_ n: NumberToken, at j: Int, start: Int) -> Quantity? {
    guard n.value == 1, n.range.count == 1, text[j] == Self.halfMark else { return nil }
    let next = text[j + 1]
    guard next.map({ !CommitmentScalarClass.isHan($0) || $0 == "以" || $0 == "左" }) ?? true else { return nil }
    let q = Quantity(range: start..<(j + 1), numberStart: start, value: 0.5, unit: "ratio")
    return withPrefix(withSuffix(q))
  }

  private static let halfMark: Unicode.Scalar = "半"
  private static let rankMark: Unicode.Scalar = "名"
  private static let rankOpeners = Set("前第".unicodeScalars)
  private static let including: Unicode.Scalar = "含"

  // MARK: - Pieces after the number

  /// 405万特困人口, 4267名未脱贫人口: a noun of people (…人口) after an Arabic number, or
  /// after its 名, counts 人 and is the subject.
  private func peopleUnit(at j: Int, chinese: Bool) -> (name: String, length: Int, subject: String?)? {
    guard !chinese else { return nil }
    let start = text[j] == "名" ? j + 1 : j
    if start == j, unit(at: j, chinese: false) != nil { return nil }
    var k = start
    while k - start <= Self.peopleNounLength, let c = text[k], CommitmentScalarClass.isHan(c), !Self.peopleNounStops.contains(c) {
      if let noun = vocabulary.peopleNouns.first(where: { text.has($0, at: k) }) {
        let end = k + noun.count
        guard end - start > noun.count || start > j else { return nil }
        return ("人", end - j, text.string(start..<end))
      }
      k += 1
    }
    return nil
  }

  /// 贫困人口329万, 两年减贫97万: people named before a scaled number without a unit.
  private func peopleBefore(_ i: Int, scaled: Bool) -> (name: String, length: Int, subject: String?)? {
    guard scaled, vocabulary.peopleNouns.contains(where: { text.has($0, endingAt: i) }) || text.has(Self.povertyCut, endingAt: i) else { return nil }
    return ("人", 0, nil)
  }

  /// 扶贫办:农业特色产业发展资金660万; : money named right before a figure in 万 or 亿
  /// that writes no 元 counts 元.
  private func fundsBefore(_ i: Int, scaled: Bool) -> (name: String, length: Int, subject: String?)? {
    var b = i
    while b > 0, text[b - 1] == " " { b -= 1 }
    guard scaled, Self.fundsNouns.contains(where: { text.has($0, endingAt: b) }) else { return nil }
    return ("元", 0, nil)
  }

  private static let fundsNouns = ["资金", "資金", "经费", "經費"].map { Array($0.unicodeScalars) }
  private static let povertyCut = Array("减贫".unicodeScalars)
  private static let peopleNounLength = 8
  private static let peopleNounStops = Set("的和及与或是为在以上下".unicodeScalars)

  private func multiplier(at j: Int) -> CommitmentVocabulary.Word<Double>? {
    vocabulary.multipliers.first { text.has($0.surface, at: j) }
  }

  /// A measure word or noun after an Arabic number that no listed unit names: 用于7乡, 3批.
  /// Not after Chinese numerals (一是, 三农 are no counts), not after a long bare digit run
  /// (12345热线), never a function word or a time word (`openUnitStops`), and not 周 of 周年.
  private func openUnit(after n: NumberToken, at j: Int, scaled: Bool) -> (name: String, length: Int, subject: String?)? {
    // 2.0行动计划: a version, not a count.
    let version = n.hasDecimal && text[n.range.upperBound - 1] == "0"
    // 1.1编制依据 opening a line: a section's number (`DecimalNumbering`), not a count.
    let section = n.hasDecimal && !scaled && (n.range.lowerBound == 0 || text[n.range.lowerBound - 1] == "\n")
    guard !n.isChinese, !version, !section, scaled || n.hasDecimal || n.integerDigits < 5, j == n.range.upperBound || scaled,
      let c = text[j], CommitmentScalarClass.isHan(c), !vocabulary.openUnitStops.contains(c), ChineseNumber.digit(c) == nil,
      // 成立100周年: an anniversary, not a count of weeks.
      !(c == "周" && text[j + 1] == "年")
    else { return nil }
    // 10县区通高速: places written together are what is counted.
    var end = j + 1
    while end - j < 3, let next = text[end], SubjectFinder.scopeEnds.contains(next), SubjectFinder.scopeEnds.contains(c) { end += 1 }
    return (String(c), 1, end > j + 1 ? text.string(j..<end) : nil)
  }

  /// The unit at `j` (longest match), with a rate denominator (元/年).
  private func unit(at j: Int, chinese: Bool) -> (name: String, length: Int, subject: String?)? {
    guard let first = text[j],
      let k = vocabulary.unitIndex.words(startingWith: first).first(where: {
        let u = vocabulary.units[$0]
        return text.has(u.surface, at: j) && (!chinese || u.afterChineseNumeral)
      })
    else { return nil }
    let u = vocabulary.units[k]
    let end = j + u.surface.count
    if text[end] == "/", let d = vocabulary.rateDenominators.first(where: { text.has($0, at: end + 1) }) {
      var name = u.unit + "/"
      name.unicodeScalars.append(contentsOf: d)
      return (name, u.surface.count + 1 + d.count, u.subject)
    }
    return (u.unit, u.surface.count, u.subject)
  }

  /// The upper end of a range at `j` (1-2, 15—20, 1至2): value, multiplier, end index.
  private func rangeEnd(at j: Int, chinese: Bool) -> (Double, Double, Int)? {
    guard let c = text[j], CommitmentScalarClass.isRangeDash(c) || c == "至" || c == "到" else { return nil }
    let k = text.skipSpaces(j + 1)
    guard let n2 = NumberToken.read(text, at: k), n2.isChinese == chinese else { return nil }
    var end = text.skipSpaces(n2.range.upperBound)
    var factor = 1.0
    if !chinese, unit(at: end, chinese: false) == nil, let m = vocabulary.multipliers.first(where: { text.has($0.surface, at: end) }) {
      factor = m.value
      end = text.skipSpaces(end + m.surface.count)
    }
    guard unit(at: end, chinese: chinese) != nil else { return nil }
    return (n2.value, factor, end)
  }

  /// 1/3, 1:0.5 and 三分之一 as a `ratio`.
  private func fraction(_ n1: NumberToken) -> Quantity? {
    let j = n1.range.upperBound
    if n1.isChinese {
      guard text.has(Self.fractionMark, at: j), let n2 = NumberToken.read(text, at: j + 2), n2.isChinese, n1.value > 0 else {
        return nil
      }
      return Quantity(range: n1.range.lowerBound..<n2.range.upperBound, numberStart: n1.range.lowerBound, value: Self.ratio(n2.value / n1.value), unit: "ratio")
    }
    guard text[j] == "/" || text[j] == ":" || text[j] == "\u{FF1A}", let n2 = NumberToken.read(text, at: j + 1), !n2.isChinese,
      !CommitmentScalarClass.isASCIILetter(text[n2.range.upperBound]), n1.value > 0
    else { return nil }
    if text[j] == "/" {
      guard n2.value > 0 else { return nil }
      return Quantity(range: n1.range.lowerBound..<n2.range.upperBound, numberStart: n1.range.lowerBound, value: Self.ratio(n1.value / n2.value), unit: "ratio")
    }
    // A clock time (10:19) is not a ratio.
    if !n2.hasDecimal && n2.integerDigits == 2 { return nil }
    return Quantity(range: n1.range.lowerBound..<n2.range.upperBound, numberStart: n1.range.lowerBound, value: Self.ratio(n2.value / n1.value), unit: "ratio")
  }

  /// 由A提高到B: at `j` after A, a raise verb and the quantity B, with the date of B written
  /// between them (减少到 2015 年的 493 万人) as the target's date.
  private func raise(at j: Int, fromValue: Double, fromUnit: String? = nil, start: Int) -> Quantity? {
    // 统一调整为: an adverb before the verb.
    let adverb = vocabulary.changeAdverbs.first { text.has($0, at: j) }
    let at = j + (adverb?.count ?? 0)
    guard let verb = vocabulary.raiseVerbs.first(where: { text.has($0, at: at) }) else { return nil }
    var k = text.skipSpaces(at + verb.count)
    // 调整为每人每月1045元: the scope written again before the new value.
    if text[k] == "每", let number = (k + 2..<(k + 7)).first(where: { CommitmentScalarClass.digit(text[$0]) != nil }),
      (k + 1..<number).allSatisfy({ CommitmentScalarClass.isHan(text[$0]) })
    {
      k = number
    }
    var targetDate: Range<Int>?
    if let date = DeadlineResolver(text: text).read(at: k), date.year != nil {
      targetDate = date.range
      k = text.skipSpaces(date.range.upperBound)
      if text[k] == "的" { k = text.skipSpaces(k + 1) }
    }
    guard var target = read(at: k) else { return nil }
    target.from = fromValue
    target.fromUnit = fromUnit
    target.targetDate = targetDate ?? target.targetDate
    if !target.suffixComparator { target.comparator = .to }
    var begin = start
    var b = start
    while b > 0 && start - b <= 4, let c = text[b - 1], !CommitmentScalarClass.endsClause(c) {
      b -= 1
      if vocabulary.fromMarkers.contains(where: { text.has($0, at: b) }) {
        begin = b
        break
      }
    }
    // 由每人每月1010元: a scope between the marker and the first value.
    if begin == start, let scope = (max(0, start - 6)..<start).first(where: { text[$0] == "每" }),
      (scope..<start).allSatisfy({ CommitmentScalarClass.isHan(text[$0]) }),
      let marker = vocabulary.fromMarkers.first(where: { text.has($0, endingAt: scope) })
    {
      begin = scope - marker.count
    }
    target.range = begin..<target.range.upperBound
    return target
  }

  // MARK: - Comparators

  private func withSuffix(_ q: Quantity) -> Quantity {
    var q = q
    var j = text.skipSpaces(q.range.upperBound)
    // 70周岁(含70周岁)以上: a note on whether the bound is included stands between.
    if text[j] == "(", text[j + 1] == Self.including, let close = (j + 2..<(j + 14)).first(where: { text[$0] == ")" }) {
      j = text.skipSpaces(close + 1)
    }
    if let sc = vocabulary.suffixComparators.first(where: {
      text.has($0.surface, at: j) && (!$0.timeUnitsOnly || vocabulary.timeUnits.contains(q.unit))
    }) {
      q.comparator = sc.comparator
      q.suffixComparator = true
      q.range = q.range.lowerBound..<(j + sc.surface.count)
    }
    return q
  }

  /// Comparator or raise verb before the number: 最高不超过240万元, 不低于…的15%, 提升至13万元.
  private func withPrefix(_ q: Quantity) -> Quantity {
    var q = q
    let start = q.range.lowerBound
    if let verb = vocabulary.raiseVerbs.first(where: { text.has($0, endingAt: start) }) {
      if q.comparator == .equal {
        q.comparator = .to
      } else if q.comparator == .approximately, vocabulary.lowerVerbs.contains(verb) {
        // 下降到5%左右: the target is a ceiling, approximately.
        q.comparator = .atMost
      }
      return q
    }
    // 不低于当年全省农村居民人均可支配收入的45%: a bound reaches across the base it is a share of.
    let share = text[start - 1] == "的"
    var e = start
    while e > 0 && start - e <= 24 {
      let gap = start - e
      // 至少 binds across its verb phrase (至少对…进行1次督查); other words within 12 scalars.
      let candidates = text[e - 1].map(vocabulary.prefixComparatorEnds.words(startingWith:)) ?? []
      if let pc = candidates.lazy.map({ vocabulary.prefixComparators[$0] }).first(where: {
        (gap == 0 || !$0.adjacentOnly) && (gap <= 12 || share || $0.surface == Self.atLeast) && text.has($0.surface, endingAt: e)
      }) {
        if q.comparator == .equal {
          q.comparator = pc.comparator
        } else if q.comparator == .approximately {
          q.comparator = Self.approximateBound(pc.comparator)
        }
        if gap == 0 { q.range = (e - pc.surface.count)..<q.range.upperBound }
        return q
      }
      guard let c = text[e - 1], !CommitmentScalarClass.endsClause(c), CommitmentScalarClass.digit(c) == nil else { break }
      e -= 1
    }
    return q
  }

  /// 控制在12%左右, 不低于…左右: the contract has no "approximately at most", so the bound
  /// wins, made inclusive (<= or >=), since an analyst needs to know it is a limit.
  static func approximateBound(_ bound: Comparator) -> Comparator {
    switch bound {
    case .atMost, .below: return .atMost
    case .atLeast, .above: return .atLeast
    default: return .approximately
    }
  }

  // MARK: - Values

  /// Removes binary noise from scaled values (12.4 × 10000).
  static func clean(_ v: Double) -> Double { (v * 1_000_000).rounded() / 1_000_000 }

  /// Fractions and ratios to four decimal places.
  static func ratio(_ v: Double) -> Double { (v * 10_000).rounded() / 10_000 }
}
