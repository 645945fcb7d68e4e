import ZhengceCore

/// The `commitments` stage: fills `measure.commitments` for every measure.
public struct CommitmentStage: PipelineStage {
  public let name = "commitments"
  let extractor: CommitmentExtractor

  public init(extractor: CommitmentExtractor = CommitmentExtractor()) { self.extractor = extractor }

  public func run(_ document: inout ParsedDocument, context: PipelineContext, diagnostics: inout [Diagnostic]) {
    for k in document.measures.indices {
      document.measures[k].commitments = extractor.extract(
        fromScalars: context.scalars(of: document.measures[k]), documentDate: document.date)
    }
  }
}
