/// The keyword fields an index files records under, handed over by the caller
/// (as in tantivy's `Schema`): the search library knows how to file, filter and
/// count field values, never which fields a caller's records have.
///
/// Each value is indexed as one term, without analysis. A query filter matches
/// a value that contains its text (`place:湖南` finds 湖南省), unless the field
/// matches whole values. Build one with `SchemaBuilder`.
public struct Schema: Sendable {
  /// How a filter's text is compared with the field's values (both case-folded).
  public enum Matching: Sendable, Hashable {
    /// The value contains the text: for open lists of names.
    case containsText
    /// The value is the text: for closed lists, where one value is part of another (`notice` of `funds-notice`).
    case wholeValue
  }

  /// What the schema says about one field.
  public struct FieldEntry: Sendable {
    public let field: Field
    /// Other names a query may use for the field (`类型` for `kind`).
    public let aliases: [String]
    public let matching: Matching
    /// The fields a filter on this one searches, itself first.
    public internal(set) var searched: [Field]
    /// The indexed value a query's value stands for (`牵头` for `lead`); nil keeps the value as written.
    let queryValue: (@Sendable (String) -> String?)?
  }

  /// Every field, in the order added (`entries[k].field.id == k + 1`).
  public let entries: [FieldEntry]
  /// The fields a search counts when it is asked for facets, in the order they are shown.
  public let facets: [Field]

  init(entries: [FieldEntry], facets: [Field]) {
    self.entries = entries
    self.facets = facets
  }

  /// Every field, in the order added.
  public var fields: [Field] { entries.map(\.field) }

  /// The field a query names by its name or one of its aliases.
  public func field(named name: String) -> Field? {
    entries.first { $0.field.name == name || $0.aliases.contains(name) }?.field
  }

  /// Whether `name` is an alias of some field (a query may write one in any script).
  func isAlias(_ name: String) -> Bool { entries.contains { $0.aliases.contains(name) } }

  /// What the schema says about `field`.
  /// - Precondition: `field` belongs to this schema.
  public func entry(_ field: Field) -> FieldEntry {
    precondition(Int(field.id) >= 1 && Int(field.id) <= entries.count && entries[Int(field.id) - 1].field.name == field.name,
      "field \(field.name) is not in this schema")
    return entries[Int(field.id) - 1]
  }

  /// The value a filter on `field` searches for: the field's own name for a query's value, or the value as written.
  func queryValue(_ value: String, of field: Field) -> String {
    entry(field).queryValue?(value) ?? value
  }
}
