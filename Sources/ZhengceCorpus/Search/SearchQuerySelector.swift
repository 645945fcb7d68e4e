import Foundation
import ZhengceCore
import ZhengceParser
import ZhengceSearch

/// `compare QUERY`: the measures `zhengce search QUERY` would find among the
/// compared documents — the same query language (phrases, AND/OR/NOT, field
/// filters) and the same exact-substring matching — answered by the index of
/// those documents (a temporary one for documents just parsed). `topic:` takes
/// topic aliases and groups too (易地搬迁, 基础设施), resolved through the taxonomy first.
public struct SearchQuerySelector: MeasureSelector {
  public var query: String
  public var ids: Set<String>
  /// The index records of the measures found, when an index was searched directly.
  public private(set) var records: [Int32] = []

  /// The measures `query` finds in `documents`, through a temporary index of them.
  /// - Throws: `CompareError.emptyQuery`, `.unknownTopic`, or `.badQuery` with the parser's message.
  public init(
    _ query: String, documents: [ParsedDocument], taxonomy: TopicTaxonomy = .standard,
    departments: DepartmentQueryExpansion? = nil
  ) throws(CompareError) {
    self.query = query
    ids = try Self.matches(Self.parse(query, taxonomy, departments), in: documents)
  }

  /// The measures `query` finds in the index `reader` opened.
  /// - Throws: `CompareError.emptyQuery`, `.unknownTopic`, or `.badQuery` with the parser's message;
  ///   `IndexError.corrupt` for a part of the index the search reads.
  public init(
    _ query: String, reader: IndexReader, taxonomy: TopicTaxonomy = .standard, departments: DepartmentQueryExpansion? = nil
  ) throws {
    self.query = query
    records = try Searcher(reader: reader, schema: PolicySchema.schema).search(try Self.parse(query, taxonomy, departments), limit: 0).hits.map(\.doc)
    ids = Set(records.map(reader.id))
  }

  /// The query with topics resolved and `dept:` widened.
  private static func parse(
    _ query: String, _ taxonomy: TopicTaxonomy, _ departments: DepartmentQueryExpansion?
  ) throws(CompareError) -> Query {
    guard query.contains(where: { !$0.isWhitespace }) else { throw .emptyQuery }
    let parsed: Query
    do {
      parsed = try QueryParser.policy.parse(try Self.resolvingTopics(query, taxonomy))
    } catch let error as CompareError {
      throw error
    } catch {
      throw .badQuery("\(error)")
    }
    return departments?.expand(parsed) ?? parsed
  }

  public var selection: String { "query:\(query)" }

  public func selects(_ measure: Measure, in document: ParsedDocument) -> Bool { ids.contains(measure.id) }

  /// `topic:易地搬迁` → `topic:易地扶贫搬迁`; a group becomes `(topic:A OR topic:B …)`.
  static func resolvingTopics(_ query: String, _ taxonomy: TopicTaxonomy) throws(CompareError) -> String {
    var words: [String] = []
    for word in query.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
      guard word.hasPrefix("topic:"), !word.contains("\"") else {
        words.append(word)
        continue
      }
      let name = String(word.dropFirst("topic:".count))
      let ids = taxonomy.topicIDs(named: name)
      guard !ids.isEmpty else { throw .unknownTopic(name, known: taxonomy.topics.map(\.id)) }
      words.append(ids.count == 1 ? "topic:\(ids[0])" : "(" + ids.map { "topic:\($0)" }.joined(separator: " OR ") + ")")
    }
    return words.joined(separator: " ")
  }

  /// Every measure id the query matches, through an index written to a temporary directory.
  static func matches(_ query: Query, in documents: [ParsedDocument]) throws(CompareError) -> Set<String> {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-compare-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let writer = IndexWriter()
    writer.add(contentsOf: documents.flatMap { IndexRecord.records(of: $0, source: $0.source.path) })
    do {
      try writer.commit(to: IndexDirectory(path: directory))
      let reader = try IndexReader(directory: directory)
      return Set(try Searcher(reader: reader, schema: PolicySchema.schema).search(query, limit: 0).hits.map { reader.id($0.doc) })
    } catch {
      throw .badQuery("the temporary index could not be used: \(error)")
    }
  }
}
