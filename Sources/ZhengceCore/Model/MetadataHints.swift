/// Metadata a container (an HTML page's info table) states about the document
/// it wraps; the parser prefers these over what it infers from the body.
public struct MetadataHints: Sendable, Hashable {
  public var title: String?
  public var docNumber: String?
  public var issuers: [String]
  /// The date the document was written or issued (成文/发文/印发日期), `YYYY-MM-DD`.
  public var date: String?
  /// The date the page was published (发布日期/发布时间), `YYYY-MM-DD`: weaker than
  /// a date the document itself states.
  public var publishedDate: String?
  /// 来源 / 发布机构 line, when given.
  public var publisher: String?
  /// 索引号.
  public var indexNumber: String?

  public init(
    title: String? = nil, docNumber: String? = nil, issuers: [String] = [], date: String? = nil,
    publisher: String? = nil, indexNumber: String? = nil, publishedDate: String? = nil
  ) {
    self.publishedDate = publishedDate
    self.title = title
    self.docNumber = docNumber
    self.issuers = issuers
    self.date = date
    self.publisher = publisher
    self.indexNumber = indexNumber
  }
}
