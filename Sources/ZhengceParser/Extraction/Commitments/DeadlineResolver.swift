import ZhengceCore

/// A date written in a measure: 到2020年, 2019年底, 3月底前, 上半年, 2017—2020年.
struct DateMention: Equatable {
  var range: Range<Int>
  /// nil when written without a year (3月底前); filled in by `DeadlineResolver`.
  var year: Int?
  var month: Int?
  var day: Int?
  /// 底/末 after a month: the month's last day, known once the year is.
  var endOfMonth = false
  /// Written as a target: 到2020年, 2018年底前.
  var marked = false
  /// Followed by what must be done by then (2019年全面完成…): a limit for what follows,
  /// though not a target date to look ahead for.
  var followedByLimitVerb = false
  /// A start or baseline, never a deadline: 2016年以来, 从2015年起, 比2010年, (2014年底统计数).
  var reference = false
  /// A reference that dates what the sentence states (截至2014年末, 2016年以来): the figures
  /// after it are what was, not what is due. 比2010年 and 从2015年起 are not.
  var asOf = false
  /// 今年 (0) and 明年 (1): years counted from the document's, set once it is known.
  var relativeYear: Int?

  /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or nil while the year is unknown.
  var deadline: String? {
    guard let year else { return nil }
    let yyyy = String(year)
    guard let month else { return yyyy }
    let mm = month < 10 ? "0\(month)" : "\(month)"
    let d = endOfMonth ? DateMention.lastDay(year: year, month: month) : day
    guard let d else { return "\(yyyy)-\(mm)" }
    return "\(yyyy)-\(mm)-\(d < 10 ? "0\(d)" : "\(d)")"
  }

  static func lastDay(year: Int, month: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}

/// Reads the dates of a measure and gives each quantity the deadline that governs it.
///
/// A quantity takes the nearest date before it in its sentence (up to the next
/// 。 or ;), else a date marked as a target (…前, …底, 到…) after it in the sentence.
/// A date without a year takes the nearest year stated before it in the measure,
/// else the year of the document's date.
struct DeadlineResolver {
  let text: ScalarText

  private static let before: [[Unicode.Scalar]] = ["到", "至", "于", "在"].map { Array($0.unicodeScalars) }
  private static let referenceBefore: [[Unicode.Scalar]] = ["比", "自", "从", "截至", "截止", "("].map {
    Array($0.unicodeScalars)
  }
  /// Words ending in 于 that say for or about, not by: 用于2002年扶持的村, 关于2019年….
  private static let notByYu: [[Unicode.Scalar]] = ["用于", "用於", "关于", "關於", "对于", "對於", "由于", "由於", "属于", "屬於", "等于", "位于", "基于", "鉴于"]
    .map { Array($0.unicodeScalars) }
  private static let markedAfter: [[Unicode.Scalar]] = ["之前", "以前", "前"].map { Array($0.unicodeScalars) }
  private static let referenceAfter: [[Unicode.Scalar]] = ["以来", "至今", "开始", "起"].map { Array($0.unicodeScalars) }
  /// The references, before or after the date, that date a statement (see `DateMention.asOf`).
  private static let asOfWords: Set<String> = ["截至", "截止", "(", "以来", "至今"]
  /// A date followed by what must be done by then is a limit: 2019年全面完成…, 2020年实现…,
  /// and so is a year that heads its tasks (2019年任务:…, 2020年目标).
  private static let limitVerbsAfter: [[Unicode.Scalar]] = ["全面完成", "基本完成", "全部完成", "全面实现", "基本实现", "完成", "实现", "任务", "目标"]
    .map { Array($0.unicodeScalars) }

  /// The date written at `i`, if one starts there.
  func read(at i: Int) -> DateMention? {
    guard var m = readPlain(at: i) else { return nil }
    let dash = text.skipSpaces(m.range.upperBound)
    if let c = text[dash], CommitmentScalarClass.isRangeDash(c) || c == "至" || c == "到" {
      if let end = readPlain(at: text.skipSpaces(dash + 1)), end.year != nil || m.year == nil {
        m.year = end.year
        m.month = end.month
        m.day = end.day
        m.endOfMonth = end.endOfMonth
        m.range = m.range.lowerBound..<end.range.upperBound
        m.marked = m.marked || end.marked
      }
    }
    var j = m.range.upperBound
    if let w = text.first(of: Self.markedAfter, at: j) {
      m.marked = true
      j += w.count
    } else if let w = text.first(of: Self.referenceAfter, at: j) {
      m.reference = true
      m.asOf = Self.asOfWords.contains(String(String.UnicodeScalarView(w)))
      j += w.count
    } else if text.first(of: Self.limitVerbsAfter, at: text.skipSpaces(j)) != nil {
      m.followedByLimitVerb = true
    }
    m.range = m.range.lowerBound..<j
    // 从 2011 年: the words before a date may be spaced from it.
    var start = m.range.lowerBound
    while start > 0, text[start - 1] == " " { start -= 1 }
    if let w = Self.referenceBefore.first(where: { text.has($0, endingAt: start) }) {
      m.reference = true
      m.asOf = m.asOf || Self.asOfWords.contains(String(String.UnicodeScalarView(w)))
    }
    if Self.before.contains(where: { text.has($0, endingAt: start) }), !Self.notByYu.contains(where: { text.has($0, endingAt: start) }) {
      m.marked = true
    }
    return m
  }

