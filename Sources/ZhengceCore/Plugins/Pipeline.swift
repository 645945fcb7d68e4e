/// What every pipeline stage may read besides the document it edits.
public struct PipelineContext: Sendable {
  /// The document's normalised text; measure spans index into it.
  public var text: String
  /// The same text as scalars, decoded once for every stage.
  public var scalars: [Unicode.Scalar]
  /// The document's structure, read once: typed markers of every block, and the tables.
  public var tree: DocumentTree
  /// The effective manifest of the plugin running the pipeline.
  public var manifest: PluginManifest

  public init(text: String, scalars: [Unicode.Scalar]? = nil, tree: DocumentTree = DocumentTree(), manifest: PluginManifest) {
    self.text = text
    self.scalars = scalars ?? Array(text.unicodeScalars)
    self.tree = tree
    self.manifest = manifest
  }

  /// The scalars of `measure`'s text (its span of `scalars`; decoded from the
  /// measure when the span lies outside, as in a context built for a test).
  public func scalars(of measure: Measure) -> [Unicode.Scalar] {
    guard measure.span.end <= scalars.count else { return Array(measure.text.unicodeScalars) }
    return Array(scalars[measure.span.start..<measure.span.end])
  }
}

/// One extraction step over a parsed document (departments, commitments, topics …).
public protocol PipelineStage: Sendable {
  /// A stable name by which plugins find the stage, e.g. `departments`.
  var name: String { get }
  /// What the stage reads of the measures besides their text and the tree
  /// (an earlier stage must write it).
  var reads: Set<MeasureData> { get }
  /// What the stage fills in.
  var writes: Set<MeasureData> { get }
  func run(_ document: inout ParsedDocument, context: PipelineContext, diagnostics: inout [Diagnostic])
}

/// The ordered stages a plugin runs after the outline is built.
public struct Pipeline: Sendable {
  public private(set) var stages: [any PipelineStage]

  public init(_ stages: [any PipelineStage] = []) { self.stages = stages }

  public var stageNames: [String] { stages.map(\.name) }

  /// Adds `stage` before the stage called `name`, or at the end when there is none.
  public mutating func insert(_ stage: any PipelineStage, before name: String) {
    let at = stages.firstIndex { $0.name == name } ?? stages.endIndex
    stages.insert(stage, at: at)
  }

  /// Adds `stage` after the stage called `name`, or at the end when there is none.
  public mutating func insert(_ stage: any PipelineStage, after name: String) {
    let at = stages.firstIndex { $0.name == name }.map { $0 + 1 } ?? stages.endIndex
    stages.insert(stage, at: at)
  }

  /// Replaces the stage called `name`; returns false when there is none.
  @discardableResult
  public mutating func replace(_ name: String, with stage: any PipelineStage) -> Bool {
    guard let at = stages.firstIndex(where: { $0.name == name }) else { return false }
    stages[at] = stage
    return true
  }

  public mutating func append(_ stage: any PipelineStage) { stages.append(stage) }

  public func run(_ document: inout ParsedDocument, context: PipelineContext, diagnostics: inout [Diagnostic]) {
    for stage in stages { stage.run(&document, context: context, diagnostics: &diagnostics) }
  }
}
