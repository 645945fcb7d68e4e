import ZhengceCore

/// The `topics` pipeline stage: gives every measure its topics, reading the
/// measure's heading, its text, and the headings of the sections above it.
public struct TopicStage: PipelineStage {
  public let name = "topics"
  public var classifier: TopicClassifier

  public init(classifier: TopicClassifier = .standard) {
    self.classifier = classifier
  }

  /// The classifier extended with each manifest's phrases, built once.
  private static let extended = ManifestCache<Extension, TopicClassifier> {
    TopicClassifier(taxonomy: $0.base, extraPhrases: $0.extra.mapValues(WeightedPhrase.list))
  }

  /// What an extended classifier is built from.
  private struct Extension: Hashable, Sendable {
    var base: TopicTaxonomy
    var extra: [String: [String: Double]]
  }

  public func run(_ document: inout ParsedDocument, context: PipelineContext, diagnostics: inout [Diagnostic]) {
    let extra = context.manifest.topics
    let classifier = extra.isEmpty ? classifier : Self.extended.value(id: context.manifest.id, Extension(base: classifier.taxonomy, extra: extra))
    let headings = SectionHeadings(document.outline)
    let topics = document.measures.map { measure in
      classifier.topics(of: measure, text: context.scalars(of: measure), context: headings.context(of: measure))
    }
    for (i, found) in topics.enumerated() { document.measures[i].topics = found }
  }
}

/// Looks up the headings of the sections a measure sits in, by its path.
struct SectionHeadings {
  /// One level of the outline: its sections, and where each marker stands among
  /// them (nil when siblings share it), so a lookup does not scan the level.
  private struct Level {
    var sections: [OutlineSection]
    var position: [String: Int?]
    var children: [Level]

    init(_ sections: [OutlineSection]) {
      self.sections = sections
      var position: [String: Int?] = [:]
      for (k, section) in sections.enumerated() {
        position[section.marker] = position[section.marker] == nil ? k : .some(nil)
      }
      self.position = position
      children = sections.map { Level($0.children) }
    }
  }

  private let root: Level

  init(_ outline: [OutlineSection]) { root = Level(outline) }

  /// Headings of the measure's enclosing sections, outermost first; the
  /// measure's own section heading too when the measure has none (closing
  /// text). A marker shared by siblings (dash items) is ambiguous: its
  /// heading and those below it are left out rather than guessed.
  func context(of measure: Measure) -> [String] {
    let depth = measure.heading.isEmpty ? measure.path.count : measure.path.count - 1
    var out: [String] = []
    var level = root
    for marker in measure.path.prefix(depth) {
      guard let found = level.position[marker], let at = found else { break }
      let section = level.sections[at]
      if !section.title.isEmpty { out.append(section.title) }
      level = level.children[at]
    }
    return out
  }
}
