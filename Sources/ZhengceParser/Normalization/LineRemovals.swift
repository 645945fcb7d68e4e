import ZhengceCore

/// Takes out of each line what a page injected into the text (pinyin annotations, forum
/// noise): the scalars and their map entries together, so every kept scalar still leads
/// back to the decoded text, and the same ranges found again in the line's raw text. A
/// line left empty goes.
enum LineRemovals {
  /// How many ranges went, and the first of them, for a diagnostic.
  struct Summary {
    var count = 0
    var example = ""
  }

  static func strip(_ lines: inout [TextLine], finding ranges: ([Unicode.Scalar]) -> [Range<Int>]) -> Summary {
    var summary = Summary()
    var emptied: [Int] = []
    for k in lines.indices {
      let found = ranges(lines[k].scalars)
      guard let first = found.first else { continue }
      if summary.example.isEmpty { summary.example = String(scalars: Array(lines[k].scalars[first])) }
      summary.count += found.count
      var line = lines[k]
      for r in found.reversed() {
        line.scalars.removeSubrange(r)
        line.sources.removeSubrange(r)
      }
      if !line.raw.isEmpty {
        var raw = Array(line.raw.unicodeScalars)
        for r in ranges(raw).reversed() { raw.removeSubrange(r) }
        line.raw = String(scalars: raw)
      }
      if line.scalars.isEmpty { emptied.append(k) }
      lines[k] = line
    }
    for k in emptied.reversed() { lines.remove(at: k) }
    return summary
  }
}
