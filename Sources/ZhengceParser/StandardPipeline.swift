import ZhengceCore

extension Pipeline {
  /// The stages every plugin starts from, in order. Plugins adjust this list by
  /// stage name in `PolicyPlugin.configure(_:)`.
  public static var standard: Pipeline {
    Pipeline([
      // Each extraction issue appends its stage here, e.g. DepartmentStage(), CommitmentStage().
      DepartmentStage(),
      CommitmentStage(),
      TaskDueStage(),
      TopicStage(),
    ])
  }
}
