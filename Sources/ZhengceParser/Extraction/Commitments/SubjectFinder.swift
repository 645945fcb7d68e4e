import ZhengceCore

/// Names what a quantity counts, in a few characters of the measure's own words.
///
/// In order: what the unit says (贫困人口); after a linking verb (资金达到200亿元) the phrase
/// before; the noun phrase right after the quantity, past a relative clause
/// (5个以上产业帮扶项目 → 产业帮扶项目, 16周岁以上有…需求的贫困重度残疾人); the phrase
/// before it in its clause (村级组织运转经费逐步提升至… → 村级组织运转经费). The extractor
/// then fills gaps from neighbours (`SubjectContext.swift`). A per-scope written before the
/// quantity (每县, 每个贫困村, 每人) is returned beside it, not in it: `每个深度贫困县` and
/// `产业帮扶项目`. Each is nil when nothing usable is written.
struct SubjectFinder {
  let text: ScalarText
  /// Words trimmed from the end of the phrase before a quantity; see `tailWords(raiseVerbs:)`.
  let tails: [[Unicode.Scalar]]

  static let maxLength = 16
  /// The longest phrase before a quantity kept whole (农村基本公共卫生服务年人均补助资金 is 17).
  static let maxLengthBefore = 20

  static func words(_ list: [String]) -> [[Unicode.Scalar]] {
    list.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
  }

  /// Characters that cannot start a noun phrase after a quantity (particles, prepositions).
  private static let badStart = Set("以用给为的达在并及和与或共对其左转脱比由有上到可是将把向从同直按均".unicodeScalars)
  /// Characters that open a relative clause after a quantity: 有…的, 由…负责的.
  private static let relativeStarts = Set("有由".unicodeScalars)
  /// Verbs that cannot start a noun phrase after a quantity.
  private static let badStartWords = words([
    "掌握", "安排", "实现", "给予", "用于", "参加", "参与", "投入", "接受", "享受", "达到", "稳定", "转移", "帮扶", "带动",
    "组织", "开展", "进行", "推行", "免除", "免学费", "建设", "基础", "标准", "全部",
  ])
  /// Words that end a noun phrase after a quantity.
  private static let stopWords = words([
    "的", "和", "及", "与", "或", "并", "实现", "脱贫", "摘帽", "转为", "就业", "参与", "有", "用于", "给予", "联系", "对口",
    "定点", "进行", "开展", "全部", "投入", "达到", "接受", "按", "同步", "以", "到", "基础", "为", "销号", "精准", "创建", "力度", "实施",
    "可享受", "可以", "需要", "已", "率先", "符合", "予以", "每",
    // 重点县均已…: 均 (all) before a verb, not 人均.
    "均已", "均为", "均达", "均有", "均在", "均要", "均按", "均可", "均需", "均属", "均符合",
  ])
  private static let support = Array("支持".unicodeScalars)
  /// Nouns of money that a phrase after a figure may run into 支持 from (启动资金支持).
  private static let fundsBeforeSupport = words(["资金", "经费", "補助", "补助", "資金", "經費"])

  /// Words trimmed from the front of the phrase before a quantity.
  static let leadWords = words([
    "其中", "力争", "确保", "实现", "根据", "和", "及", "二是", "一是", "三是", "四是", "要", "将", "把", "对", "按照", "按", "其", "已", "由", "从",
    "并", "在", "共", "即", "逐步", "原则上", "至少", "不少于", "不低于", "不超过", "已支付",
    // The area a figure covers is the document's, not what it counts (全省贫困发生率).
    "全省", "全市", "全区", "全县", "全州", "全盟", "全旗", "全乡", "全镇", "全国", "本省", "本市", "本县", "本区",
    "我省", "我市", "我县", "我区", "我州", "我盟", "我旗", "全年",
    // What the figure is of, not the figure: 本项目建设周期, 本批复有效期, 每千人口拥有…医师数;
    // 同比 compares the figure before (…53.62亿元,同比增长2.7%).
    "本项目", "本批复", "本次", "该项目", "拥有", "同比", "另外",
    "目前", "当前", "现有", "现行", "共有", "还有", "约有", "上级", "今明两年", "期间",
    // Allocating or counting verbs before their object (安排产业发展项目资金, 累计减少贫困人口).
    "安排", "下达", "拨付", "筹措", "累计", "共计", "总计", "合计", "确定", "上报", "预计", "支持", "计划安排", "计划实施", "预算安排", "分为",
  ])
  /// Verbs of building or doing before the thing counted (新建农村卫生户厕, 培训家庭教育指导师),
  /// trimmed only when three or more characters remain: 培训经费 keeps its verb. 新增 and 减少
  /// stay: 新增城镇学位 counts new places, not all of them.
  private static let actionVerbs = words([
    "新建", "改建", "扩建", "新建改建", "新改扩建", "改造", "疏浚", "疏浚整治", "完成", "培训", "修建", "推广",
    "开工建设", "建设", "实施建设", "实施", "提取", "修复", "打造", "引进", "购置", "安装", "购置及安装", "奖励", "各奖励", "缴纳", "兑现", "分别兑现", "谋划",
  ])
  /// The words trimmed from the end of the phrase before a quantity, with the raise verbs
  /// (提升至) of the vocabulary; computed once per extractor.
  static func tailWords(raiseVerbs: [[Unicode.Scalar]]) -> [[Unicode.Scalar]] {
    (baseTails + raiseVerbs).sorted { $0.count > $1.count }
  }

