import ZhengceSearch

/// One search hit as `search --json` prints it and `/api/search` returns it:
/// the stored record's display fields, the rank and score, and the match
/// spans (scalar offsets into the measure text) with a snippet around them.
/// One type for both, so the CLI and the web app cannot drift apart.
public struct SearchHitRecord: Sendable, Hashable, Encodable {
  /// The snippet: a window of the text with its matches, offsets relative to the window.
  public struct SnippetRecord: Sendable, Hashable, Encodable {
    public var text: String
    /// Scalar offset of the window in the measure text.
    public var start: Int
    public var matches: [[Int]]
  }

  public var rank: Int
  /// The measure's id, written `measure_id` as in tasks, commitments and export.
  public var id: String
  /// The document's id, written `document_id`.
  public var doc: String
  public var title: String
  /// The document's kind (文种), a `DocumentGenre` value, or nil.
  public var genre: String?
  public var province: String?
  public var region: [String]
  public var plugin: String?
  public var year: String?
  public var path: [String]
  public var heading: String
  public var leads: [String]
  public var topics: [String]
  public var score: Double
  public var total: Int
  public var matches: [[Int]]
  public var snippet: SnippetRecord

  /// The record of `hit`, ranked `rank` (from 1) among `total` matches, with `terms` highlighted.
  public init(_ record: IndexRecord, hit: SearchHit, rank: Int, total: Int, terms: [String]) {
    let spans = Snippet.matchSpans(in: record.text, terms: terms)
    let snippet = Snippet(text: record.text, spans: spans)
    self.rank = rank
    id = record.id
    doc = record.document
    title = record.title
    genre = record.genre
    province = record.province
    region = record.region
    plugin = record.plugin
    year = record.year
    path = record.path
    heading = record.heading
    leads = record.departments.filter { $0.role == .lead }.map(\.name)
    topics = record.topics
    score = (hit.score * 10000).rounded() / 10000
    self.total = total
    matches = spans.map { [$0.lowerBound, $0.upperBound] }
    self.snippet = SnippetRecord(
      text: snippet.text, start: snippet.start, matches: snippet.matches.map { [$0.lowerBound, $0.upperBound] })
  }

  /// Every key is written, nulls included, in a fixed order.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(rank, forKey: .rank); try c.encode(id, forKey: .id); try c.encode(doc, forKey: .doc)
    try c.encode(title, forKey: .title); try c.encode(genre, forKey: .genre); try c.encode(province, forKey: .province)
    try c.encode(region, forKey: .region)
    try c.encode(plugin, forKey: .plugin); try c.encode(year, forKey: .year); try c.encode(path, forKey: .path)
    try c.encode(heading, forKey: .heading); try c.encode(leads, forKey: .leads); try c.encode(topics, forKey: .topics)
    try c.encode(score, forKey: .score); try c.encode(total, forKey: .total); try c.encode(matches, forKey: .matches)
    try c.encode(snippet, forKey: .snippet)
  }

  enum CodingKeys: String, CodingKey {
    case rank, id = "measure_id", doc = "document_id", title, genre, province, region, plugin, year, path, heading, leads, topics, score, total, matches, snippet
  }
}
