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
  static let styles: Set<MarkerStyle> = [.cn, .cnParen, .arabic]
  /// Longest run-in heading before its space.
  static let maxHeadingLength = 20
  /// Fewest scalars of text after a run-in heading.
  static let minBodyLength = 8

  /// The paragraphs, with each one that holds the next heading split before it.
  static func split(_ lines: [TextLine], starts: [Int]) -> ([TextLine], [Int]) {
    var numbering = OpenNumbering()
    var outLines: [TextLine] = []
    var outStarts: [Int] = []
    outLines.reserveCapacity(lines.count)
    outStarts.reserveCapacity(lines.count)
    for (line, start) in zip(lines, starts) {
      let s = line.scalars
      if let m = MarkerScanner.marker(in: s) { numbering.note(m.marker) }
      var from = 0
      if !s.contains("\t") {
        for i in s.indices.dropFirst() where isSentenceEnd(before: i, in: s) && mayOpenMarker(s[i]) {
          guard let m = MarkerScanner.marker(in: Array(s[i..<min(s.count, i + 10)])),
            styles.contains(m.marker.style), m.marker.ordinal != nil,
            m.marker.ordinal == numbering.expected(m.marker.style)
          else { continue }
          outLines.append(piece(of: line, from..<i))
          outStarts.append(start + from)
          numbering.note(m.marker)
          from = i
        }
      }
      if from == 0 {
        outLines.append(line)
      } else {
        outLines.append(piece(of: line, from..<s.count))
      }
      outStarts.append(start + from)
    }
    return (outLines, outStarts)
  }

  /// Where each run-in heading ends, by line index: for the numbering styles whose
  /// headings run into their text in two lines or more and in half of that style's
  /// lines at least. One space after a few words alone is as often a space between
  /// two names (民政部 财政部).
  /// - Parameter isBlank: whether the source scalars strictly between two source
  ///   indices are all white space (normalisation removed them).
  static func headingEnds(_ lines: [TextLine], isBlank: (Int32, Int32) -> Bool) -> [Int: Int] {
    var found: [(line: Int, style: MarkerStyle, end: Int)] = []
    var lineCount: [MarkerStyle: Int] = [:]
    for (k, line) in lines.enumerated() {
      guard let m = MarkerScanner.marker(in: line.scalars), styles.contains(m.marker.style), !line.scalars.contains("\t")
      else { continue }
      lineCount[m.marker.style, default: 0] += 1
      if let end = headingEnd(in: line, m.length..<line.scalars.count, isBlank: isBlank) { found.append((k, m.marker.style, end)) }
    }
    var runIn: [MarkerStyle: Int] = [:]
    for f in found { runIn[f.style, default: 0] += 1 }
    var ends: [Int: Int] = [:]
    for f in found {
      let n = runIn[f.style] ?? 0
      if n >= 2, 2 * n >= lineCount[f.style] ?? 0 { ends[f.line] = f.end }
    }
    return ends
  }

  /// Where a run-in heading ends inside `range` of `line` (the text after its marker):
  /// at a space, kept or removed, after 2 to `maxHeadingLength` scalars of Han text
  /// and commas, with Han text after it. Nil when there is none.
  static func headingEnd(in line: TextLine, _ range: Range<Int>, isBlank: (Int32, Int32) -> Bool) -> Int? {
    let s = line.scalars
    guard line.sources.count == s.count else { return nil }
    let limit = min(range.upperBound - minBodyLength, range.lowerBound + maxHeadingLength + 1)
    var p = range.lowerBound
    while p < limit {
      let u = s[p]
      if u == " " { return p - range.lowerBound >= 2 && ScalarClass.isHan(s[p + 1]) ? p : nil }
      guard ScalarClass.isHan(u) || u == "," || u == "、" else { return nil }
      if p - range.lowerBound >= 2, ScalarClass.isHan(u), ScalarClass.isHan(s[p - 1]),
        line.sources[p] - line.sources[p - 1] > 1, isBlank(line.sources[p - 1], line.sources[p])
      {
        return p
      }
      p += 1
    }
    return nil
  }

  private static func isSentenceEnd(before i: Int, in s: [Unicode.Scalar]) -> Bool {
    var k = i - 1
    if s[k] == " ", k > 0 { k -= 1 }
    return s[k] == "。" || s[k] == ";" || s[k] == "!" || s[k] == "?"
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
