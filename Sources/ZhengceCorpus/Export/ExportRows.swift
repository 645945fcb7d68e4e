import ZhengceCore

extension ExportTable {
  /// The rows `document` contributes to this table, cells in `columns` order, lists
  /// joined by `;` (what SQLite and CSV store).
  public func rows(of document: ParsedDocument) -> [[ExportValue]] {
    typedRows(of: document).map { $0.map(\.joined) }
  }

  /// The rows `document` contributes to this table, with `.list` cells in the
  /// `textList` columns (what JSON Lines, the typed stream and Parquet write).
  public func typedRows(of document: ParsedDocument) -> [[ExportValue]] {
    switch self {
    case .documents: [Self.documentRow(document)]
    case .measures: document.measures.enumerated().map { Self.measureRow($1, document: document, ordinal: $0 + 1) }
    case .measureTopics: document.measures.flatMap { m in m.topics.enumerated().map { [.text(m.id), .integer($0 + 1), .text($1)] } }
    case .departments:
      document.measures.flatMap { m in m.departments.enumerated().map { Self.departmentRow($1, measure: m.id, ordinal: $0 + 1) } }
    case .commitments:
      document.measures.flatMap { m in m.commitments.enumerated().map { Self.commitmentRow($1, measure: m.id, ordinal: $0 + 1) } }
    case .citations:
      document.citations.enumerated().map { [.text(document.id), .integer($0 + 1), .orNull($1.title), .orNull($1.docNumber)] }
    }
  }

  static func documentRow(_ d: ParsedDocument) -> [ExportValue] {
    [
      .text(d.id), .text(d.source.path), .text(d.source.format.rawValue), .text(d.source.encoding), .text(d.source.sha256),
      .orNull(d.title), .orNull(d.noticeTitle), .orNull(d.genre?.rawValue), .orNull(d.genreSource?.rawValue),
      .orNull(d.docNumber), .orNull(DateValue.start(d.date)?.date),
      .orNull(DateValue.start(d.date)?.precision.rawValue),
      .orNull(d.region.province), .orNull(d.region.city), .orNull(d.region.county),
      .text(d.plugin), .list(d.issuers),
    ]
  }

  /// A measure with where and when its document is from, so a measure table
  /// alone can be grouped by province or year.
  static func measureRow(_ m: Measure, document d: ParsedDocument, ordinal: Int) -> [ExportValue] {
    let due = DateValue.deadline(m.due?.date)
    return [
      .text(m.id), .text(d.id), .integer(ordinal), .text(m.path.joined(separator: "/")), .text(m.heading),
      .text(m.text), .integer(m.span.start), .integer(m.span.end), .list(m.topics),
      .orNull(m.due?.text), .orNull(due?.date), .orNull(due?.precision.rawValue),
      .orNull(d.region.province), .orNull(d.region.city), .orNull(d.region.county), .orNull(d.date.flatMap { Int($0.prefix(4)) }),
      .text(m.kind.rawValue),
    ]
  }

  static func departmentRow(_ r: DepartmentRef, measure: String, ordinal: Int) -> [ExportValue] {
    [
      .text(measure), .integer(ordinal), .text(r.name), .text(r.surface), .text(r.role.rawValue), .bool(r.separately),
      .orNull(r.family), .orNull(r.level), .orNull(r.renamedFrom), .orNull(r.renamedIn), .orNull(r.inheritedFrom),
    ]
  }

  static func commitmentRow(_ c: Commitment, measure: String, ordinal: Int) -> [ExportValue] {
    [
      .text(measure), .integer(ordinal), .text(c.surface), .real(c.value), .orNull(c.max), .orNull(c.from),
      .text(c.unit), .text(c.comparator.rawValue), .orNull(c.deadline), .orNull(DateValue.deadline(c.deadline)?.date),
      .orNull(DateValue.deadline(c.deadline)?.precision.rawValue), .orNull(c.subject), .orNull(c.per), .orNull(c.kind?.rawValue),
    ]
  }
}
