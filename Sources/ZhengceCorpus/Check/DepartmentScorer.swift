import ZhengceCore

/// Departments: each expected body and role is found or not (recall); each
/// role the parser gives a body the reader named is right or not (precision).
/// Bodies the reader did not name are not counted: a record may list only some.
struct DepartmentScorer {
  var expected: [ExpectedDepartment]
  var measures: [Measure]

  func score(into score: inout DocumentScore) {
    let given = Set(measures.flatMap(\.departments).flatMap { ref in
      Self.names(of: ref).map { Attribution(name: $0, role: ref.role.rawValue) }
    })
    let wanted = Set(expected.map { Attribution(name: CheckText.folded($0.name), role: $0.role) })
    for department in expected {
      let attribution = Attribution(name: CheckText.folded(department.name), role: department.role)
      let passed = given.contains(attribution)
      let roles = given.filter { $0.name == attribution.name }.map(\.role).sorted()
      score.add(
        .department, key: "department:\(department.name)/\(department.role)", passed: passed,
        expected: "\(department.name) \(department.role)",
        got: roles.isEmpty ? "not found" : "\(department.name) \(roles.joined(separator: ","))", role: department.role)
    }
    let namedByReader = Set(wanted.map(\.name))
    for attribution in given where namedByReader.contains(attribution.name) {
      var tally = score.attributed[attribution.role] ?? (0, 0)
      tally.made += 1
      if wanted.contains(attribution) { tally.right += 1 }
      score.attributed[attribution.role] = tally
    }
  }

  /// A body matches by its canonical name, what the text wrote, or its name before a renaming.
  private static func names(of ref: DepartmentRef) -> Set<String> {
    Set([ref.name, ref.surface, ref.renamedFrom].compactMap { $0 }.map(CheckText.folded))
  }

  private struct Attribution: Hashable {
    var name: String
    var role: String
  }
}
