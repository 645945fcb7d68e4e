import ZhengceSearch

/// The schema these tests index with: every kind of field the library offers
/// (values matched as contained text or whole, a field searching another, an
/// alias, query values turned into indexed ones, facets), under names of the tests' own.
enum TestSchema {
  static let fields = Fields()
  static var schema: Schema { fields.schema }
  static var parser: QueryParser { QueryParser(schema: schema) }

  struct Fields: Sendable {
    let schema: Schema
    let province, region, department, family, role, topic, year, document, genre: Field

    init() {
      var builder = SchemaBuilder()
      province = builder.addKeywordField("province")
      region = builder.addKeywordField("region")
      department = builder.addKeywordField("dept")
      family = builder.addKeywordField("family")
      role = builder.addKeywordField("role") { ["牵头": "lead", "配合": "support"][$0] }
      topic = builder.addKeywordField("topic")
      year = builder.addKeywordField("year")
      document = builder.addKeywordField("doc")
      genre = builder.addKeywordField("genre", aliases: ["文种"], matching: .wholeValue) {
        ["通知": "notice", "资金通知": "funds-notice"][$0]
      }
      builder.search(family, alsoFor: department)
      builder.facets = [province, family, role, year, topic, genre]
      schema = builder.build()
    }
  }
}

extension Field {
  static var province: Field { TestSchema.fields.province }
  static var region: Field { TestSchema.fields.region }
  static var department: Field { TestSchema.fields.department }
  static var family: Field { TestSchema.fields.family }
  static var role: Field { TestSchema.fields.role }
  static var topic: Field { TestSchema.fields.topic }
  static var year: Field { TestSchema.fields.year }
  static var document: Field { TestSchema.fields.document }
  static var genre: Field { TestSchema.fields.genre }
}

extension Searcher {
  /// A searcher over an index built with `TestSchema`.
  init(reader: IndexReader) { self.init(reader: reader, schema: TestSchema.schema) }
}

/// A record of the tests' own shape, filed under `TestSchema`'s fields.
struct TestRecord: IndexableRecord, Hashable {
  struct Department: Sendable, Hashable {
    var name: String
    var family: String?
    var role: String
  }

  var id: String
  var document: String
  var genre: String?
  var province: String?
  var region: [String]
  var year: String?
  var heading: String
  var text: String
  var departments: [Department]
  var topics: [String]

  init(
    id: String, document: String, genre: String? = nil, province: String? = nil, region: [String] = [],
    year: String? = nil, heading: String = "", text: String, departments: [Department] = [], topics: [String] = []
  ) {
    self.id = id
    self.document = document
    self.genre = genre
    self.province = province
    self.region = region
    self.year = year
    self.heading = heading
    self.text = text
    self.departments = departments
    self.topics = topics
  }

  var fieldValues: [(Field, String)] {
    var out: [(Field, String)] = [(.document, document)]
    if let province { out.append((.province, province)) }
    out += region.map { (.region, $0) }
    if let year { out.append((.year, year)) }
    if let genre { out.append((.genre, genre)) }
    for d in departments {
      out.append((.department, d.name))
      if let family = d.family { out.append((.family, family)) }
      out.append((.role, d.role))
    }
    return out + topics.map { (.topic, $0) }
  }

  func encodeStored(into out: inout StoredRecordWriter) {
    for s in [id, document, genre ?? "", province ?? "", year ?? "", heading] { out.append(s) }
    out.append(region)
    out.append(count: departments.count)
    for d in departments {
      out.append(d.name)
      out.append(d.family ?? "")
      out.append(d.role)
    }
    out.append(topics)
  }

  init?(text: String, stored reader: inout StoredRecordReader) {
    guard let id = reader.string(), let document = reader.string(), let genre = reader.string(),
      let province = reader.string(), let year = reader.string(), let heading = reader.string(),
      let region = reader.list(), let count = reader.count()
    else { return nil }
    var departments: [Department] = []
    for _ in 0..<count {
      guard let name = reader.string(), let family = reader.string(), let role = reader.string() else { return nil }
      departments.append(Department(name: name, family: family.isEmpty ? nil : family, role: role))
    }
    guard let topics = reader.list() else { return nil }
    self.init(
      id: id, document: document, genre: genre.isEmpty ? nil : genre, province: province.isEmpty ? nil : province,
      region: region, year: year.isEmpty ? nil : year, heading: heading, text: text, departments: departments,
      topics: topics)
  }
}
