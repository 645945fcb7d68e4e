/// How a department is named in a measure.
public enum DepartmentRole: String, Sendable, Hashable, Codable, CaseIterable {
  /// 牵头
  case lead
  /// 配合 / 参与 / 责任单位 next to a lead
  case support
  /// 负责, where no lead is named
  case responsible
  /// Whose advice or proposals are taken (结合…的建议): neither lead nor support.
  case consulted
}

/// A department named in a measure, with its role.
public struct DepartmentRef: Sendable, Hashable, Codable {
  /// Canonical name, aliases resolved through the registry; a renamed body
  /// under its current name (省扶贫办 → 省乡村振兴局).
  public var name: String
  /// As written in the text, stray spaces kept.
  public var surface: String
  public var role: DepartmentRole
  /// True for 分别牵头(负责).
  public var separately: Bool
  /// Function family (财政, 人社, 发改 …), when known.
  public var family: String?
  /// Administrative level (中央, 省, 市, 县, 乡镇, 村), when known.
  public var level: String?
  /// For a renamed body, the canonical name the document's name stands for
  /// (省扶贫开发办公室 when `name` is 省乡村振兴局); nil otherwise.
  public var renamedFrom: String?
  /// Year of the reform that gave the body its current name, with `renamedFrom`.
  public var renamedIn: Int?
  /// Path of the measure the department was taken from, when the measure does
  /// not name it itself (an Ankang annex carries out a task of the main text: `二/(一)`).
  public var inheritedFrom: String?

  public init(
    name: String, surface: String, role: DepartmentRole, separately: Bool = false,
    family: String? = nil, level: String? = nil, renamedFrom: String? = nil, renamedIn: Int? = nil
  ) {
    self.name = name
    self.surface = surface
    self.role = role
    self.separately = separately
    self.family = family
    self.level = level
    self.renamedFrom = renamedFrom
    self.renamedIn = renamedIn
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(name, forKey: .name)
    try c.encode(surface, forKey: .surface)
    try c.encode(role, forKey: .role)
    try c.encode(separately, forKey: .separately)
    try c.encode(family, forKey: .family)
    try c.encode(level, forKey: .level)
    try c.encodeIfPresent(renamedFrom, forKey: .renamedFrom)
    try c.encodeIfPresent(renamedIn, forKey: .renamedIn)
    try c.encodeIfPresent(inheritedFrom, forKey: .inheritedFrom)
  }
}
