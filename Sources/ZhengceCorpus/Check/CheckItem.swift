/// What one scoreboard line counts. The raw values name the line and are the
/// `field` of `zhengce check --json` records.
public enum CheckField: String, Sendable, Hashable, CaseIterable {
  case title, noticeTitle, docNumber, date, issuers, province, city, county, level
  /// The kind of document (文种): the parser's `genre` against the expectation's `kind`.
  case genre
  case path
  case department
  case quantityValue = "quantity.value"
  case quantityFull = "quantity.full"
  case quantityDeadline = "quantity.deadline"
  case quantityKind = "quantity.kind"
  case quantitySubject = "quantity.subject"
  /// The scope a quantity is per (每户), checked where the expectation gives `per`.
  case quantityPer = "quantity.per"
  case hasMeasures = "measures"

  /// Document metadata, scored per document.
  public static let metadata: [CheckField] = [.title, .noticeTitle, .docNumber, .date, .issuers]
  public static let region: [CheckField] = [.province, .city, .county, .level]
  public static let quantity: [CheckField] = [.quantityValue, .quantityFull, .quantityDeadline, .quantityKind, .quantitySubject, .quantityPer]
}

/// One expectation checked against the parser's output.
public struct CheckItem: Sendable, Hashable {
  /// The document, as the expectation names it.
  public var file: String
  /// The document's kind, from the expectation.
  public var documentKind: String
  public var field: CheckField
  /// Stable across runs and edits elsewhere in the record: what the ratchet records.
  public var key: String
  public var passed: Bool
  public var expected: String
  public var got: String
  /// For department items, the expected role.
  public var role: String?
}
