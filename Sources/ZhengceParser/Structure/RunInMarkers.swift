import ZhengceCore

/// Numbered headings that a page ran into the text around them.
///
/// - A paragraph that holds the next heading (`…危房改造。二、压实责任,强化保障 县财政局要…`)
///   is split where a sentence ends and the next marker of a numbering already open
///   follows, with the ordinal that numbering expects. Any other 二、 is text.
/// - A heading followed by its text after a space on the same line
///   (`一、聚焦任务,对标落实 各镇乡要…`) ends at that space; normalisation removes the
///   space between Han characters, so the break is read from where the scalars came from.
enum RunInMarkers {
  /// Numbering styles that may run into a paragraph: 一、 (一) 1.
  static func mayRunIn(_ style: MarkerStyle) -> Bool { style == .cn || style == .cnParen || style == .arabic }
  /// Longest run-in heading before its space.
  static let maxHeadingLength = 20
  /// Fewest scalars of text after a run-in heading.
  static let minBodyLength = 8

  /// The paragraphs, with each one that holds the next heading split before it.
  static func split(_ lines: [TextLine], starts: [Int]) -> ([TextLine], [Int]) {
    var numbering = OpenNumbering()
    var cuts: [(line: Int, at: Int)] = []
    for (k, line) in lines.enumerated() {
      let s = line.scalars
      if let m = MarkerScanner.marker(in: s) { numbering.note(m.marker) }
      // Only a sentence's end can come before a run-in marker: look there first.
      for at in openingsAfterSentenceEnds(in: s) {
        guard let m = MarkerScanner.marker(in: Array(s[at..<min(s.count, at + 10)])),
          mayRunIn(m.marker.style), m.marker.ordinal != nil,
          m.marker.ordinal == numbering.expected(m.marker.style)
        else { continue }
        numbering.note(m.marker)
        cuts.append((k, at))
      }
    }
    guard !cuts.isEmpty else { return (lines, starts) }
    var outLines: [TextLine] = []
    var outStarts: [Int] = []
    outLines.reserveCapacity(lines.count + cuts.count)
    outStarts.reserveCapacity(lines.count + cuts.count)
    var next = 0
    for (k, line) in lines.enumerated() {
      var from = 0
      while next < cuts.count, cuts[next].line == k {
        outLines.append(piece(of: line, from..<cuts[next].at))
        outStarts.append(starts[k] + from)
        from = cuts[next].at
        next += 1
      }
      outLines.append(from == 0 ? line : piece(of: line, from..<line.scalars.count))
      outStarts.append(starts[k] + from)
    }
    return (outLines, outStarts)
  }

  /// Where each run-in heading ends, by line index: for the numbering styles whose
  /// headings run into their text in two lines or more and in half of that style's
  /// lines at least. One space after a few words alone is as often a space between
  /// two names (民政部 财政部).
  /// - Parameter isBlank: whether the source scalars strictly between two source
  ///   indices are all white space (normalisation removed them); asked only of the
  ///   candidates of a style that would pass the count, as it reads the source.
  static func headingEnds(_ lines: [TextLine], isBlank: (Int32, Int32) -> Bool) -> [Int: Int] {
    var candidates: [(line: Int, style: MarkerStyle, end: Int, removed: Bool)] = []
    var lineCount: [(style: MarkerStyle, count: Int)] = []
    for (k, line) in lines.enumerated() {
      guard let m = MarkerScanner.marker(in: line.scalars), mayRunIn(m.marker.style) else { continue }
      if let at = lineCount.firstIndex(where: { $0.style == m.marker.style }) {
        lineCount[at].count += 1
      } else {
        lineCount.append((m.marker.style, 1))
      }
      guard ScalarClass.isHan(line.scalars[min(m.length, line.scalars.count - 1)]) else { continue }
      if let end = headingEnd(in: line, m.length..<line.scalars.count) {
        candidates.append((k, m.marker.style, end.at, end.removed))
      }
    }
    func passing(_ found: [(line: Int, style: MarkerStyle, end: Int, removed: Bool)]) -> Set<MarkerStyle> {
      var runIn: [MarkerStyle: Int] = [:]
      for f in found { runIn[f.style, default: 0] += 1 }
      let total = { (style: MarkerStyle) in lineCount.first { $0.style == style }?.count ?? 0 }
      return Set(runIn.filter { $0.value >= 2 && 2 * $0.value >= total($0.key) }.keys)
    }
    guard !candidates.isEmpty, !passing(candidates).isEmpty else { return [:] }
    let verified = candidates.filter { c in
      let sources = lines[c.line].sources
      return !c.removed || isBlank(sources[c.end - 1], sources[c.end])
    }
    let styles = passing(verified)
    var ends: [Int: Int] = [:]
    for c in verified where styles.contains(c.style) { ends[c.line] = c.end }
    return ends
  }