  /// A year, month and day as written, with 底/末/上半年, without range or markers.
  private func readPlain(at i: Int) -> DateMention? {
    var m = DateMention(range: i..<i)
    var j = i
    if let (year, end) = number(at: i, digits: 4...4), (1949...2100).contains(year) {
      let k = text.skipSpaces(end)
      if text[k] == "年" {
        m.year = year
        j = k + 1
      } else if text[k] == "-", let (month, e2) = number(at: k + 1, digits: 2...2), text[e2] == "-",
        let (day, e3) = number(at: e2 + 1, digits: 2...2), (1...12).contains(month)
      {
        m.year = year
        m.month = month
        m.day = day
        m.range = i..<e3
        return m
      } else if let c = text[k], CommitmentScalarClass.isRangeDash(c) || c == "至",
        let (_, e2) = number(at: text.skipSpaces(k + 1), digits: 4...4), text[e2] == "年"
      {
        // 2018 至2020年: the first year of a range written once with 年.
        m.year = year
        m.range = i..<end
        return m
      } else {
        return nil
      }
    } else if let c = text[i], c == "今" || c == "明", text[i + 1] == "年" {
      // 今年, 明年 (not 今明两年): the document's year, or the one after it.
      m.relativeYear = c == "今" ? 0 : 1
      j = i + 2
    } else if text.has(Self.firstHalf, at: i) || text.has(Self.secondHalf, at: i) {
      m.month = text[i] == "上" ? 6 : 12
      m.day = text[i] == "上" ? 30 : 31
      m.range = i..<(i + 3)
      return m
    }
    if m.year != nil {
      if text.has(Self.firstHalf, at: j) || text.has(Self.secondHalf, at: j) {
        m.month = text[j] == "上" ? 6 : 12
        m.day = text[j] == "上" ? 30 : 31
        m.range = i..<(j + 3)
        return m
      }
      // 2019年底, 2019年末, and the same written 2019年年底, 2019年年末.
      let end = text[j] == "年" && (text[j + 1] == "底" || text[j + 1] == "末") ? j + 1 : j
      if text[end] == "底" || text[end] == "末" {
        m.month = 12
        m.day = 31
        m.marked = true
        m.range = i..<(end + 1)
        return m
      }
    }
    if let (month, end) = number(at: j, digits: 1...2), (1...12).contains(month), text[end] == "月" {
      m.month = month
      j = end + 1
      if text[j] == "底" || text[j] == "末" {
        m.endOfMonth = true
        m.marked = true
        j += 1
      } else if text[j] == "初" {
        j += 1
      } else if let (day, e2) = number(at: j, digits: 1...2), (1...31).contains(day), text[e2] == "日" || text[e2] == "号" {
        m.day = day
        j = e2 + 1
      }
    }
    guard j > i else { return nil }
    m.range = i..<j
    return m
  }

  private static let firstHalf = Array("上半年".unicodeScalars)
  private static let secondHalf = Array("下半年".unicodeScalars)

  /// An Arabic number of `digits` digits at `i`, not part of a longer digit run.
  private func number(at i: Int, digits: ClosedRange<Int>) -> (Int, Int)? {
    if CommitmentScalarClass.digit(text[i - 1]) != nil { return nil }
    var value = 0
    var j = i
    while let d = CommitmentScalarClass.digit(text[j]) {
      value = value * 10 + d
      j += 1
      if j - i > digits.upperBound { return nil }
    }
    guard digits.contains(j - i), text[j] != ".", !CommitmentScalarClass.isASCIILetter(text[j]) else { return nil }
    return (value, j)
  }

  /// Gives year-less mentions their year: the nearest non-reference year before them, else
  /// `documentYear`; 今年 and 明年 count from `documentYear`.
  static func resolveYears(_ mentions: inout [DateMention], documentYear: Int?) {
    var lastYear: Int?
    for k in mentions.indices {
      if let offset = mentions[k].relativeYear {
        mentions[k].year = documentYear.map { $0 + offset }
      } else if let y = mentions[k].year {
        if !mentions[k].reference { lastYear = y }
      } else {
        mentions[k].year = lastYear ?? documentYear
      }
    }
  }

