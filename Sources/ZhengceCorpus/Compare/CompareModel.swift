import ZhengceCore

/// Measures on one subject side by side, one column per province (or per
/// document), with leads, commitments and the indicators that line up
/// across columns. This is what `zhengce compare` prints in every format.
public struct Comparison: Sendable, Hashable, Codable {
  /// What was compared: `topic:易地扶贫搬迁` or `query:宽带 覆盖`.
  public var selection: String
  public var grouping: CompareGrouping
  public var columns: [CompareColumn]
  /// Commitments of the same kind in two or more columns, one row each.
  public var indicators: [IndicatorRow]

  public init(selection: String, grouping: CompareGrouping, columns: [CompareColumn], indicators: [IndicatorRow]) {
    self.selection = selection
    self.grouping = grouping
    self.columns = columns
    self.indicators = indicators
  }
}

/// How documents become columns.
public enum CompareGrouping: String, Sendable, Hashable, Codable, CaseIterable {
  /// One column per province; a province's prefectures join it (湘西 → 湖南).
  case province
  /// One column per document.
  case doc
}

/// One province (or document) and what it says on the subject.
public struct CompareColumn: Sendable, Hashable, Codable {
  /// The province's full name (湖南省) or the document id; "" for an unknown province.
  public var key: String
  /// Short display name: 湖南, or the document title.
  public var label: String
  public var documents: [ComparedDocument]
  public var measures: [ComparedMeasure]
  /// Lead departments of the measures, grouped by family (财政, 人社 …).
  public var leads: [LeadFamily]
  /// Every commitment of the measures; `indicator` says which row it lines up in.
  public var commitments: [ComparedCommitment]

  /// Commitments that line up with no other column.
  public var unmatched: [ComparedCommitment] { commitments.filter { $0.indicator == nil } }
}

/// A document that contributes to a column.
public struct ComparedDocument: Sendable, Hashable, Codable {
  public var id: String
  public var title: String
}

/// A selected measure, as a column lists it.
public struct ComparedMeasure: Sendable, Hashable, Codable {
  /// The measure id, `<document id>#<ordinal>`.
  public var id: String
  public var document: String
  public var path: [String]
  public var heading: String
  /// The text's opening words when the measure has no heading (closing
  /// paragraphs, untitled items), "" otherwise.
  public var excerpt: String
  public var topics: [String]
  /// Lead departments (牵头); the responsible ones (负责) where no lead is named.
  public var leads: [LeadDepartment]
}

/// A department that leads a measure.
public struct LeadDepartment: Sendable, Hashable, Codable {
  public var name: String
  /// Function family (财政, 人社, 发改 …), nil until the registry knows it.
  public var family: String?

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(name, forKey: .name)
    try c.encode(family, forKey: .family)
  }
}

/// The lead departments of one family within a column.
public struct LeadFamily: Sendable, Hashable, Codable {
  /// nil for departments whose family is unknown.
  public var family: String?
  public var departments: [String]

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(family, forKey: .family)
    try c.encode(departments, forKey: .departments)
  }
}

/// A commitment with the measure it comes from and how it was matched; its
/// own fields (`surface`, `value`, `unit` …) read through to `commitment`.
@dynamicMemberLookup
public struct ComparedCommitment: Sendable, Hashable, Codable {
  /// Id of the measure that states it.
  public var measure: String
  public var path: [String]
  public var commitment: Commitment
  /// The topic of the clause that states it.
  public var topic: String?
  /// The counted noun phrase used for matching (the clause without the number).
  public var phrase: String
  /// Id of the indicator row it lines up in, nil when unmatched.
  public var indicator: String?

  public init(measure: String, path: [String], commitment: Commitment, topic: String?, phrase: String, indicator: String? = nil) {
    self.measure = measure
    self.path = path
    self.commitment = commitment
    self.topic = topic
    self.phrase = phrase
    self.indicator = indicator
  }

  public subscript<T>(dynamicMember field: KeyPath<Commitment, T>) -> T { commitment[keyPath: field] }

  enum CodingKeys: String, CodingKey {
    case measure, path, topic, phrase, indicator
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    measure = try c.decode(String.self, forKey: .measure)
    path = try c.decode([String].self, forKey: .path)
    commitment = try Commitment(from: decoder)
    topic = try c.decodeIfPresent(String.self, forKey: .topic)
    phrase = try c.decode(String.self, forKey: .phrase)
    indicator = try c.decodeIfPresent(String.self, forKey: .indicator)
  }

  /// One flat object: where it is from, the commitment's fields, how it was matched.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(measure, forKey: .measure)
    try c.encode(path, forKey: .path)
    try commitment.encode(to: encoder)
    try c.encode(topic, forKey: .topic)
    try c.encode(phrase, forKey: .phrase)
    try c.encode(indicator, forKey: .indicator)
  }
}

/// Commitments of one kind (same topic, unit and counted phrase) across columns.
public struct IndicatorRow: Sendable, Hashable, Codable {
  /// `I1`, `I2` … in the order rows are first met.
  public var id: String
  /// The phrase the members share, e.g. 宽带网络覆盖.
  public var label: String
  public var topic: String?
  public var unit: String
  /// One cell per column, in column order; empty where a column has none.
  public var cells: [IndicatorCell]

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(label, forKey: .label)
    try c.encode(topic, forKey: .topic)
    try c.encode(unit, forKey: .unit)
    try c.encode(cells, forKey: .cells)
  }
}

/// A column's commitments in an indicator row.
public struct IndicatorCell: Sendable, Hashable, Codable {
  /// The column's key.
  public var column: String
  public var commitments: [ComparedCommitment]
}
