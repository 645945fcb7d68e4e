import ZhengceCore
import ZhengceSearch

/// The fields the policy index files measures under, handed to the search
/// library, which knows none of them: each is a `Field` of `PolicySchema.schema`,
/// reachable as `Field.province`, `.department` … so that queries read
/// `.filter(.province, "湖南")`.
///
/// A field's id is its place in the list below, and ids are what an index
/// stores: add new fields at the end, never reorder (or bump `FileFormat.version`).
public enum PolicySchema {
  /// The schema: `province:` `region:` `plugin:` `dept:` (also searching `family:`) `family:` `role:` (`牵头` for
  /// `lead`) `topic:` `year:` `doc:` `genre:` (also `文种:`, whole genres, in English or Chinese); facets province,
  /// family, role, year, topic, genre.
  public static var schema: Schema { fields.schema }

  /// Chinese names a `role:` filter may use for a `DepartmentRole`.
  static let roleNames: [String: DepartmentRole] = ["牵头": .lead, "配合": .support, "负责": .responsible]

  static let fields = Fields()

  /// Every field's handle with the schema they belong to, made once.
  struct Fields: Sendable {
    let schema: Schema
    let province, region, plugin, department, family, role, topic, year, document, genre: Field

    init() {
      var builder = SchemaBuilder()
      province = builder.addKeywordField("province")
      region = builder.addKeywordField("region")
      plugin = builder.addKeywordField("plugin")
      department = builder.addKeywordField("dept")
      family = builder.addKeywordField("family")
      role = builder.addKeywordField("role") { PolicySchema.roleNames[$0]?.rawValue }
      topic = builder.addKeywordField("topic")
      year = builder.addKeywordField("year")
      document = builder.addKeywordField("doc")
      genre = builder.addKeywordField("genre", aliases: ["文种"], matching: .wholeValue) { DocumentGenre(name: $0)?.rawValue }
      builder.search(family, alsoFor: department)
      builder.facets = [province, family, role, year, topic, genre]
      schema = builder.build()
    }
  }
}

extension Field {
  /// The document's province.
  public static var province: Field { PolicySchema.fields.province }
  /// City and county names, when known.
  public static var region: Field { PolicySchema.fields.region }
  /// The plugin that parsed the document.
  public static var plugin: Field { PolicySchema.fields.plugin }
  /// Canonical department name and the name as written; `dept:` also searches `family`.
  public static var department: Field { PolicySchema.fields.department }
  /// Department function family (财政, 人社 …).
  public static var family: Field { PolicySchema.fields.family }
  /// A department's `DepartmentRole`, by its raw value.
  public static var role: Field { PolicySchema.fields.role }
  public static var topic: Field { PolicySchema.fields.topic }
  /// Four-digit year of the document's date.
  public static var year: Field { PolicySchema.fields.year }
  /// The document's id.
  public static var document: Field { PolicySchema.fields.document }
  /// The document's kind (文种): a `DocumentGenre` raw value, matched whole (`genre:notice` is not `funds-notice`).
  public static var genre: Field { PolicySchema.fields.genre }
}

extension QueryParser {
  /// The query language over the policy index's fields.
  public static var policy: QueryParser { QueryParser(schema: PolicySchema.schema) }
}
