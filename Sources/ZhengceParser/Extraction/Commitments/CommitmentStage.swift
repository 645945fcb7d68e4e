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
    for k in document.measures.indices {
      let measure = document.measures[k]
      let headed = goals.year(of: measure)
      document.measures[k].commitments = extractor.extract(
        fromScalars: context.scalars(of: measure), documentDate: document.date, goalYear: headed ?? annualYear,
        underGoals: headed != nil || (annualYear != nil && measure.kind == .numbered), underReview: reviews.covers(measure))
    }
    let checks = SumCheck.checks(in: document, scalars: context.scalars(of:))
    guard !checks.isEmpty else { return }
    let spans = Dictionary(document.measures.map { ($0.id, $0.span) }, uniquingKeysWith: { a, _ in a })
    for check in checks {
      diagnostics.append(Diagnostic("commitments.sum", check.agrees ? .note : .warning, check.message, span: spans[check.measure]))
    }
  }
}
