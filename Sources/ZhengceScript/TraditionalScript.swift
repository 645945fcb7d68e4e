/// Tells a text written in Traditional characters from a Simplified one,
/// cheaply enough that Simplified documents pay next to nothing: a table
/// lookup for each of the first Han characters, no conversion.
public enum TraditionalScript {
  /// How many Han characters are looked at.
  static let sample = 4000
  /// Share of Han characters that fold (1 in `ratio` or more) for a Traditional text:
  /// a Simplified text has almost none (a rare 於 or 乾 in a name), a Traditional one
  /// a fifth or more (國, 關, 貧, 發 …).
  static let ratio = 20
  /// Fewest folding characters: a line or two quoted in Traditional is not a Traditional text.
  static let minimum = 5

  /// Whether `scalars` are written in Traditional characters.
  public static func isTraditional<S: Sequence>(_ scalars: S) -> Bool where S.Element == Unicode.Scalar {
    let folding = CharacterFolding.simplified
    var han = 0
    var folds = 0
    for u in scalars where u.value >= 0x3400 {
      guard u.value <= 0x9FFF else { continue }
      han += 1
      if folding.changes(u.value) { folds += 1 }
      if han == sample { break }
    }
    return folds >= minimum && folds * ratio >= han
  }
}
