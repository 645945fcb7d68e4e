import ZhengceCore

/// The `topics` pipeline stage: gives every measure its topics, reading the
/// measure's heading, its text, and the headings of the sections above it.
public struct TopicStage: PipelineStage {
  public let name = "topics"
  public let reads: Set<MeasureData> = []
  public let writes: Set<MeasureData> = [.topics]
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
    var headings = SectionHeadings(document.outline)
    let topics = document.measures.map { measure in
      classifier.topics(of: measure, text: context.scalars(of: measure), context: headings.context(of: measure))
    }
    for (i, found) in topics.enumerated() { document.measures[i].topics = found }
  }
}

/// Looks up the headings of the sections a measure sits in, by its path.
/// Measures come in document order and share most of their path with the one
/// before, so each level remembers its last lookup instead of scanning again.
struct SectionHeadings {
  private let outline: [OutlineSection]
  /// By depth: the marker last looked up there, under the markers above it, and where
  /// it stands among its siblings (nil when siblings share it).
  private var last: [(marker: String, at: Int?)] = []

  init(_ outline: [OutlineSection]) { self.outline = outline }

  /// Headings of the measure's enclosing sections, outermost first; the
  /// measure's own section heading too when the measure has none (closing
  /// text). A marker shared by siblings (dash items) is ambiguous: its
  /// heading and those below it are left out rather than guessed.
  mutating func context(of measure: Measure) -> [String] {
    let depth = measure.heading.isEmpty ? measure.path.count : measure.path.count - 1
    var out: [String] = []
    var level = outline
    var same = true
    for (d, marker) in measure.path.prefix(depth).enumerated() {
      // Markers compare as bytes: String's == normalises non-ASCII text first.
      let at: Int?
      if same, d < last.count, last[d].marker.utf8.elementsEqual(marker.utf8) {
        at = last[d].at
      } else {
        same = false
        let bytes = marker.utf8
        let first = level.firstIndex { $0.marker.utf8.elementsEqual(bytes) }
        at = first.flatMap { k in level[(k + 1)...].contains { $0.marker.utf8.elementsEqual(bytes) } ? nil : k }
        last.removeSubrange(min(d, last.count)...)
        last.append((marker, at))
      }
      guard let at else { break }
      let section = level[at]
      if !section.title.isEmpty { out.append(section.title) }
      level = section.children
    }
    return out
  }
}
