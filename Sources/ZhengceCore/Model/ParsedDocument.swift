/// One parsed policy document: exactly the JSON contract of `zhengce parse --json`
/// (see `Tests/EndToEndTests/Fixtures/document.schema.json`).
///
/// Optional fields are written as JSON `null`, never omitted.
public struct ParsedDocument: Sendable, Hashable, Codable {
  /// The contract version this value is encoded as.
  public static let currentSchemaVersion = 1

  public var schemaVersion: Int
  /// Stable identifier, by default the file stem.
  public var id: String
  public var source: SourceInfo
  /// The document's own title (the plan, not the cover notice that prints it).
  public var title: String
  /// The title of the cover notice (关于印发《…》的通知), when the document has one.
  public var noticeTitle: String?
  /// 文号, e.g. 安脱贫发〔2020〕2号.
  public var docNumber: String?
  /// 发文机关.
  public var issuers: [String]
  /// 成文/印发/发布 date, `YYYY-MM-DD`.
  public var date: String?
  public var region: Region
  /// Identifier of the plugin that handled the document.
  public var plugin: String
  public var outline: [OutlineSection]
  public var measures: [Measure]
  public var citations: [Citation]

  public init(
    id: String, source: SourceInfo, title: String, noticeTitle: String? = nil,
    docNumber: String? = nil, issuers: [String] = [], date: String? = nil,
    region: Region = Region(), plugin: String = "generic", outline: [OutlineSection] = [],
    measures: [Measure] = [], citations: [Citation] = []
  ) {
    self.schemaVersion = Self.currentSchemaVersion
    self.id = id
    self.source = source
    self.title = title
    self.noticeTitle = noticeTitle
    self.docNumber = docNumber
    self.issuers = issuers
    self.date = date
    self.region = region
    self.plugin = plugin
    self.outline = outline
    self.measures = measures
    self.citations = citations
  }

  enum CodingKeys: String, CodingKey {
    case schemaVersion, id, source, title, noticeTitle, docNumber, issuers, date, region, plugin
    case outline, measures, citations
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(schemaVersion, forKey: .schemaVersion)
    try c.encode(id, forKey: .id)
    try c.encode(source, forKey: .source)
    try c.encode(title, forKey: .title)
    try c.encode(noticeTitle, forKey: .noticeTitle)
    try c.encode(docNumber, forKey: .docNumber)
    try c.encode(issuers, forKey: .issuers)
    try c.encode(date, forKey: .date)
    try c.encode(region, forKey: .region)
    try c.encode(plugin, forKey: .plugin)
    try c.encode(outline, forKey: .outline)
    try c.encode(measures, forKey: .measures)
    try c.encode(citations, forKey: .citations)
  }
}

/// Where a document came from and how its bytes were read.
public struct SourceInfo: Sendable, Hashable, Codable {
  public var path: String
  /// `text` or `html`.
  public var format: SourceFormat
  /// What the bytes were decoded from: `utf-8` or `gb18030`.
  public var encoding: String
  /// Lowercase hex SHA-256 of the original bytes.
  public var sha256: String

  public init(path: String, format: SourceFormat, encoding: String, sha256: String) {
    self.path = path
    self.format = format
    self.encoding = encoding
    self.sha256 = sha256
  }
}

/// The kind of file a document was read from.
public enum SourceFormat: String, Sendable, Hashable, Codable {
  case text, html
}

/// Province, city and county a document belongs to; any may be unknown.
public struct Region: Sendable, Hashable, Codable {
  public var province: String?
  public var city: String?
  public var county: String?

  public init(province: String? = nil, city: String? = nil, county: String? = nil) {
    self.province = province
    self.city = city
    self.county = county
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(province, forKey: .province)
    try c.encode(city, forKey: .city)
    try c.encode(county, forKey: .county)
  }
}

/// Another document cited by title and/or 文号.
public struct Citation: Sendable, Hashable, Codable {
  public var title: String?
  public var docNumber: String?

  public init(title: String?, docNumber: String?) {
    self.title = title
    self.docNumber = docNumber
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(title, forKey: .title)
    try c.encode(docNumber, forKey: .docNumber)
  }
}
