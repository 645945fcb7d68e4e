import Foundation
import ZhengceCore

/// The topic vocabulary as data (`Rules/topics.json`): topics with weighted
/// phrases, and how heading, context and body matches are scored.
public struct TopicTaxonomy: Sendable, Hashable, Decodable {
  public static let highestSupportedVersion = 1

  /// How matches become a score, and which scores count.
  public struct Scoring: Sendable, Hashable, Decodable {
    /// Factor for phrases in the measure's own heading.
    public var heading: Double
    /// Factor for phrases in the headings of the sections above the measure.
    public var context: Double
    /// Factor for phrases in the measure's text after its heading.
    public var body: Double
    /// Factor for a phrase that is an item of a 、-separated list
    /// (户籍、教育、健康、就业…), which names a topic in passing.
    public var listItem: Double
    /// A phrase counts at most this many times per text (the heading, each
    /// section heading above, the body).
    public var maxRepeats: Int
    /// The least score that assigns a topic.
    public var threshold: Double
    /// A topic must also reach this share of the best topic's score.
    public var relativeFloor: Double

    public init(
      heading: Double, context: Double, body: Double, listItem: Double, maxRepeats: Int, threshold: Double,
      relativeFloor: Double
    ) {
      self.heading = heading
      self.context = context
      self.body = body
      self.listItem = listItem
      self.maxRepeats = maxRepeats
      self.threshold = threshold
      self.relativeFloor = relativeFloor
    }
  }

  /// One topic: an identifier (the contract's `topics` value), other names
  /// it is asked for by, an optional group (基础设施), and its phrases.
  public struct Topic: Sendable, Hashable, Decodable {
    public var id: String
    public var aliases: [String]
    public var group: String?
    public var phrases: [WeightedPhrase]

    public init(id: String, aliases: [String] = [], group: String? = nil, phrases: [WeightedPhrase]) {
      self.id = id
      self.aliases = aliases
      self.group = group
      self.phrases = phrases
    }

    enum CodingKeys: String, CodingKey { case id, aliases, group, phrases }

    public init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      id = try c.decode(String.self, forKey: .id)
      aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
      group = try c.decodeIfPresent(String.self, forKey: .group)
      phrases = WeightedPhrase.list(try c.decode([String: Double].self, forKey: .phrases))
    }
  }

  public var taxonomyVersion: Int
  public var scoring: Scoring
  public var topics: [Topic]

  public init(scoring: Scoring, topics: [Topic]) {
    self.taxonomyVersion = Self.highestSupportedVersion
    self.scoring = scoring
    self.topics = topics
  }

  /// Reads and checks a taxonomy; `path` names the source in errors.
  /// - Throws: `TopicTaxonomyError` naming the path and the problem.
  public init(json data: Data, path: String) throws(TopicTaxonomyError) {
    let decoded: TopicTaxonomy
    do {
      decoded = try JSONDecoder().decode(TopicTaxonomy.self, from: data)
    } catch {
      throw .malformed(path: path, reason: Self.reason(error))
    }
    guard decoded.taxonomyVersion <= Self.highestSupportedVersion else {
      throw .unsupportedVersion(decoded.taxonomyVersion, highestSupported: Self.highestSupportedVersion, path: path)
    }
    var seen: Set<String> = []
    for topic in decoded.topics {
      guard !topic.id.isEmpty, seen.insert(topic.id).inserted else {
        throw .malformed(path: path, reason: "topic id '\(topic.id)' is empty or repeated")
      }
      if let bad = topic.phrases.first(where: { $0.text.isEmpty || !($0.weight > 0) }) {
        throw .malformed(path: path, reason: "topic \(topic.id): phrase '\(bad.text)' needs text and a weight above 0")
      }
    }
    self = decoded
  }

  /// The bundled `Rules/topics.json`.
  public static let standard: TopicTaxonomy = {
    guard let data = EmbeddedResources.data("Rules/topics.json", of: "ZhengceParser"),
      let taxonomy = try? TopicTaxonomy(json: data, path: "Rules/topics.json")
    else {
      preconditionFailure("the bundled Rules/topics.json is missing or malformed")
    }
    return taxonomy
  }()

  /// The topic called `name`, by id or alias.
  public func topic(named name: String) -> Topic? {
    topics.first { $0.id == name } ?? topics.first { $0.aliases.contains(name) }
  }

  /// The topic ids `name` stands for: one topic, or every topic of a group.
  public func topicIDs(named name: String) -> [String] {
    if let topic = topic(named: name) { return [topic.id] }
    return topics.filter { $0.group == name }.map(\.id)
  }

  private static func reason(_ error: any Error) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    switch error {
    case .keyNotFound(let key, let context):
      return "missing key '\(key.stringValue)' at \(Self.codingPath(context.codingPath))"
    case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
      return "\(context.debugDescription) at \(Self.codingPath(context.codingPath))"
    @unknown default:
      return "\(error)"
    }
  }

  private static func codingPath(_ path: [any CodingKey]) -> String {
    path.isEmpty ? "top level" : path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
  }
}

/// Why a topic taxonomy cannot be used (thrown; the run stops).
public enum TopicTaxonomyError: Error, Hashable, CustomStringConvertible {
  case malformed(path: String, reason: String)
  case unsupportedVersion(Int, highestSupported: Int, path: String)

  public var description: String {
    switch self {
    case .malformed(let path, let reason): return "\(path): \(reason)"
    case .unsupportedVersion(let v, let highest, let path):
      return "\(path): taxonomyVersion \(v) is newer than the supported \(highest)"
    }
  }
}
