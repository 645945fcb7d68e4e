import ZhengceCore

import ZhengceScript

/// The paragraphs of a Traditional-script document folded to Simplified, for
/// analysis: every rule (titles, 文号, outline markers such as 第十條, regions,
/// departments, commitments, topics) is written in Simplified and reads these.
///
/// Folding keeps each paragraph's length in scalars and its map back to the
/// decoded text, so a span over the folded text is a span over the original.
enum FoldedLines {
  /// `lines` folded to Simplified, or nil when they are not written in Traditional
  /// characters (decided from a sample, so a Simplified document pays a table lookup
  /// for a few thousand characters and nothing else).
  static func fold(_ lines: [TextLine]) -> [TextLine]? {
    var sample = TraditionalScript()
    for line in lines where !sample.add(line.scalars) { break }
    guard sample.isTraditional else { return nil }
    // Paragraphs and their raw forms (titles, metadata rows) in one conversion.
    let folded = SimplifiedFolding.fold(lines: lines.map(\.scalars) + lines.map { Array($0.raw.unicodeScalars) })
    return lines.enumerated().map { k, line in
      var out = line
      out.scalars = folded[k]
      if !line.raw.isEmpty { out.raw = String(scalars: folded[lines.count + k]) }
      return out
    }
  }
}
