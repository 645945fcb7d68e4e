/// Tells a text written in Traditional characters from a Simplified one,
/// cheaply enough that Simplified documents pay next to nothing: a table
/// lookup for each of the first Han characters, no conversion.
///
/// Feed it paragraphs with `add` until it has seen enough, then ask `isTraditional`.
public struct TraditionalScript {
  /// How many Han characters are looked at.
  static let sample = 4000
  /// Share of Han characters that fold (1 in `ratio` or more) for a Traditional text:
  /// a Simplified text has almost none (a rare 於 or 乾 in a name), a Traditional one
  /// a fifth or more (國, 關, 貧, 發 …).
  static let ratio = 20
  /// Fewest folding characters: a line or two quoted in Traditional is not a Traditional text.
  static let minimum = 5

  private let folding = CharacterFolding.simplified
  private var han = 0
  private var folds = 0

  public init() {}

  /// Counts the Han characters of `scalars`; false once the sample is full.
  public mutating func add(_ scalars: [Unicode.Scalar]) -> Bool {
    for u in scalars where u.value >= 0x3400 && u.value <= 0x9FFF {
      han += 1
      if folding.changes(u.value) { folds += 1 }
      if han == Self.sample { return false }
    }
    return true
  }

  /// Whether the text seen is written in Traditional characters.
  public var isTraditional: Bool { folds >= Self.minimum && folds * Self.ratio >= han }

  /// Whether `text` is written in Traditional characters.
  public static func isTraditional(_ text: String) -> Bool {
    var sample = TraditionalScript()
    _ = sample.add(Array(text.unicodeScalars))
    return sample.isTraditional
  }
}
