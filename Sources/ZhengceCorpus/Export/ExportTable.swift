/// The tidy tables `zhengce export` writes: one row per document, measure,
/// department mention, commitment and citation, joined by their ids.
///
/// Child rows keep their order under the parent in `ordinal` (counted from 1);
/// lists inside a row (issuers, topics) are joined by `;` in SQLite and CSV, and
/// stay lists in JSON Lines, the typed stream and Parquet; `measure_topics` holds
/// one row per measure and topic, for joins instead of `LIKE`. Dates are full ISO
/// dates with a `…_precision` (year, month, day): a task-table row's 完成时限 is
/// `due_text` as written and `due_date` when it states a date.
public enum ExportTable: String, Sendable, Hashable, CaseIterable {
  case documents, measures, measureTopics = "measure_topics", departments, commitments, citations

  /// A column: its name, SQLite type, whether it may be null and the row it points at.
  public struct Column: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
      case text, integer, real
      /// Stored as 0/1 in SQLite, `true`/`false` in CSV and JSON.
      case boolean
      /// `YYYY-MM-DD`: text in SQLite, CSV and JSON Lines; a date in the typed stream and Parquet.
      case date
      /// A list of strings: joined by `;` in SQLite and CSV; a list in JSON Lines, the typed stream and Parquet.
      case textList
    }
    public var name: String
    public var kind: Kind
    public var nullable: Bool
    /// `table(column)` for a foreign key.
    public var references: String?

    init(_ name: String, _ kind: Kind = .text, nullable: Bool = false, references: String? = nil) {
      self.name = name
      self.kind = kind
      self.nullable = nullable
      self.references = references
    }
  }

  /// The columns in the order every format writes them.
  public var columns: [Column] {
    switch self {
    case .documents:
      [
        Column("id"), Column("path"), Column("format"), Column("encoding"), Column("sha256"), Column("title", nullable: true),
        Column("notice_title", nullable: true), Column("genre", nullable: true), Column("genre_source", nullable: true),
        Column("doc_number", nullable: true), Column("date", .date, nullable: true),
        Column("date_precision", nullable: true),
        Column("province", nullable: true), Column("city", nullable: true), Column("county", nullable: true),
        Column("plugin"), Column("issuers", .textList),
      ]
    case .measures:
      [
        Column("id"), Column("document_id", references: "documents(id)"), Column("ordinal", .integer),
        Column("path"), Column("heading"), Column("text"), Column("span_start", .integer), Column("span_end", .integer),
        Column("topics", .textList), Column("due_text", nullable: true), Column("due_date", .date, nullable: true),
        Column("due_precision", nullable: true), Column("province", nullable: true), Column("city", nullable: true),
        Column("county", nullable: true), Column("year", .integer, nullable: true), Column("kind"),
      ]
    case .measureTopics:
      [Column("measure_id", references: "measures(id)"), Column("ordinal", .integer), Column("topic")]
    case .departments:
      [
        Column("measure_id", references: "measures(id)"), Column("ordinal", .integer), Column("name"), Column("surface"),
        Column("role"), Column("separately", .boolean), Column("family", nullable: true), Column("level", nullable: true),
        Column("renamed_from", nullable: true), Column("renamed_in", .integer, nullable: true),
        Column("inherited_from", nullable: true),
      ]
    case .commitments:
      [
        Column("measure_id", references: "measures(id)"), Column("ordinal", .integer), Column("surface"),
        Column("value", .real), Column("max", .real, nullable: true), Column("from_value", .real, nullable: true),
        Column("unit"), Column("comparator"), Column("deadline", nullable: true), Column("deadline_date", nullable: true),
        Column("deadline_precision", nullable: true), Column("subject", nullable: true), Column("per", nullable: true),
        Column("kind", nullable: true),
      ]
    case .citations:
      [
        Column("document_id", references: "documents(id)"), Column("ordinal", .integer),
        Column("title", nullable: true), Column("doc_number", nullable: true),
      ]
    }
  }

  /// The primary key; on the child tables it leads with the join key, so it also indexes it.
  public var primaryKey: [String] {
    switch self {
    case .documents, .measures: ["id"]
    case .departments, .commitments, .measureTopics: ["measure_id", "ordinal"]
    case .citations: ["document_id", "ordinal"]
    }
  }

  /// Secondary indexes, each a list of columns: the join keys the primary key does not lead with,
  /// and the department columns analysts filter on.
  public var indexes: [[String]] {
    switch self {
    case .measures: [["document_id"], ["province"]]
    case .measureTopics: [["topic"]]
    case .departments: [["name"], ["family"]]
    case .documents, .commitments, .citations: []
    }
  }
}