  /// Where a run-in heading may end inside `range` of `line` (the text after its marker):
  /// at the first space, kept (`removed` false) or removed by normalisation (a gap in
  /// the line's sources), after 2 to `maxHeadingLength` scalars of Han text and
  /// commas, with Han text after it. Nil when there is none.
  static func headingEnd(in line: TextLine, _ range: Range<Int>) -> (at: Int, removed: Bool)? {
    let s = line.scalars
    guard line.sources.count == s.count else { return nil }
    let limit = min(range.upperBound - minBodyLength, range.lowerBound + maxHeadingLength + 1)
    var p = range.lowerBound
    while p < limit {
      let u = s[p]
      if u == " " { return p - range.lowerBound >= 2 && ScalarClass.isHan(s[p + 1]) && !s.contains("\t") ? (p, false) : nil }
      guard ScalarClass.isHan(u) || u == "," || u == "、" else { return nil }
      if p - range.lowerBound >= 2, line.sources[p] - line.sources[p - 1] > 1 {
        return ScalarClass.isHan(u) && ScalarClass.isHan(s[p - 1]) && !s.contains("\t") ? (p, true) : nil
      }
      p += 1
    }
    return nil
  }

  /// Where a marker may open right after a sentence end (and one space) of a line
  /// that is no table row. Every paragraph is scanned, so the buffer is read
  /// unchecked and only the rare places a marker may follow are kept.
  private static func openingsAfterSentenceEnds(in s: [Unicode.Scalar]) -> [Int] {
    s.withUnsafeBufferPointer { p in
      var out: [Int] = []
      var i = 0
      while i + 1 < p.count {
        let u = p[i]
        if u == "\t" { return [] }
        i += 1
        guard u == "。" || u == ";" || u == "!" || u == "?" else { continue }
        let at = p[i] == " " && i + 1 < p.count ? i + 1 : i
        if mayOpenMarker(p[at]) { out.append(at) }
      }
      return out
    }
  }

  private static func mayOpenMarker(_ u: Unicode.Scalar) -> Bool {
    u == "(" || ScalarClass.isDigit(u) || ChineseNumber.digit(u) != nil || u == "十"
  }

  private static func piece(of line: TextLine, _ range: Range<Int>) -> TextLine {
    var piece = TextLine(scalars: Array(line.scalars[range]), sources: Array(line.sources[range]), raw: "")
    piece.indented = range.lowerBound == 0 && line.indented
    return piece
  }

  /// The numberings open at a point of the text, outermost first, with the last
  /// ordinal of each: 一 then (三) while reading 一、…(三)….
  private struct OpenNumbering {
    var open: [(style: MarkerStyle, ordinal: Int?)] = []

    mutating func note(_ marker: Marker) {
      if marker.style == .annex { open.removeAll() }
      if let k = open.firstIndex(where: { $0.style == marker.style }) {
        open.removeSubrange((k + 1)...)
        open[k].ordinal = marker.ordinal
      } else {
        open.append((marker.style, marker.ordinal))
      }
    }

    func expected(_ style: MarkerStyle) -> Int? {
      open.first { $0.style == style }?.ordinal.map { $0 + 1 }
    }
  }
}