  private static let baseTails = words([
    "的", "达到", "为", "在", "是", "有", "共", "约", "占", "逐步", "都", "要", "可", "按", "至少", "不少于", "不低于",
    "不超过", "最高", "控制在", "低于", "高于", "超过", "均达", "达", "实现", "平均",
    // A change or estimate written between the subject and its figure (增加值增长2.5%, 稳定在, 突破,
    // 能耗降低3.7%, 投资力争增长10%).
    "增长", "年均", "稳定", "突破", "提高", "预计", "累计", "共计", "总计", "合计", "一般", "各",
    "下降", "降低", "减少", "缩短", "增加", "上升", "力争", "确保", "分别", "分別", "完成", "基础上", "新增", "净增", "淨增",
    "增长了", "提高了", "下降了", "降低了", "减少了", "缩短了", "增加了", "上升了",
  ])
  /// What a comparison's base opens with after 比 or 较 (比原界线, 较上年, 比2015年): the subject
  /// is written before it.
  private static let comparedBases = Set("原上去同前0123456789".unicodeScalars)
  private static let reach = Array("达".unicodeScalars)
  /// Linking verbs: after them the phrase before the quantity is its subject even when a
  /// noun follows (扶贫信贷资金达到200亿元县市整合…).
  private static let linkingVerbs = words(["达到", "均达", "达"])
  /// Verbs that give what a previous clause's quantity measures (给予补助 → 补助).
  static let grantVerbs = words(["给予", "安排", "发放", "用于"])
  /// Prepositions and comparators inside the phrase before a quantity: the subject starts after them.
  private static let innerCuts = words([
    "按", "对", "把", "将", "向", "以", "不低于", "不少于", "不超过", "低于", "高于", "超过", "至少", "开展", "实现", "實現", "另加",
  ])
  private static let coordinators = Set("和及与".unicodeScalars)
  /// Comparison words: before a difference (高于…1个百分点) the subject is what they compare.
  private static let comparisons = words(["高于", "低于", "超过"])
  /// Prepositions that leave no subject when they end the phrase before a quantity (加强对50周岁以上…,
  /// 请于7天内).
  private static let prepositions = Set("按对把将向以于".unicodeScalars)
  /// Characters that end a per-scope noun: 每县, 每个贫困村, 每位干部.
  static let scopeEnds = Set("县市区村镇乡户人院室校所组队站社位员部家庭力点生师者座只台亩头套间处项次口女顷".unicodeScalars)
  /// Characters of the names of administrative levels: 省, 自治区, 直辖市, 县, 行委.
  private static let levels = Set("省市县区州盟旗乡镇村自治直辖行委".unicodeScalars)
  static let timeScopes = Set("年月周天日季".unicodeScalars)
  /// Characters between 每 and a time scope: 每两个月, 每半年, 每学年.
  static let timeScopeFillers = Set("个学半".unicodeScalars)

