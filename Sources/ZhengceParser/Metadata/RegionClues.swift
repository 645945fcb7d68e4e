import ZhengceCore

/// What a document says about its place, from the strongest clue to the weakest.
public struct RegionClues: Sendable {
  /// 发文机关 and the signature (落款).
  public var issuers: [String]
  public var docNumber: String?
  /// The title, and the cover notice's title.
  public var titles: [String]
  /// Metadata rows of the page or head: 来源, 发布机构.
  public var metadata: [String]
  /// The text as decoded, head lines and all; only its first
  /// `RegionResolver.bodyLimit` scalars are read.
  public var body: String

  public init(
    issuers: [String] = [], docNumber: String? = nil, titles: [String] = [], metadata: [String] = [],
    body: String = ""
  ) {
    self.issuers = issuers
    self.docNumber = docNumber
    self.titles = titles
    self.metadata = metadata
    self.body = body
  }
}

/// A document's place as resolved, with why.
public struct RegionResolution: Sendable, Hashable {
  public var region: Region
  /// national, province, city or county; nil when nothing places the document.
  public var level: String?
  /// The division code of the deepest unit named (431300), nil for national or unknown.
  public var code: String?
  /// One line per clue used: `issuer 湖南省人民政府 names 湖南省`.
  public var evidence: [String]

  public init(region: Region = Region(), level: String? = nil, code: String? = nil, evidence: [String] = []) {
    self.region = region
    self.level = level
    self.code = code
    self.evidence = evidence
  }
}
