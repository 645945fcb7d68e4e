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
  /// Province, city and county, the issuer's level (national for central
  /// bodies) and the division code of the deepest unit named.
  public var region: Region
  /// One line per clue used: `issuers 湖南省人民政府 names 湖南省`.
  public var evidence: [String]

  public init(region: Region = Region(), evidence: [String] = []) {
    self.region = region
    self.evidence = evidence
  }
}
