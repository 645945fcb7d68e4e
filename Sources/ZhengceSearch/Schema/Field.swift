/// A keyword field of a `Schema`: the handle that records file values under,
/// queries filter on and facets count. Only a schema makes one
/// (`SchemaBuilder.addKeywordField`), so a field always belongs to some schema.
///
/// Two fields are the same when their ids are: within a schema an id names one field.
public struct Field: Sendable, Hashable, CustomStringConvertible {
  /// The byte that files the field's values in the term dictionary; fixed by
  /// the order fields were added, so it must not change while indexes exist.
  public let id: UInt8
  /// The name queries use (`place:`) and facets are printed under.
  public let name: String

  init(id: UInt8, name: String) {
    self.id = id
    self.name = name
  }

  public var description: String { name }

  public static func == (a: Field, b: Field) -> Bool { a.id == b.id }
  public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
