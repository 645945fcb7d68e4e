import ZhengceCore

extension StageRegistry {
  /// The parser's stages: departments, commitments, task due dates and topics, in
  /// the order every plugin's pipeline starts from. `BuiltinPlugins.stages` adds
  /// the compiled stages built-in manifests name.
  public static let standard = StageRegistry(standard: [DepartmentStage(), CommitmentStage(), TaskDueStage(), TopicStage()])
}
