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
  var outline: [OutlineSection]

  init(_ outline: [OutlineSection]) { self.outline = outline }

  /// Headings of the measure's enclosing sections, outermost first; the
  /// measure's own section heading too when the measure has none (closing
  /// text). A marker shared by siblings (dash items) is ambiguous: its
  /// heading and those below it are left out rather than guessed.
  func context(of measure: Measure) -> [String] {
    let depth = measure.heading.isEmpty ? measure.path.count : measure.path.count - 1
    var out: [String] = []
    var level = outline
    for marker in measure.path.prefix(depth) {
      // Markers compare as bytes: String's == normalises non-ASCII text first.
      let bytes = marker.utf8
      guard let at = level.firstIndex(where: { $0.marker.utf8.elementsEqual(bytes) }),
        !level[(at + 1)...].contains(where: { $0.marker.utf8.elementsEqual(bytes) })
      else { break }
      let section = level[at]
      if !section.title.isEmpty { out.append(section.title) }
      level = section.children
    }
    return out
  }
}
