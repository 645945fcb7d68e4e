import ZhengceCore
import ZhengceParser

/// Chooses the measures a comparison shows. `compare --topic` uses
/// `TopicSelector`; `compare QUERY` uses `SubstringQuerySelector` until the
/// search index answers queries, when an index searcher can hand its hits
/// to `MeasureIDSelector` instead.
public protocol MeasureSelector: Sendable {
  /// What was asked, as the comparison records it: `topic:教育扶贫`, `query:宽带 覆盖`.
  var selection: String { get }
  func selects(_ measure: Measure, in document: ParsedDocument) -> Bool
}

/// Measures that carry one of the given topics.
public struct TopicSelector: MeasureSelector {
  public var name: String
  public var topicIDs: Set<String>

  /// Resolves `name` as a topic id, alias or group (基础设施) of `taxonomy`.
  /// - Throws: `CompareError.unknownTopic` listing the known topics.
  public init(_ name: String, taxonomy: TopicTaxonomy = .standard) throws(CompareError) {
    let ids = taxonomy.topicIDs(named: name)
    guard !ids.isEmpty else { throw .unknownTopic(name, known: taxonomy.topics.map(\.id)) }
    self.name = name
    self.topicIDs = Set(ids)
  }

  public var selection: String { "topic:\(name)" }

  public func selects(_ measure: Measure, in document: ParsedDocument) -> Bool {
    measure.topics.contains { topicIDs.contains($0) }
  }
}

/// A plain query: every word must occur in the measure's heading or text
/// (substring AND); `topic:NAME` and `province:NAME` words filter instead.
public struct SubstringQuerySelector: MeasureSelector {
  public var query: String
  private var words: [String] = []
  private var topics: [Set<String>] = []
  private var provinces: [String] = []

  /// - Throws: `CompareError.emptyQuery`, or `.unknownTopic` for a `topic:` word.
  public init(_ query: String, taxonomy: TopicTaxonomy = .standard) throws(CompareError) {
    self.query = query
    for word in query.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }).map(String.init) {
      if word.hasPrefix("topic:") {
        let name = String(word.dropFirst(6))
        let ids = taxonomy.topicIDs(named: name)
        guard !ids.isEmpty else { throw .unknownTopic(name, known: taxonomy.topics.map(\.id)) }
        topics.append(Set(ids))
      } else if word.hasPrefix("province:") {
        provinces.append(String(word.dropFirst(9)))
      } else {
        words.append(word)
      }
    }
    guard !(words.isEmpty && topics.isEmpty && provinces.isEmpty) else { throw .emptyQuery }
  }

  public var selection: String { "query:\(query)" }

  public func selects(_ measure: Measure, in document: ParsedDocument) -> Bool {
    for word in words where !measure.text.contains(word) && !measure.heading.contains(word) { return false }
    for ids in topics where !measure.topics.contains(where: { ids.contains($0) }) { return false }
    for name in provinces where !ProvinceName.matches(document.region.province, name) { return false }
    return true
  }
}

/// Measures chosen elsewhere (e.g. by the search index), by id.
public struct MeasureIDSelector: MeasureSelector {
  public var selection: String
  public var ids: Set<String>

  public init(selection: String, ids: Set<String>) {
    self.selection = selection
    self.ids = ids
  }

  public func selects(_ measure: Measure, in document: ParsedDocument) -> Bool { ids.contains(measure.id) }
}

/// Compares province names as users type them: 湖南, 湖南省, 广西 for 广西壮族自治区.
enum ProvinceName {
  static func matches(_ province: String?, _ asked: String) -> Bool {
    guard let province, !asked.isEmpty else { return false }
    return province == asked || RegionName.short(province) == asked || RegionName.short(province) == RegionName.short(asked)
  }
}
