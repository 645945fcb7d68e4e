import ZhengceCore
import ZhengceParser

/// Chooses the measures a comparison shows. `compare --topic` uses
/// `TopicSelector`; `compare QUERY` uses `SearchQuerySelector`, which asks the
/// search engine and hands its hits on by id.
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
