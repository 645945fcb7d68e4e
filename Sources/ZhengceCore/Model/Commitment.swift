/// How a commitment's value relates to what is counted.
public enum Comparator: String, Sendable, Hashable, Codable, CaseIterable {
  case equal = "="
  case atLeast = ">="
  case above = ">"
  case atMost = "<="
  case below = "<"
  /// 左右 / 约
  case approximately = "~"
  /// value … max
  case range
  /// raised to value (from `from`)
  case to
}

/// What a quantity is to the reader: a promise, a fact, money handed out or a norm.
/// Researchers compare targets with targets, so this is part of the contract.
public enum QuantityKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// A goal to reach (确保, 力争, 到20XX年, a limit).
  case target
  /// A fact about the present or past (现有, 截至, 已经); never due, so without a deadline.
  case baseline
  /// Money or quotas assigned (下达, 安排, 分配, 拨付).
  case allocation
  /// A rate or norm (补助标准为每人每年3000元), or a bound that says who or what
  /// qualifies (年满70周岁以上的老人, 人均收入625元以下的家庭).
  case standard
}

/// A numeric commitment: a quantity a measure promises, limits or targets.
public struct Commitment: Sendable, Hashable, Codable {
  /// The text the quantity was read from, a substring of the measure text.
  public var surface: String
  public var value: Double
  /// Upper bound of a range.
  public var max: Double?
  /// Starting value of a raise (由A提高到B).
  public var from: Double?
  /// Base unit after scaling: 元, 人, %, 元/年, `ratio`, `times` …
  public var unit: String
  public var comparator: Comparator
  /// Target date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
  public var deadline: String?
  /// Short phrase of what is counted.
  public var subject: String?
  /// The scope each unit of the value is for (每户, 每个贫困村, 每人每年), as written; nil
  /// when none is. Kept apart from `subject` (since contract version 5) so that an analyst
  /// groups 补助 across documents whatever it is paid per, and the unit stays a base unit.
  public var per: String?
  /// Target, baseline, allocation or standard; nil when the text does not tell.
  public var kind: QuantityKind?

  public init(
    surface: String, value: Double, max: Double? = nil, from: Double? = nil, unit: String,
    comparator: Comparator = .equal, deadline: String? = nil, subject: String? = nil, per: String? = nil,
    kind: QuantityKind? = nil
  ) {
    self.surface = surface
    self.value = value
    self.max = max
    self.from = from
    self.unit = unit
    self.comparator = comparator
    self.deadline = deadline
    self.subject = subject
    self.per = per
    self.kind = kind
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(surface, forKey: .surface)
    try c.encode(value, forKey: .value)
    try c.encode(max, forKey: .max)
    try c.encode(from, forKey: .from)
    try c.encode(unit, forKey: .unit)
    try c.encode(comparator, forKey: .comparator)
    try c.encode(deadline, forKey: .deadline)
    try c.encode(subject, forKey: .subject)
    try c.encode(per, forKey: .per)
    try c.encode(kind, forKey: .kind)
  }
}
