import ZhengceCore

/// What a measure says, split by how much each part counts for its topics.
public struct TopicInput: Sendable, Hashable {
  /// The measure's own heading sentence.
  public var heading: String
  /// Headings of the sections above the measure, outermost first.
  public var context: [String]
  /// The measure's text after its heading.
  public var body: String

  public init(heading: String, context: [String] = [], body: String) {
    self.heading = heading
    self.context = context
    self.body = body
  }

  /// Splits a measure: its heading, and the rest of its text.
  public init(measure: Measure, context: [String]) {
    let text = measure.text.utf8
    let heading = measure.heading.utf8
    let body = !heading.isEmpty && text.starts(with: heading) ? String(Substring(text.dropFirst(heading.count))) : measure.text
    self.init(heading: measure.heading, context: context, body: body)
  }
}

/// A topic's score for one input, with the phrases that made it.
public struct TopicScore: Sendable, Hashable {
  public var topic: String
  public var score: Double
  /// Matched phrases, in the order first found.
  public var evidence: [String]
}

/// Assigns topics to a measure from weighted phrases: each match adds its
/// weight times the factor of where it occurs (heading > section context,
/// body), repeats are capped, an item of a 、-list counts less, and every topic that reaches the threshold
/// (and a share of the best topic's score) is kept, best first.
///
/// Plugins extend the vocabulary with `extended(with:)`: phrases for an
/// existing topic are added to it, phrases for a new id open a new topic.
public struct TopicClassifier: Sendable {
  public let taxonomy: TopicTaxonomy
  private let matcher: PhraseMatcher
  /// Per phrase id: its text and the (topic index, weight) pairs it feeds.
  private let entries: [(text: String, targets: [(topic: Int, weight: Double)])]

  public init(taxonomy: TopicTaxonomy, extraPhrases: [String: [WeightedPhrase]] = [:]) {
    var taxonomy = taxonomy
    for (id, phrases) in extraPhrases.sorted(by: { $0.key < $1.key }) where !id.isEmpty {
      let usable = phrases.filter { !$0.text.isEmpty && $0.weight > 0 }
      if let at = taxonomy.topics.firstIndex(where: { $0.id == id }) {
        taxonomy.topics[at].phrases += usable
      } else {
        taxonomy.topics.append(TopicTaxonomy.Topic(id: id, phrases: usable))
      }
    }
    var matcher = PhraseMatcher()
    var idOf: [String: Int] = [:]
    var entries: [(text: String, targets: [(topic: Int, weight: Double)])] = []
    for (t, topic) in taxonomy.topics.enumerated() {
      for phrase in topic.phrases {
        let id: Int
        if let known = idOf[phrase.text] {
          id = known
        } else {
          id = entries.count
          idOf[phrase.text] = id
          entries.append((phrase.text, []))
          matcher.insert(phrase.text, id: id)
        }
        if let same = entries[id].targets.firstIndex(where: { $0.topic == t }) {
          entries[id].targets[same].weight = max(entries[id].targets[same].weight, phrase.weight)
        } else {
          entries[id].targets.append((t, phrase.weight))
        }
      }
    }
    self.taxonomy = taxonomy
    self.matcher = matcher
    self.entries = entries
  }

  /// The classifier over the bundled taxonomy.
  public static let standard = TopicClassifier(taxonomy: .standard)

  /// This classifier with a plugin's extra phrases, keyed by topic id.
  public func extended(with extraPhrases: [String: [WeightedPhrase]]) -> TopicClassifier {
    extraPhrases.isEmpty ? self : TopicClassifier(taxonomy: taxonomy, extraPhrases: extraPhrases)
  }

  /// The topics assigned to `input`, best first.
  public func topics(for input: TopicInput) -> [String] {
    var unused: [[String]] = []
    return chosen(tally(parts(of: input), evidence: &unused, keepEvidence: false))
  }

  /// The topics of a measure whose text is `text`, as `topics(for: TopicInput(measure:context:))`
  /// gives them, without copying the measure's text into a body string.
  func topics(of measure: Measure, text: [Unicode.Scalar], context: [String]) -> [String] {
    let s = taxonomy.scoring
    let heading = [Unicode.Scalar](scalarsOf: measure.heading)
    let bodyStart = !heading.isEmpty && text.starts(with: heading) ? heading.count : 0
    var parts = [(heading[...], s.heading)]
    for title in context { parts.append(([Unicode.Scalar](scalarsOf: title)[...], s.context)) }
    parts.append((text[bodyStart...], s.body))
    var unused: [[String]] = []
    return chosen(tally(parts, evidence: &unused, keepEvidence: false))
  }

  /// The topics that reach the threshold and the share of the best score, best first.
  private func chosen(_ score: [Double]) -> [String] {
    guard let best = score.max(), best > 0 else { return [] }
    let s = taxonomy.scoring
    return ranked(score).filter { score[$0] >= s.threshold && score[$0] >= best * s.relativeFloor }
      .map { taxonomy.topics[$0].id }
  }

  /// Every topic with a score above zero, best first (ties in taxonomy order),
  /// with the phrases that scored.
  public func scores(for input: TopicInput) -> [TopicScore] {
    var evidence = Array(repeating: [String](), count: taxonomy.topics.count)
    let score = tally(parts(of: input), evidence: &evidence, keepEvidence: true)
    return ranked(score).map { TopicScore(topic: taxonomy.topics[$0].id, score: score[$0], evidence: evidence[$0]) }
  }

  /// Indices of the topics that scored, best first, ties in taxonomy order.
  private func ranked(_ score: [Double]) -> [Int] {
    score.indices.filter { score[$0] > 0 }.sorted { score[$0] != score[$1] ? score[$0] > score[$1] : $0 < $1 }
  }

  /// The input's texts as scalars, each with the factor of where it occurs.
  private func parts(of input: TopicInput) -> [(ArraySlice<Unicode.Scalar>, Double)] {
    let s = taxonomy.scoring
    return [([Unicode.Scalar](scalarsOf: input.heading)[...], s.heading)]
      + input.context.map { ([Unicode.Scalar](scalarsOf: $0)[...], s.context) }
      + [([Unicode.Scalar](scalarsOf: input.body)[...], s.body)]
  }

  private func tally(_ parts: [(ArraySlice<Unicode.Scalar>, Double)], evidence: inout [[String]], keepEvidence: Bool) -> [Double] {
    let s = taxonomy.scoring
    var score = Array(repeating: 0.0, count: taxonomy.topics.count)
    for (scalars, factor) in parts where !scalars.isEmpty {
      // (phrase id, times matched): a text matches few phrases, so a list beats a dictionary.
      var repeats: [(id: Int, count: Int)] = []
      matcher.forEachMatch(in: scalars) { id, range in
        let seen: Int
        if let k = repeats.firstIndex(where: { $0.id == id }) {
          repeats[k].count += 1
          seen = repeats[k].count
        } else {
          repeats.append((id, 1))
          seen = 1
        }
        guard seen <= s.maxRepeats else { return }
        let listed = (range.lowerBound > scalars.startIndex && scalars[range.lowerBound - 1] == "、")
          || (range.upperBound < scalars.endIndex && scalars[range.upperBound] == "、")
        for target in entries[id].targets {
          score[target.topic] += target.weight * factor * (listed ? s.listItem : 1)
          if keepEvidence, !evidence[target.topic].contains(entries[id].text) {
            evidence[target.topic].append(entries[id].text)
          }
        }
      }
    }
    return score
  }
}
