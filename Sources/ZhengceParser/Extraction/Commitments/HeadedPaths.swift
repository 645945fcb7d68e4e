import ZhengceCore

/// What an outline's headings say of the sections under them: each path
/// (markers joined by "/") mapped to what its own heading says, else the
/// nearest enclosing heading that says anything. Read once per document,
/// since most documents have no such heading; a measure looks its path up.
/// `GoalHeading` reads the year of goals, `ReviewHeading` a review of the past.
struct HeadedPaths<Value> {
  private var byPath: [String: Value] = [:]

  /// - Parameter read: what a heading says, nil when it says nothing.
  init(_ outline: [OutlineSection], read: (String) -> Value?) {
    visit(outline, prefix: "", inherited: nil, read: read)
  }

  /// What the headings say of the section at `path`.
  func value(at path: [String]) -> Value? {
    byPath.isEmpty ? nil : byPath[path.joined(separator: "/")]
  }

  private mutating func visit(_ sections: [OutlineSection], prefix: String, inherited: Value?, read: (String) -> Value?) {
    for section in sections {
      let path = prefix.isEmpty ? section.marker : prefix + "/" + section.marker
      let value = read(section.title) ?? inherited
      if let value { byPath[path] = value }
      visit(section.children, prefix: path, inherited: value, read: read)
    }
  }
}
