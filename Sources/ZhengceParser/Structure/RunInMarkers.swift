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

  /// Paragraphs after `split`, with the marker opening each (read once, for `headingEnds`).
  struct Split {
    var lines: [TextLine]
    var starts: [Int]
    var markers: [MarkerMatch?]
  }

  /// The paragraphs, with each one that holds the next heading split before it.
  static func split(_ lines: [TextLine], starts: [Int]) -> Split {
    var numbering = OpenNumbering()
    var markers: [MarkerMatch?] = []
    markers.reserveCapacity(lines.count)
    var cuts: [(line: Int, at: Int, marker: MarkerMatch)] = []
    for (k, line) in lines.enumerated() {
      let s = line.scalars
      let opening = MarkerScanner.marker(in: s)
      markers.append(opening)
      if let opening { numbering.note(opening.marker) }
      // Only a sentence's end can come before a run-in marker: look there first.
      // Before any 一、 (一) or 1. opens (a preamble), no heading can run in.
      guard numbering.anyOpen else { continue }
      for at in openingsAfterSentenceEnds(in: s) {
        guard let m = MarkerScanner.marker(in: Array(s[at..<min(s.count, at + 10)])),
          mayRunIn(m.marker.style), m.marker.ordinal != nil,
          m.marker.ordinal == numbering.expected(m.marker.style)
        else { continue }
        numbering.note(m.marker)
        cuts.append((k, at, m))
      }
    }
    guard !cuts.isEmpty else { return Split(lines: lines, starts: starts, markers: markers) }
    var out = Split(lines: [], starts: [], markers: [])
    out.lines.reserveCapacity(lines.count + cuts.count)
    out.starts.reserveCapacity(lines.count + cuts.count)
    out.markers.reserveCapacity(lines.count + cuts.count)
    var next = 0
    for (k, line) in lines.enumerated() {
      var from = 0
      var marker = markers[k]
      while next < cuts.count, cuts[next].line == k {
        out.lines.append(piece(of: line, from..<cuts[next].at))
        out.starts.append(starts[k] + from)
        out.markers.append(marker)
        from = cuts[next].at
        marker = cuts[next].marker
        next += 1
      }
      out.lines.append(from == 0 ? line : piece(of: line, from..<line.scalars.count))
      out.starts.append(starts[k] + from)
      out.markers.append(marker)
    }
    return out
  }

  /// A paragraph this long in a text where no line opens a heading is a page that lost its line breaks.
  static let flattenedLength = 300

  /// The lines of a text that lost its line breaks (no line opens a heading, and one
  /// paragraph is long), broken before the headings its long paragraphs hold, so the
  /// head and the outline read them as they read any text. Other texts come back as they are.
  static func rebreakFlattened(_ lines: [TextLine]) -> [TextLine] {
    guard lines.contains(where: { $0.scalars.count >= flattenedLength }),
      !lines.contains(where: { MarkerScanner.marker(in: $0.scalars) != nil })
    else { return lines }
    var numbering = OpenNumbering()
    var out: [TextLine] = []
    for line in lines {
      guard line.scalars.count >= flattenedLength else {
        out.append(line)
        continue
      }
      var from = 0
      for (at, _) in flattenedHeadings(in: line.scalars, numbering: &numbering) {
        var head = piece(of: line, from..<at)
        head.afterBlank = from == 0 && line.afterBlank
        out.append(head)
        from = at
      }
      out.append(from == 0 ? line : piece(of: line, from..<line.scalars.count))
    }
    return out
  }

  /// The headings in a paragraph that holds a whole flattened text (…提出如下实施意见。一、总体要求…
  /// 到2025年:(一)城乡环境面貌全面改善——…。(二)…): after a sentence's end or a colon, the next
  /// marker of a numbering already open, or the first of a numbering (一、, then (一) under it)
  /// when the same paragraph goes on to a second marker (二、, or (二) under it).
  private static func flattenedHeadings(in s: [Unicode.Scalar], numbering: inout OpenNumbering) -> [(Int, MarkerMatch)] {
    let found: [(at: Int, match: MarkerMatch)] = openingsAfterSentenceEnds(in: s, afterColons: true).compactMap { at in
      guard let m = MarkerScanner.marker(in: Array(s[at..<min(s.count, at + 10)])), mayRunIn(m.marker.style), m.marker.ordinal != nil
      else { return nil }
      return (at, m)
    }
    var out: [(Int, MarkerMatch)] = []
    for (k, candidate) in found.enumerated() {
      let marker = candidate.match.marker
      // A second marker after it, of its numbering or of one under it, shows an outline, not a lone 一、.
      let opens = numbering.expected(marker.style) == nil && marker.ordinal == 1
        && found[(k + 1)...].contains { $0.match.marker.ordinal == 2 }
      guard marker.ordinal == numbering.expected(marker.style) || opens else { continue }
      numbering.note(marker)
      out.append((candidate.at, candidate.match))
    }
    return out
  }

  /// Where each run-in heading ends, by line index: for the numbering styles whose
  /// headings run into their text in two lines or more and in half of that style's
  /// lines at least. One space after a few words alone is as often a space between
  /// two names (民政部 财政部).
  /// - Parameter isBlank: whether the source scalars strictly between two source
  ///   indices are all white space (normalisation removed them); asked only of the
  ///   candidates of a style that would pass the count, as it reads the source.
  static func headingEnds(_ split: Split, isBlank: (Int32, Int32) -> Bool) -> [Int: Int] {
    let lines = split.lines
    var candidates: [(line: Int, style: MarkerStyle, end: Int, removed: Bool)] = []
    var lineCount: [(style: MarkerStyle, count: Int)] = []
    for (k, line) in lines.enumerated() {
      guard let m = split.markers[k], mayRunIn(m.marker.style) else { continue }
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
  private static func openingsAfterSentenceEnds(in s: [Unicode.Scalar], afterColons: Bool = false) -> [Int] {
    s.withUnsafeBufferPointer { p in
      var out: [Int] = []
      var i = 0
      while i + 1 < p.count {
        let u = p[i]
        if u == "\t" { return [] }
        i += 1
        guard u == "。" || u == ";" || u == "!" || u == "?" || (afterColons && u == ":") else { continue }
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

    /// Whether a numbering that may run in is open.
    var anyOpen: Bool { open.contains { RunInMarkers.mayRunIn($0.style) } }

    func expected(_ style: MarkerStyle) -> Int? {
      open.first { $0.style == style }?.ordinal.map { $0 + 1 }
    }
  }
}