  /// The subject of `q` and the scope it is per; `floor` is where the text of the previous
  /// quantity or date ends.
  func subject(of q: Quantity, phraseEnd: Int, floor: Int) -> (subject: String?, per: String?) {
    let scope = perScope(before: q.range.lowerBound, floor: floor)
    let phraseFloor = max(floor, scope?.end ?? 0)
    let start = q.range.lowerBound
    // 达 links 收入达, not 较发达.
    let linked = Self.linkingVerbs.contains { text.has($0, endingAt: start) } && !(text[start - 1] == "达" && text[start - 2] == "发")
      // 固定资产投资在100万元到1000万元(不含…)的项目: a band or bound after 在 and before 的 qualifies
      // what comes after by what comes before (not 居住在10户以下自然村屯).
      || (text[start - 1] == "在" && q.comparator != .equal && opensRelative(after: q.range.upperBound))
    // 补助标准为每人每年3000元: a scope right before the figure leaves the noun before it; not
    // when the scope ends a noun phrase of its own (有劳动力的每个贫困户至少一人).
    let scopeStart = scope.flatMap { s -> Int? in
      let start = s.end - s.text.unicodeScalars.count
      return phraseEnd <= s.end && text[start - 1] != "的" ? start : nil
    }
    let phrase =
      q.unitSubject ?? paidAsRate(q) ?? multipliedScore(q) ?? (linked ? before(phraseEnd, floor: phraseFloor, difference: false) : nil) ?? after(q.range.upperBound)
      ?? scopeStart.flatMap { before($0, floor: floor, difference: false) }
      ?? before(phraseEnd, floor: phraseFloor, difference: q.unit == "百分点")
    // 由每人每月1010元调整为每人每月1045元: the scope written inside a change, before its new value.
    let inner = scope == nil && q.from != nil ? perScope(before: q.numberStart, floor: q.range.lowerBound) : nil
    return (phrase, (scope ?? inner)?.text)
  }

  /// (城市规划管理分值)×10%: what a weight multiplies, in the brackets before ×.
  private func multipliedScore(_ q: Quantity) -> String? {
    var e = q.range.lowerBound
    while e > 0, text[e - 1] == " " { e -= 1 }
    guard let times = text[e - 1], times == "×" || times == "*", text[e - 2] == ")",
      let open = (max(0, e - 2 - Self.maxLength)..<(e - 2)).last(where: { text[$0] == "(" }), e - 2 - open >= 3,
      ((open + 1)..<(e - 2)).allSatisfy({ CommitmentScalarClass.isHan(text[$0]) })
    else { return nil }
    return text.string((open + 1)..<(e - 2))
  }

  /// Verbs that pay or draw a rate of a base: 按…的1%给予奖励, 按1%提取项目管理费.
  private static let rateVerbs = words(["给予", "提取", "计提"])

  /// What a rate of a base pays or draws (按形成固定资产实际投资额的1%给予奖励 → 奖励): the
  /// noun after the verb that follows the rate, not the base before it.
  private func paidAsRate(_ q: Quantity) -> String? {
    guard q.unit == "%", let verb = Self.rateVerbs.first(where: { text.has($0, at: q.range.upperBound) }) else { return nil }
    let start = q.range.lowerBound
    guard text[start - 1] == "按" || text[start - 1] == "的" && clauseHasBy(before: start - 1) else { return nil }
    return after(q.range.upperBound + verb.count)
  }

  /// Whether 按 opens the clause part before `end`, within the reach of a subject.
  private func clauseHasBy(before end: Int) -> Bool {
    var k = end - 1
    while k >= max(0, end - Self.maxLengthBefore * 2), let c = text[k], !CommitmentScalarClass.endsClause(c) {
      if c == "按" { return true }
      k -= 1
    }
    return false
  }

  /// Whether 的 follows `end`, past a short parenthetical.
  private func opensRelative(after end: Int) -> Bool {
    var i = text.skipSpaces(end)
    if text[i] == "(", let close = (i..<min(text.count, i + 20)).first(where: { text[$0] == ")" }) { i = text.skipSpaces(close + 1) }
    return text[i] == "的"
  }

