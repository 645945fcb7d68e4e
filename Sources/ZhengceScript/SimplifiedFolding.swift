/// Text folded from Traditional to Simplified with OpenCC's `t2s` (phrases,
/// then characters), scalar for scalar: the result has exactly as many
/// scalars as the input, so an offset into one is an offset into the other.
///
/// OpenCC's t2s dictionaries map every entry to one of the same length
/// (checked for OpenCC 1.1.6: TSPhrases and TSCharacters), so a conversion
/// keeps the length. Should a dictionary ever break that, the line is folded
/// character by character instead, which always keeps it.
public enum SimplifiedFolding {
  /// Each of `lines` folded; a line is never longer or shorter than it was.
  /// Lines must not contain a line break (they are converted joined by one).
  public static func fold(lines: [[Unicode.Scalar]]) -> [[Unicode.Scalar]] {
    var joined = String.UnicodeScalarView()
    for (k, line) in lines.enumerated() {
      if k > 0 { joined.append("\n") }
      joined.append(contentsOf: line)
    }
    let characters = CharacterFolding.simplified
    guard let converted = OpenCCConverter.phrases?.convert(String(joined)) else {
      return lines.map(characters.fold)
    }
    let parts = converted.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
    guard parts.count == lines.count else { return lines.map(characters.fold) }
    return zip(lines, parts).map { line, part in
      part.count == line.count ? Array(part) : characters.fold(line)
    }
  }

  /// `text` folded (phrases, then characters); same length in scalars.
  public static func fold(_ text: String) -> String {
    let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
    var out = String.UnicodeScalarView()
    for (k, line) in fold(lines: lines).enumerated() {
      if k > 0 { out.append("\n") }
      out.append(contentsOf: line)
    }
    return String(out)
  }
}
