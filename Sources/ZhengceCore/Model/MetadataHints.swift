/// Metadata a container (an HTML page's info table) states about the document
/// it wraps; the parser prefers these over what it infers from the body.
public struct MetadataHints: Sendable, Hashable {
  public var title: String?
  public var docNumber: String?
  public var issuers: [String]
  /// `YYYY-MM-DD`.
  public var date: String?
  /// 来源 / 发布机构 line, when given.
  public var publisher: String?
  /// 索引号.
  public var indexNumber: String?

  public init(
    title: String? = nil, docNumber: String? = nil, issuers: [String] = [], date: String? = nil,
    publisher: String? = nil, indexNumber: String? = nil
  ) {
    self.title = title
    self.docNumber = docNumber
    self.issuers = issuers
    self.date = date
    self.publisher = publisher
    self.indexNumber = indexNumber
  }
}