  private func after(_ end: Int) -> String? {
    var i = text.skipSpaces(end)
    if text[i] == "(", let close = (i..<min(text.count, i + 20)).first(where: { text[$0] == ")" }) {
      i = text.skipSpaces(close + 1)
    }
    if text[i] == "的" { i += 1 }
    // 千万亩“吨粮田”: a quoted noun.
    if text[i] == "\u{201C}", CommitmentScalarClass.isHan(text[i + 1]) { i += 1 }
    // 16周岁以上有长期照料护理需求的贫困重度残疾人: a relative clause (有…的, 由…的) before the noun.
    if let c = text[i], Self.relativeStarts.contains(c),
      let de = (i..<min(text.count, i + Self.maxLength)).first(where: { text[$0] == "的" || !CommitmentScalarClass.isHan(text[$0]) }),
      text[de] == "的"
    {
      i = de + 1
    }
    guard let first = text[i], CommitmentScalarClass.isHan(first), !Self.badStart.contains(first),
      !Self.badStartWords.contains(where: { text.has($0, at: i) })
    else { return nil }
    let start = i
    var phrase = String.UnicodeScalarView()
    while phrase.count < Self.maxLength {
      // 家庭农(牧)场: a short parenthetical inside the noun is left out.
      if text[i] == "(", let close = (i..<min(text.count, i + 6)).first(where: { text[$0] == ")" }),
        CommitmentScalarClass.isHan(text[close + 1])
      {
        i = close + 1
      }
      guard let c = text[i], CommitmentScalarClass.isHan(c), ChineseNumber.digit(c) == nil,
        i == start || !Self.stopWords.contains(where: { text.has($0, at: i) })
      else { break }
      phrase.append(c)
      i += 1
    }
    // 1亿元启动资金支持: funds are what supports, not the support (财政支持 stays).
    if phrase.count >= 4, phrase.suffix(2).elementsEqual(Self.support),
      Self.fundsBeforeSupport.contains(where: { phrase.dropLast(2).suffix($0.count).elementsEqual($0) })
    {
      phrase.removeLast(2)
    }
    // 119个县中, 14个集中连片特困地区中: a place word closing the clause is not the noun's.
    if phrase.count >= 2, let last = phrase.last, last == "中" || last == "内", !CommitmentScalarClass.isHan(text[i]) {
      phrase.removeLast()
    }
    // 40个县(市、区), 22个省(自治区、直辖市): a bare level noun takes the levels in brackets after it.
    if phrase.count == 1, let level = phrase.first, Self.levels.contains(level), text[i] == "(",
      let close = (i + 1..<min(text.count, i + 12)).first(where: { text[$0] == ")" }), close > i + 1,
      (i + 1..<close).allSatisfy({ text[$0].map { Self.levels.contains($0) || $0 == "、" } ?? false })
    {
      phrase.append(contentsOf: text.s[i...close])
    }
    // 7个市对口帮扶, 60%以上的村: a one-character place or unit noun is a subject too.
    if phrase.count == 1, let c = phrase.first, Self.scopeEnds.contains(c) { return String(phrase) }
    return phrase.count >= 2 ? String(phrase) : nil
  }

  /// The phrase before a quantity; for a `difference` (增幅高于全县平均水平1个百分点) the
  /// phrase before the comparison word, which is what differs.
  private func before(_ end: Int, floor: Int, difference: Bool) -> String? {
    guard end > floor else { return nil }
    var e = end
    while e > floor, text[e - 1] == " " || text[e - 1] == "\u{3000}" { e -= 1 }
    // 标准调整为:8748元/人/年: a colon after a linking word leads to the figure.
    if e - 2 > floor, text[e - 1] == ":", let c = text[e - 2], "为是到至达".unicodeScalars.contains(c) { e -= 1 }
    // 工作纪律(30分): a figure in brackets right after what it is for.
    if e - 1 > floor, text[e - 1] == "(", CommitmentScalarClass.isHan(text[e - 2]) { e -= 1 }
    var b = hanRunStart(e, floor: floor)
    // 平均浓度较2017-2018年秋冬季下降22%: what is compared stands before 较 and its year.
    if let marker = comparisonBefore(b, floor: floor), hanRunStart(marker, floor: floor) <= marker - 2 {
      e = marker
      b = hanRunStart(e, floor: floor)
    }
    // A parenthetical right before the number: 实现融资(非股权转让…)1000万元.
    if b == e, text[e - 1] == ")", let open = (floor..<e).reversed().first(where: { text[$0] == "(" }) {
      e = open
      b = e
      while b > floor, let c = text[b - 1], CommitmentScalarClass.isHan(c) { b -= 1 }
    }
    if CommitmentScalarClass.digit(text[b - 1]) != nil {
      while b < e, let c = text[b], "年月日底末前起".unicodeScalars.contains(c) { b += 1 }
    }
    // 2019年度资金: the year read as a date leaves its 度.
    if b < e, text[b] == "度", text[b - 1] == "年" { b += 1 }
    var trimmed = true
    while trimmed && e > b {
      trimmed = false
      if let w = Self.leadWords.first(where: { text.has($0, at: b) }), e - b - w.count >= 2, !startsCompound(at: b, after: w) {
        b += w.count
        trimmed = true
      }
      if let w = Self.actionVerbs.first(where: { text.has($0, at: b) }), e - b - w.count >= 3 {
        b += w.count
        trimmed = true
      }
      // 达 ends 收入达, 参合率达, not 较发达.
      if let w = tails.first(where: { text.has($0, endingAt: e) }), e - w.count >= b,
        !(w == Self.reach && text[e - 2] == "发")
      {
        e -= w.count
        trimmed = true
      }
    }
    // 含定点帮扶资金100万: what a sum includes is named after 含 (not 含量). 占 stays: 占总投资
    // 57.9% is a share of the whole, not the whole.
    if e - b >= 3, text[b] == "含", text[b + 1] != "量" { b += 1 }
    // 界线比原界线缩短了: the subject is what is compared with its former self.
    if let k = (b..<e).first(where: { isComparison(at: $0) }), k - b >= 2 { e = k }
    if let de = (b..<e).reversed().first(where: { text[$0] == "的" }), e - de - 1 >= 2 { b = de + 1 }
    if e > b, let last = text[e - 1], Self.prepositions.contains(last) { return nil }
    for k in (b..<e).reversed() {
      // 对口, 以上 and 以工代赈 are words, not the prepositions 对 and 以.
      if let w = Self.innerCuts.first(where: { text.has($0, at: k) }), e - k - w.count >= 2,
        !(text[k] == "对" && (text[k + 1] == "口" || "相绝".unicodeScalars.contains(text[k - 1] ?? " "))),
        !(text[k] == "以" && "上下内来及后前工奖".unicodeScalars.contains(text[k + 1] ?? " "))
      {
        if difference, Self.comparisons.contains(w), k - b >= 2 { e = k } else { b = k + w.count }
        break
      }
    }
    if e - b > Self.maxLengthBefore {
      // Too long across a parenthetical (重点县(区)和贫困村农民人均纯收入): start after a
      // coordinator rather than inside a word.
      let window = (e - Self.maxLengthBefore)..<(e - 2)
      let crossed = window.contains { text[$0] == ")" }
      b = (crossed ? window.first(where: { text[$0 - 1].map(Self.coordinators.contains) ?? false }) : nil) ?? window.lowerBound
    }
    // 村35个: a one-character place or unit noun alone before its count.
    if e - b == 1, let c = text[b], Self.scopeEnds.contains(c), !CommitmentScalarClass.isHan(text[b - 1]) { return String(c) }
    // 完成1000个…: a verb alone is not what is counted.
    let alone = { (w: [Unicode.Scalar]) in w.count == e - b && text.has(w, at: b) }
    guard e - b >= 2, !Self.leadWords.contains(where: alone), !Self.actionVerbs.contains(where: alone) else { return nil }
    return text.string(b..<e)
  }

