/// When a task is due, as a task table's 完成时限 column states it for its row.
public struct TaskDue: Sendable, Hashable, Codable {
  /// The cell as written: `2020年12月底`, `长期坚持`.
  public var text: String
  /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` when the cell states a date (year-less
  /// ones take the document's year), else nil.
  public var date: String?

  public init(text: String, date: String? = nil) {
    self.text = text
    self.date = date
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(text, forKey: .text)
    try c.encode(date, forKey: .date)
  }
}
