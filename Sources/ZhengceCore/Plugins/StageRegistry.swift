/// What a pipeline stage fills in on a document's measures, so stages can say
/// what they read and write and a pipeline's order can be checked.
public enum MeasureData: String, Sendable, Hashable, CaseIterable {
  case departments
  case commitments
  case topics
  case due
}

/// Every pipeline stage by name: the standard stages, in the order every plugin
/// starts from, and the compiled stages a manifest may add. A manifest's stage
/// names resolve here, the same way for built-in and run-time manifests; a name
/// no stage has, or an order in which a stage reads what no earlier stage wrote,
/// is an error naming the manifest.
public struct StageRegistry: Sendable {
  /// The standard stages, in the order every pipeline starts from.
  public let pipeline: Pipeline
  private var byName: [String: any PipelineStage]

  public init(standard: [any PipelineStage], compiled: [any PipelineStage] = []) {
    pipeline = Pipeline(standard)
    byName = Dictionary((standard + compiled).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// This registry with `stages` added as compiled stages.
  public func adding(_ stages: [any PipelineStage]) -> StageRegistry {
    var out = self
    for stage in stages where out.byName[stage.name] == nil { out.byName[stage.name] = stage }
    return out
  }

  /// Every stage's name, sorted.
  public var names: [String] { byName.keys.sorted() }

  /// The stages `references` name, each with the stage it runs after.
  /// - Throws: `ManifestError.malformed` at `origin` when a name or an `after` is no
  ///   stage here, or when the pipeline they make has a stage reading data that
  ///   only a later stage writes.
  public func resolve(_ references: [StageReference], origin: String) throws(ManifestError) -> [(stage: any PipelineStage, after: String)] {
    var out: [(stage: any PipelineStage, after: String)] = []
    for reference in references {
      guard let stage = byName[reference.name] else { throw unknown(reference.name, origin: origin) }
      guard byName[reference.after] != nil else { throw unknown(reference.after, origin: origin) }
      out.append((stage, reference.after))
    }
    var pipeline = pipeline
    for (stage, after) in out { pipeline.insert(stage, after: after) }
    if let problem = pipeline.orderProblem {
      throw .malformed(path: origin, line: 0, reason: "stages: \(problem)")
    }
    return out
  }

  private func unknown(_ name: String, origin: String) -> ManifestError {
    .malformed(path: origin, line: 0, reason: "no stage \"\(name)\" (known: \(names.joined(separator: ", ")))")
  }
}

extension Pipeline {
  /// A stage that reads data no earlier stage writes, when a later one does:
  /// it would run on measures not yet filled in.
  public var orderProblem: String? {
    for (k, stage) in stages.enumerated() {
      for data in stage.reads.sorted(by: { $0.rawValue < $1.rawValue }) {
        let writers = stages.indices.filter { stages[$0].writes.contains(data) && stages[$0].name != stage.name }
        guard let first = writers.first, !writers.contains(where: { $0 < k }) else { continue }
        return "\(stage.name) reads \(data.rawValue) before \(stages[first].name) writes it"
      }
    }
    return nil
  }
}
