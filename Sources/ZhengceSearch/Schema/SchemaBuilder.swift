/// Builds a `Schema` field by field, handing out each field's handle:
///
/// ```swift
/// var builder = SchemaBuilder()
/// let place = builder.addKeywordField("place")
/// let kind = builder.addKeywordField("kind", aliases: ["类型"], matching: .wholeValue)
/// builder.facets = [kind, place]
/// let schema = builder.build()
/// ```
///
/// A field's id is its position (from 1), and ids are what the index stores:
/// add fields in the same order for as long as indexes built with them exist.
public struct SchemaBuilder: Sendable {
  private var entries: [Schema.FieldEntry] = []
  /// The fields counted for facets, in the order shown.
  public var facets: [Field] = []

  public init() {}

  /// Adds a keyword field and returns its handle.
  /// - Parameters:
  ///   - name: the name queries use; letters only, as the query language reads `name:value`.
  ///   - aliases: other names a query may use.
  ///   - matching: how a filter's text is compared with the values.
  ///   - queryValue: the indexed value a query's value stands for, nil to keep it as written.
  public mutating func addKeywordField(
    _ name: String, aliases: [String] = [], matching: Schema.Matching = .containsText,
    queryValue: (@Sendable (String) -> String?)? = nil
  ) -> Field {
    precondition(entries.count < Int(UInt8.max), "a schema holds at most \(UInt8.max) fields")
    precondition(!name.isEmpty && name.allSatisfy { $0.isASCII && $0.isLetter }, "field name \(name) is not ASCII letters")
    let field = Field(id: UInt8(entries.count + 1), name: name)
    entries.append(Schema.FieldEntry(field: field, aliases: aliases, matching: matching, searched: [field], queryValue: queryValue))
    return field
  }

  /// Makes a filter on `field` also search `other` (a filter on a unit also finds the group units belong to).
  public mutating func search(_ other: Field, alsoFor field: Field) {
    entries[Int(field.id) - 1].searched.append(other)
  }

  public func build() -> Schema { Schema(entries: entries, facets: facets) }
}
