import ZhengceCore

/// One measure as an OpenSearch (or Elasticsearch) document: the measure's
/// text and heading for the CJK bigram analyzer, its document's metadata
/// copied in (a search hit needs no join), keyword lists for departments,
/// roles, topics and regions, and its quantities as nested objects so that a
/// query can ask for one quantity's unit and value together.
struct OpenSearchDocument: Encodable {
  var id: String
  var documentID: String
  var title: String?
  var noticeTitle: String?
  /// The document's kind (文种), `DocumentGenre`'s value.
  var genre: String?
  /// Where the genre was read (`title` or `body`), `GenreSource`'s value.
  var genreSource: String?
  var docNumber: String?
  var date: String?
  var issuers: [String]
  var province: String?
  var city: String?
  var county: String?
  var regionLevel: String?
  var regionCode: String?
  var plugin: String
  var path: String
  var kind: String
  var heading: String
  var text: String
  var topics: [String]
  /// Canonical names of every department the measure names, in its order, once each.
  var departments: [String]
  var families: [String]
  var roles: [String]
  /// The departments that lead it (牵头).
  var leads: [String]
  var dueText: String?
  var dueDate: String?
  var quantities: [Quantity]

  struct Quantity: Encodable {
    var surface: String
    var value: Double
    var max: Double?
    var from: Double?
    var unit: String
    var comparator: String
    var deadline: String?
    var subject: String?
    var per: String?
    var kind: String?

    init(_ c: Commitment) {
      surface = c.surface
      value = c.value
      max = c.max
      from = c.from
      unit = c.unit
      comparator = c.comparator.rawValue
      deadline = c.deadline
      subject = c.subject
      per = c.per
      kind = c.kind?.rawValue
    }

    enum CodingKeys: String, CodingKey { case surface, value, max, from, unit, comparator, deadline, subject, per, kind }

    func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(surface, forKey: .surface)
      try c.encode(value.isFinite ? value : 0, forKey: .value)
      try c.encode(max.flatMap { $0.isFinite ? $0 : nil }, forKey: .max)
      try c.encode(from.flatMap { $0.isFinite ? $0 : nil }, forKey: .from)
      try c.encode(unit, forKey: .unit)
      try c.encode(comparator, forKey: .comparator)
      try c.encode(deadline, forKey: .deadline)
      try c.encode(subject, forKey: .subject)
      try c.encode(per, forKey: .per)
      try c.encode(kind, forKey: .kind)
    }
  }

  init(_ m: Measure, of d: ParsedDocument) {
    id = m.id
    documentID = d.id
    title = d.title
    noticeTitle = d.noticeTitle
    genre = d.genre?.rawValue
    genreSource = d.genreSource?.rawValue
    docNumber = d.docNumber
    date = d.date
    issuers = d.issuers
    province = d.region.province
    city = d.region.city
    county = d.region.county
    regionLevel = d.region.level?.rawValue
    regionCode = d.region.code
    plugin = d.plugin
    path = m.path.joined(separator: "/")
    kind = m.kind.rawValue
    heading = m.heading
    text = m.text
    topics = m.topics
    departments = Self.once(m.departments.map(\.name))
    families = Self.once(m.departments.compactMap(\.family))
    roles = Self.once(m.departments.map(\.role.rawValue))
    leads = Self.once(m.departments.filter { $0.role == .lead }.map(\.name))
    dueText = m.due?.text
    dueDate = m.due?.date
    quantities = m.commitments.map(Quantity.init)
  }

  private static func once(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
  }

  /// Field names as the mapping declares them (snake_case, like the export's columns).
  enum CodingKeys: String, CodingKey {
    case id, documentID = "document_id", title, noticeTitle = "notice_title", genre, genreSource = "genre_source", docNumber = "doc_number", date, issuers
    case province, city, county, regionLevel = "region_level", regionCode = "region_code", plugin, path, kind, heading, text
    case topics, departments, families, roles, leads, dueText = "due_text", dueDate = "due_date", quantities
  }

  /// Every field written, nulls included, so each bulk line has the same keys.
  func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(documentID, forKey: .documentID)
    try c.encode(title, forKey: .title)
    try c.encode(noticeTitle, forKey: .noticeTitle)
    try c.encode(genre, forKey: .genre)
    try c.encode(genreSource, forKey: .genreSource)
    try c.encode(docNumber, forKey: .docNumber)
    try c.encode(date, forKey: .date)
    try c.encode(issuers, forKey: .issuers)
    try c.encode(province, forKey: .province)
    try c.encode(city, forKey: .city)
    try c.encode(county, forKey: .county)
    try c.encode(regionLevel, forKey: .regionLevel)
    try c.encode(regionCode, forKey: .regionCode)
    try c.encode(plugin, forKey: .plugin)
    try c.encode(path, forKey: .path)
    try c.encode(kind, forKey: .kind)
    try c.encode(heading, forKey: .heading)
    try c.encode(text, forKey: .text)
    try c.encode(topics, forKey: .topics)
    try c.encode(departments, forKey: .departments)
    try c.encode(families, forKey: .families)
    try c.encode(roles, forKey: .roles)
    try c.encode(leads, forKey: .leads)
    try c.encode(dueText, forKey: .dueText)
    try c.encode(dueDate, forKey: .dueDate)
    try c.encode(quantities, forKey: .quantities)
  }
}
