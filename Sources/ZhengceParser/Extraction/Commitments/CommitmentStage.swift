import ZhengceCore

/// The `commitments` stage: fills `measure.commitments` for every measure, and reports
/// whether stated totals and their parts agree (`commitments.sum`, see `SumCheck`).
public struct CommitmentStage: PipelineStage {
  public let name = "commitments"
  public let reads: Set<MeasureData> = []
  public let writes: Set<MeasureData> = [.commitments]
  let extractor: CommitmentExtractor

  public init(extractor: CommitmentExtractor = CommitmentExtractor()) { self.extractor = extractor }

  public func run(_ document: inout ParsedDocument, context: PipelineContext, diagnostics: inout [Diagnostic]) {
    // A year's list of work (2025年工作要点) is that year's: its goals are due then, whatever its date,
    // and a figure in one of its items that nothing marks as a fact is one of them, as under a
    // heading of goals (not in its preamble: 研究确定了…173项重点工作 counts the items).
    let annualYear = GoalHeading.annualYear(ofTitle: document.title) ?? GoalHeading.annualYear(ofTitle: document.noticeTitle)
    let goals = GoalHeading(outline: document.outline, documentYear: annualYear ?? document.date.flatMap { Int($0.prefix(4)) })
    let reviews = ReviewHeading(outline: document.outline, words: extractor.vocabulary.reviewHeadings)
    let leadIns = Self.leadInYears(document.measures)
    // A report kept without its date says which year is its own (2018年是…开局之年): 今年 is that one.
    let documentDate = document.date ?? Self.statedCurrentYear(in: context.scalars).map(String.init)
    for k in document.measures.indices {
      let measure = document.measures[k]
      let headed = goals.year(of: measure) ?? Self.leadInYear(of: measure.path, in: leadIns)
      document.measures[k].commitments = extractor.extract(
        fromScalars: context.scalars(of: measure), documentDate: documentDate, goalYear: headed ?? annualYear,
        underGoals: headed != nil || (annualYear != nil && measure.kind == .numbered), underReview: reviews.covers(measure))
    }
    let checks = SumCheck.checks(in: document, scalars: context.scalars(of:))
    guard !checks.isEmpty else { return }
    let spans = Dictionary(document.measures.map { ($0.id, $0.span) }, uniquingKeysWith: { a, _ in a })
    for check in checks {
      diagnostics.append(Diagnostic("commitments.sum", check.agrees ? .note : .warning, check.message, span: spans[check.measure]))
    }
  }

  /// How far into a text its opening may call a year its own.
  static let openingReach = 300
  /// How far after 年是 the sentence may name it a year of its own (…的开局之年).
  static let yearNameReach = 80

  /// The year an opening calls the present one: 2018年是贯彻落实…的开局之年, 2022年是…极不平凡的一年
  /// is the year the text speaks in; nil when the opening says no such thing.
  static func statedCurrentYear(in scalars: [Unicode.Scalar]) -> Int? {
    let t = ScalarText(scalars: Array(scalars.prefix(openingReach + yearNameReach)))
    var i = 4
    while i + 1 < min(t.count, openingReach) {
      defer { i += 1 }
      guard t[i] == "年", t[i + 1] == "是", (1...4).allSatisfy({ CommitmentScalarClass.digit(t[i - $0]) != nil }),
        CommitmentScalarClass.digit(t[i - 5]) == nil
      else { continue }
      var k = i + 2
      while k + 1 < min(t.count, i + yearNameReach), let c = t[k], c != "。" {
        if c == "年", t[k - 1] == "之" || t[k - 1] == "一" { return Int(t.string((i - 4)..<i)) }
        k += 1
      }
    }
    return nil
  }

  /// The sections whose own text ends by opening a limit for the items under it
  /// (…不断提高全民健康水平。到2025年: ⏎ (一)…建成5000个美丽乡村示范村), by path, with its year.
  static func leadInYears(_ measures: [Measure]) -> [[String]: Int] {
    var out: [[String]: Int] = [:]
    for measure in measures where measure.text.hasSuffix(":") {
      var tail = Substring(measure.text.dropLast())
      if let stop = tail.lastIndex(of: "。") { tail = tail[tail.index(after: stop)...] }
      guard let opener = tail.first, opener == "到" || opener == "至" else { continue }
      var rest = tail.dropFirst()
      let digits = rest.prefix { $0.isASCII && $0.isNumber }
      guard digits.count == 4, let year = Int(digits) else { continue }
      rest = rest.dropFirst(4)
      guard rest.first == "年" else { continue }
      rest = rest.dropFirst()
      if rest.first == "底" || rest.first == "末" { rest = rest.dropFirst() }
      if rest.first == "前" { rest = rest.dropFirst() }
      if rest.isEmpty { out[measure.path] = year }
    }
    return out
  }

  /// The year a lead-in above the measure opens for it.
  static func leadInYear(of path: [String], in leadIns: [[String]: Int]) -> Int? {
    guard !leadIns.isEmpty, path.count > 1 else { return nil }
    for depth in stride(from: path.count - 1, through: 1, by: -1) {
      if let year = leadIns[Array(path.prefix(depth))] { return year }
    }
    return nil
  }
}