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
    let goals = GoalHeading(outline: document.outline, documentYear: document.date.flatMap { Int($0.prefix(4)) })
    for k in document.measures.indices {
      let measure = document.measures[k]
      document.measures[k].commitments = extractor.extract(
        fromScalars: context.scalars(of: measure), documentDate: document.date, goalYear: goals.year(of: measure))
    }
    let checks = SumCheck.checks(in: document, scalars: context.scalars(of:))
    guard !checks.isEmpty else { return }
    let spans = Dictionary(document.measures.map { ($0.id, $0.span) }, uniquingKeysWith: { a, _ in a })
    for check in checks {
      diagnostics.append(Diagnostic("commitments.sum", check.agrees ? .note : .warning, check.message, span: spans[check.measure]))
    }
  }
}
