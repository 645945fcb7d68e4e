import ZhengceCore

/// Removes the anti-copy noise forum software hides between a post's lines and
/// that comes back when a reposted document is copied:
/// `) o2 n7 R5 G6 `* Q, x% {8 l关于公布…的通知`, `…现公布如下:3 e3 s& |$ K9 t% Y`.
///
/// A run of ASCII between other text is noise when it splits at its spaces into
/// five pieces or more of one or two characters each that mix letters (two pieces
/// or more), punctuation (two or more) and either digits (o2, x%, {8) or three
/// marks or more (`* j- l, J: F+`). Lists of options (A. B. C. D. E., one mark),
/// grid references (A1 B2 C3 D4 E5) and rows of figures (12 15 18 20 25) lack
/// one of them and are none. A colon glued to the Han character before
/// the run (各高等学校:4 G7 …) is the text's own and stays. `LineRemovals` takes
/// the runs out, and a line that was noise alone goes.
enum JammerText {
  static let minPieces = 5
  static let maxPieceLength = 2
  /// Different marks a run without digits needs to be noise.
  static let minMarks = 3

  /// Strips the noise from `lines`; one diagnostic saying how much went.
  static func strip(_ lines: inout [TextLine]) -> [Diagnostic] {
    let removed = LineRemovals.strip(&lines, finding: noise(in:))
    guard removed.count > 0 else { return [] }
    return [Diagnostic("text.jammerRemoved", .note, "\(removed.count) runs of anti-copy noise removed, e.g. \(removed.example)")]
  }

  /// The ranges of `scalars` that are noise.
  static func noise(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var i = 0
    while i < scalars.count {
      guard isASCIIText(scalars[i]) else {
        i += 1
        continue
      }
      var end = i
      while end < scalars.count, isASCIIText(scalars[end]) { end += 1 }
      var start = i
      if scalars[start] == ":", start > 0, ScalarClass.isHan(scalars[start - 1]) { start += 1 }
      if isNoise(scalars[start..<end]) { out.append(start..<end) }
      i = end
    }
    return out
  }

  /// Whether a run of ASCII is noise by the shape of its pieces.
  static func isNoise(_ run: ArraySlice<Unicode.Scalar>) -> Bool {
    // Five pieces need nine scalars at least; most runs (years, figures) are shorter.
    guard run.count >= minPieces * 2 - 1 else { return false }
    let pieces = run.split(separator: " ")
    guard pieces.count >= minPieces, pieces.allSatisfy({ $0.count <= maxPieceLength }) else { return false }
    let lettered = pieces.filter { $0.contains(where: ScalarClass.isLatinLetter) }.count
    let marked = pieces.filter { $0.contains(where: ScalarClass.isASCIIPunctuation) }.count
    guard lettered >= 2, marked >= 2 else { return false }
    if pieces.contains(where: { $0.contains(where: ScalarClass.isDigit) }) { return true }
    return Set(run.filter(ScalarClass.isASCIIPunctuation)).count >= minMarks
  }

  @inline(__always)
  private static func isASCIIText(_ u: Unicode.Scalar) -> Bool { (0x20...0x7E).contains(u.value) }
}
