/// One parsed policy document: exactly the JSON contract of `zhengce parse --json`
/// (see `contract/DOCUMENT.md` and `contract/document.schema.json`).
///
/// Optional fields are written as JSON `null`, never omitted.
public struct ParsedDocument: Sendable, Hashable, Codable {
  /// The contract version this value is encoded as.
  public static let currentSchemaVersion = 6

  public var schemaVersion: Int
  /// Stable identifier, by default the file stem.
  public var id: String
  public var source: SourceInfo
  /// The document's own title (the plan, not the cover notice that prints it);
  /// nil when the text does not contain it.
  public var title: String?
  /// The title of the cover notice (关于印发《…》的通知), when the document has one.
  public var noticeTitle: String?
  /// The kind of document (文种) its title names, or else its body names as its own
  /// (特提出如下实施意见); nil when neither does.
  public var genre: DocumentGenre?
  /// Where `genre` was read; nil when `genre` is.
  public var genreSource: GenreSource?
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
    id: String, source: SourceInfo, title: String?, noticeTitle: String? = nil, genre: DocumentGenre? = nil,
    genreSource: GenreSource? = nil, docNumber: String? = nil, issuers: [String] = [], date: String? = nil,
    region: Region = Region(), plugin: String = "generic", outline: [OutlineSection] = [],
    measures: [Measure] = [], citations: [Citation] = []
  ) {
    self.schemaVersion = Self.currentSchemaVersion
    self.id = id
    self.source = source
    self.title = title
    self.noticeTitle = noticeTitle
    self.genre = genre
    self.genreSource = genre == nil ? nil : genreSource
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
    case schemaVersion, id, source, title, noticeTitle, genre, genreSource, docNumber, issuers, date, region, plugin
    case outline, measures, citations
  }

  /// What to show for the document where a title is needed: its title, or its id.
  public var displayTitle: String { title ?? id }

  /// Refuses a document of another contract version by name, so that a reader
  /// never takes a field to mean what it meant in another version.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let version = try c.decode(Int.self, forKey: .schemaVersion)
    guard version == Self.currentSchemaVersion else {
      throw DecodingError.dataCorruptedError(
        forKey: .schemaVersion, in: c,
        debugDescription: "schemaVersion \(version) is not supported: this zhengce reads version \(Self.currentSchemaVersion) (see contract/DOCUMENT.md, Changelog); parse the documents again with this version")
    }
    schemaVersion = version
    id = try c.decode(String.self, forKey: .id)
    source = try c.decode(SourceInfo.self, forKey: .source)
    title = try c.decodeIfPresent(String.self, forKey: .title)
    noticeTitle = try c.decodeIfPresent(String.self, forKey: .noticeTitle)
    genre = try c.decodeIfPresent(DocumentGenre.self, forKey: .genre)
    genreSource = try c.decodeIfPresent(GenreSource.self, forKey: .genreSource)
    docNumber = try c.decodeIfPresent(String.self, forKey: .docNumber)
    issuers = try c.decode([String].self, forKey: .issuers)
    date = try c.decodeIfPresent(String.self, forKey: .date)
    region = try c.decode(Region.self, forKey: .region)
    plugin = try c.decode(String.self, forKey: .plugin)
    outline = try c.decode([OutlineSection].self, forKey: .outline)
    measures = try c.decode([Measure].self, forKey: .measures)
    citations = try c.decode([Citation].self, forKey: .citations)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(schemaVersion, forKey: .schemaVersion)
    try c.encode(id, forKey: .id)
    try c.encode(source, forKey: .source)
    try c.encode(title, forKey: .title)
    try c.encode(noticeTitle, forKey: .noticeTitle)
    try c.encode(genre, forKey: .genre)
    try c.encode(genreSource, forKey: .genreSource)
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

/// The level of government a document comes from. A national document has
/// no province, which is different from a province that is not known.
public enum RegionLevel: String, Sendable, Hashable, Codable, CaseIterable {
  case national, province, city, county
}

/// Province, city and county a document belongs to; any may be unknown.
public struct Region: Sendable, Hashable, Codable {
  public var province: String?
  public var city: String?
  public var county: String?
  /// The issuer's level of government, nil when not known.
  public var level: RegionLevel?
  /// The 6-digit administrative-division code of the most specific place known.
  public var code: String?

  public init(
    province: String? = nil, city: String? = nil, county: String? = nil,
    level: RegionLevel? = nil, code: String? = nil
  ) {
    self.province = province
    self.city = city
    self.county = county
    self.level = level
    self.code = code
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(province, forKey: .province)
    try c.encode(city, forKey: .city)
    try c.encode(county, forKey: .county)
    try c.encode(level, forKey: .level)
    try c.encode(code, forKey: .code)
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
