/// How a measure was cut from the document: numbering tells a reader where a
/// measure stands, so text outside any numbering is marked as such.
public enum MeasureKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// A numbered block of the outline (一、 (一) 第X条 …) or a task-table row.
  case numbered
  /// The text before the first numbered block.
  case preamble
  /// A paragraph of a document (or part) that has no numbering.
  case paragraph
}

/// A block that carries policy text, with what was extracted from it.
public struct Measure: Sendable, Hashable, Codable {
  /// `<document id>#<ordinal>`, ordinal counted from 1 in document order.
  public var id: String
  /// Markers of the block's ancestors and itself, from the top.
  public var path: [String]
  /// Numbered block, preamble or unnumbered paragraph.
  public var kind: MeasureKind
  /// The block's own title sentence, "" if none.
  public var heading: String
  /// The measure's text, exactly the normalised text under `span`.
  public var text: String
  public var span: TextSpan
  public var departments: [DepartmentRef]
  public var commitments: [Commitment]
  public var topics: [String]
  /// For a task-table row, its 完成时限 cell; absent otherwise (an added field of the contract).
  public var due: TaskDue?

  public init(
    id: String, path: [String], kind: MeasureKind = .numbered, heading: String, text: String, span: TextSpan,
    departments: [DepartmentRef] = [], commitments: [Commitment] = [], topics: [String] = [], due: TaskDue? = nil
  ) {
    self.id = id
    self.path = path
    self.kind = kind
    self.heading = heading
    self.text = text
    self.span = span
    self.departments = departments
    self.commitments = commitments
    self.topics = topics
    self.due = due
  }
}