  /// The date governing a quantity written at `position`: the nearest before it in its
  /// sentence, else a marked one after it. An as-of date nearest before it (截止2014年末,
  /// …老年人达49.4万人, 到2020年…) says the figure is what was, so no later date governs it.
  ///
  /// Items separated by semicolons share the limit written at the head of their sentence
  /// (到2025年年底,…力争全部达到100%;农村义务教育巩固率达到97%,…): a quantity whose own
  /// item has no date takes the last limit before it up to the full stop.
  func governing(at position: Int, mentions: [DateMention]) -> DateMention? {
    let sentence = sentenceRange(around: position)
    let inSentence = mentions.filter { sentence.contains($0.range.lowerBound) }
    let before = inSentence.last { $0.range.upperBound <= position && (!$0.reference || $0.asOf) }
    if let before { return before.reference ? nil : before }
    if let after = inSentence.first(where: { $0.range.lowerBound >= position && $0.marked && !$0.reference }) { return after }
    let head = fullSentenceStart(before: sentence.lowerBound)
    guard head < sentence.lowerBound else { return nil }
    return mentions.last {
      (head..<sentence.lowerBound).contains($0.range.lowerBound) && !$0.reference
        && ($0.marked || $0.followedByLimitVerb || headsGoals($0))
    }
  }

  /// 2018年的主要预期目标是:…;…, 2013年海口经济社会发展的主要预期目标为:…: a year naming the
  /// goals a colon lists is when each of them is due.
  private func headsGoals(_ date: DateMention) -> Bool {
    let end = min(text.count, date.range.upperBound + Self.goalsReach)
    guard let goal = (date.range.upperBound..<max(date.range.upperBound, end - 1)).first(where: { k in Self.goals.contains { text.has($0, at: k) } }),
      !(date.range.upperBound..<goal).contains(where: { CommitmentScalarClass.endsClause(text.s[$0]) })
    else { return false }
    var k = goal + 2
    if let c = text[k], c == "是" || c == "为" || c == "為" { k += 1 }
    return text[k] == ":" || text[k] == "\u{FF1A}"
  }

  private static let goals = ["目标", "目標"].map { Array($0.unicodeScalars) }
  /// How far after its year the word 目标 may stand (2013年海口经济社会发展的主要预期目标: 15).
  private static let goalsReach = 20

  /// The limit that opens the paragraph holding `position` (（二）攻坚目标。到2020年,…。确保…211万
  /// 农村贫困人口实现脱贫): a marked date that starts a sentence, before `position` in the same
  /// line. A target with no date of its own in its sentence is due then.
  func paragraphHead(at position: Int, mentions: [DateMention]) -> DateMention? {
    var lineStart = position
    while lineStart > 0, text[lineStart - 1] != "\n" { lineStart -= 1 }
    guard let head = mentions.first(where: { (lineStart..<position).contains($0.range.lowerBound) }),
      head.marked, !head.reference, head.range.upperBound <= position
    else { return nil }
    // 到2020年 opens a sentence: the line's start, or a full stop, before its marker.
    var b = head.range.lowerBound
    if let c = text[b - 1], Self.before.contains([c]) { b -= 1 }
    while b > lineStart, text[b - 1] == " " || text[b - 1] == "\u{3000}" { b -= 1 }
    guard b == lineStart || text[b - 1] == "。" else { return nil }
    return head
  }

  /// Where the sentence ending in 。, ! or ? (not a semicolon) that holds `i` starts.
  private func fullSentenceStart(before i: Int) -> Int {
    var b = i
    while b > 0, let c = text[b - 1], !CommitmentScalarClass.endsSentence(c) || c == ";" || c == "\u{FF1B}" { b -= 1 }
    return b
  }

  /// Whether `date` is a time limit for a quantity of `kind`, not merely when it holds.
  /// Money handed out and a norm are dated by a bare year (2019年度…资金1200万元, 2018年,
  /// 上级下达…); only a marked limit (…前, 到…, …底, 2019年全面完成) makes that year due.
  static func isDue(_ date: DateMention, kind: QuantityKind?) -> Bool {
    switch kind {
    case .allocation, .standard: return date.marked || date.followedByLimitVerb
    case .baseline, .target, nil: return true
    }
  }

  /// The sentence around `position`; in a table row (a line with TABs) the whole
  /// row, so a task's 完成时限 cell is the deadline of the quantities in its task cell.
  private func sentenceRange(around position: Int) -> Range<Int> {
    var start = position
    while start > 0, let c = text[start - 1], !CommitmentScalarClass.endsSentence(c) { start -= 1 }
    var end = position
    while end < text.count, let c = text[end], !CommitmentScalarClass.endsSentence(c) { end += 1 }
    var lineStart = start
    while lineStart > 0, let c = text[lineStart - 1], c != "\n" { lineStart -= 1 }
    var lineEnd = end
    while lineEnd < text.count, let c = text[lineEnd], c != "\n" { lineEnd += 1 }
    let inRow = (lineStart..<lineEnd).contains { text[$0] == "\t" }
    return inRow ? lineStart..<lineEnd : start..<end
  }
}

extension DeadlineResolver {
  /// The first date written in `text` that is not a baseline, as a deadline
  /// (`2020年12月底` → 2020-12-31); a year-less one takes `documentYear`.
  static func firstDate(in text: String, documentYear: Int?) -> String? {
    let t = ScalarText(text)
    let reader = DeadlineResolver(text: t)
    var i = 0
    while i < t.count {
      if var m = reader.read(at: i), !m.reference {
        if m.year == nil { m.year = documentYear }
        return m.deadline
      }
      i += 1
    }
    return nil
  }
}
