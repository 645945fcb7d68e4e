import ZhengceCore

/// The addressees of a notice (`县交通局、农业农村局:` on its own line before the body):
/// the bodies that carry it out, so they are `responsible` for what it asks.
extension DepartmentExtractor {
  /// The bodies of the addressee line in `scalars[..<end]`: the first line that ends with
  /// a colon and lists only bodies (各区人民政府,市政府各部门:). Empty when there is none.
  public func addressees(in scalars: [Unicode.Scalar], before end: Int) -> [DepartmentRef] {
    let t = AttributionText(scalars: Array(scalars[..<min(end, scalars.count)]))
    var lineStart = 0
    for i in 0...t.count where i == t.count || t.scalars[i] == "\n" {
      defer { lineStart = i + 1 }
      var e = i
      while e > lineStart, t.scalars[e - 1] == " " || t.scalars[e - 1] == "\u{3000}" { e -= 1 }
      guard e - lineStart >= 3, e - lineStart <= Self.longestNames, AttributionText.isColon(t.scalars[e - 1]),
        !t.scalars[lineStart..<e].contains(where: Self.notInNames)
      else { continue }
      let found = items(t, lineStart..<(e - 1))
      guard !found.isEmpty, found.allSatisfy({ isAddressee($0.name) }) else { continue }
      return found.map { item in
        let surface = t.surface(item.range)
        let resolved = registry.resolve(item.name)
        return DepartmentRef(
          name: resolved?.name ?? item.name, surface: surface, role: .responsible, family: resolved?.family, level: resolved?.level,
          renamedFrom: resolved?.renamedFrom, renamedIn: resolved?.renamedIn)
      }
    }
    return []
  }

  /// Quotes and title marks: a line with them (市级“八办两组”牵头部门) is more than a list of names.
  private static func notInNames(_ s: Unicode.Scalar) -> Bool { s == "“" || s == "”" || s == "《" || s == "》" || s == "\"" }

  /// A body, or a collective of bodies (市政府各部门, 各镇乡脱贫攻坚领导小组).
  private func isAddressee(_ name: String) -> Bool {
    if registry.isStrictDepartment(name) || registry.endsLikeDepartment(ArraySlice(name.unicodeScalars)) { return true }
    return Self.collectiveEnds.contains { name.hasSuffix($0) }
  }

  private static let collectiveEnds = ["部门", "单位", "政府", "领导小组", "成员单位", "管委会", "办事处", "委、办、局", "乡镇", "镇", "乡", "街道", "(街道)"]
}