  /// 比 or 较 at `k` opening the base of a comparison (比原, 较上年, 比2015年), not 比例, 较大 or 占比47%.
  private func isComparison(at k: Int) -> Bool {
    guard let c = text[k], c == "比" || c == "较" || c == "較", text[k - 1] != "占", let next = text[k + 1] else { return false }
    return Self.comparedBases.contains(next)
  }

  /// Where 较 or 比 stands when the Han run at `b` follows a comparison's year (较2017-2018年).
  private func comparisonBefore(_ b: Int, floor: Int) -> Int? {
    var k = b
    while k > floor, let c = text[k - 1], CommitmentScalarClass.digit(c) != nil || c == "-" || c == "—" || c == "年" { k -= 1 }
    guard k < b, k > floor, isComparison(at: k - 1) else { return nil }
    return k - 1
  }

  /// Whether the lead word `w` at `b` is the first character of a word that
  /// goes on past it: 其他, 其余 are not 其 (its), nor is 对口 (paired aid) 对.
  private func startsCompound(at b: Int, after w: [Unicode.Scalar]) -> Bool {
    guard w.count == 1, let next = text[b + 1] else { return false }
    return w[0] == "其" && "他余".unicodeScalars.contains(next) || w[0] == "对" && next == "口"
  }

  /// Where the Han run ending at `e` starts, across short parentheticals inside it (全县(区)平均水平)
  /// and capital Latin abbreviations (单位GDP能耗).
  private func hanRunStart(_ e: Int, floor: Int) -> Int {
    var b = e
    while b > floor {
      if CommitmentScalarClass.isHan(text[b - 1]) {
        b -= 1
      } else if b < e, let c = text[b - 1], ("A"..."Z").contains(c) {
        // CPI涨幅, 单位GDP能耗: a Latin abbreviation inside the noun.
        b -= 1
      } else if text[b - 1] == ")", b < e, let open = (max(floor, b - 6)..<(b - 1)).last(where: { text[$0] == "(" }), open > floor,
        CommitmentScalarClass.isHan(text[open - 1])
      {
        b = open
      } else {
        break
      }
    }
    return b
  }
}
