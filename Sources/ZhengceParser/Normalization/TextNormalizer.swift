import ZhengceCore

/// Decoded text → paragraphs of normalised text.
///
/// Folds full-width forms, drops page chrome, removes stray spaces inside CJK
/// runs and between a number and its unit (省林 业厅 → 省林业厅, 13 万元 → 13万元),
/// drops the hyphen of `-——`, and joins a paragraph broken across lines after
/// a continuation mark (建立生产奖补、⏎以工代赈 → one paragraph) or by a fixed
/// wrap width (`HardWrap`). A task table laid out with runs of spaces becomes
/// one line of TAB-separated cells per row (`SpaceTable`); a table's group rows
/// keep their TABs (`GroupRows`). A document run on one line is split before
/// its sections (`RunOnLines`).
public struct TextNormalizer: Sendable {
  public var chrome: ChromeFilter {
    didSet { screen = ChromeScreen(chrome) }
  }
  /// Lets through only the lines `chrome` might drop, so most skip its string tests.
  private var screen: ChromeScreen

  public init(chrome: ChromeFilter = ChromeFilter()) {
    self.chrome = chrome
    screen = ChromeScreen(chrome)
  }

  /// The paragraphs of `text`, chrome removed, in order.
  public func lines(_ text: String) -> [TextLine] {
    var droppedControls = 0
    return lines(text, droppedControls: &droppedControls)
  }

  /// The paragraphs of `text`, chrome removed, in order; `droppedControls`
  /// counts the control characters (NUL …) removed on the way.
  public func lines(_ text: String, droppedControls: inout Int) -> [TextLine] {
    var out: [TextLine] = []
    let scalars = [Unicode.Scalar](scalarsOf: text)
    var line = PendingLine()
    var afterBlank = false
    var table = SpaceTable()
    var start = 0
    while true {
      var end = start
      while end < scalars.count, !ScalarClass.isLineBreak(scalars[end]) { end += 1 }
      line.read(start..<end, of: scalars, droppedControls: &droppedControls)
      endLine(&line, in: scalars, table: &table, afterBlank: &afterBlank, into: &out)
      guard end < scalars.count else { break }
      // CR LF is one break.
      start = scalars[end] == "\r" && end + 1 < scalars.count && scalars[end + 1] == "\n" ? end + 2 : end + 1
    }
    table.close { finish($0, afterBlank: &afterBlank, into: &out) }
    GroupRows.settle(&out)
    return HardWrap.reflow(out)
  }

  /// A source line being read: folded scalars, where each came from, its display width.
  private struct PendingLine {
    /// Where the line starts in the text's scalars.
    var start = 0
    var folded: [Unicode.Scalar] = []
    var sources: [Int32] = []
    var width = 0

    /// Reads the source line at `range` (no line break inside): every scalar is
    /// folded into fresh buffers sized once, with no per-scalar append.
    mutating func read(_ range: Range<Int>, of scalars: [Unicode.Scalar], droppedControls: inout Int) {
      start = range.lowerBound
      var width = 0
      var sources: [Int32] = []
      folded = scalars.withUnsafeBufferPointer { text in
        [Unicode.Scalar](unsafeUninitializedCapacity: range.count) { folded, kept in
          sources = [Int32](unsafeUninitializedCapacity: range.count) { sources, count in
            var k = 0
            for index in range {
              let u = text[index]
              width += DisplayWidth.columns(u, on: .page)
              guard let f = WidthFolding.fold(u) else {
                if WidthFolding.isDroppedControl(u) { droppedControls += 1 }
                continue
              }
              folded[k] = f
              sources[k] = Int32(truncatingIfNeeded: index)
              k += 1
            }
            count = k
          }
          kept = sources.count
        }
      }
      self.sources = sources
      self.width = width
    }
  }

  /// Ends the source line: lines that may belong to a table laid out with spaces go through `table` first.
  private func endLine(
    _ line: inout PendingLine, in scalars: [Unicode.Scalar], table: inout SpaceTable, afterBlank: inout Bool,
    into out: inout [TextLine]
  ) {
    if table.isOpen || SpaceTable.mayOpen(line.folded) {
      if table.isOpen, isChrome(line.folded, line.sources) { return }
      let read = SpaceTable.Line(
        scalars: line.folded, sources: line.sources, columns: Self.columns(from: line.start, in: scalars, count: line.folded.count),
        width: Int32(line.width))
      guard table.read(read, emit: { finish($0, afterBlank: &afterBlank, into: &out) }) else { return }
    }
    finish(line.folded, line.sources, width: line.width, isRow: false, afterBlank: &afterBlank, into: &out)
  }

  /// The display column each of the line's `count` kept scalars starts at, read again
  /// from the source (only lines of a table need them).
  private static func columns(from start: Int, in scalars: [Unicode.Scalar], count: Int) -> [Int32] {
    var columns: [Int32] = []
    columns.reserveCapacity(count)
    var width: Int32 = 0
    for u in scalars[start...] {
      guard columns.count < count else { break }
      if WidthFolding.fold(u) != nil { columns.append(width) }
      width += Int32(DisplayWidth.columns(u, on: .page))
    }
    return columns
  }

  private func finish(_ output: SpaceTable.Output, afterBlank: inout Bool, into out: inout [TextLine]) {
    finish(output.line.scalars, output.line.sources, width: Int(output.line.width), isRow: output.isRow,
           afterBlank: &afterBlank, into: &out)
  }

  /// Adds the line to `out`: dropped when blank or chrome, joined to the line
  /// before when that one ends in a continuation mark (never for a table's rows).
  private func finish(
    _ folded: [Unicode.Scalar], _ sources: [Int32], width: Int, isRow: Bool, afterBlank: inout Bool,
    into out: inout [TextLine]
  ) {
    // A document run on one line is split before its sections first (`RunOnLines`).
    if !isRow, folded.count >= RunOnLines.minimumLength, case let cuts = RunOnLines.cuts(in: folded), !cuts.isEmpty {
      for (from, to) in zip([0] + cuts, cuts + [folded.count]) {
        finish(Array(folded[from..<to]), Array(sources[from..<to]), width: width, isRow: false, afterBlank: &afterBlank, into: &out)
      }
      return
    }
    guard var line = clean(folded, sources) else {
      afterBlank = true
      return
    }
    line.width = width
    line.afterBlank = afterBlank
    afterBlank = false
    if !isRow, line.scalars.count <= ChromeFilter.maxLength, screen.mayBeChrome(line.scalars), chrome.isChrome(line.text) {
      return
    }
    // A table's group row keeps its TABs (`GroupRows`).
    if let group = GroupRows.keep(line, folded: folded, sources: sources, after: out) {
      out.append(group)
      return
    }
    if !isRow, let last = out.last, Self.continues(last.scalars), MarkerScanner.marker(in: line.scalars) == nil {
      out[out.count - 1].scalars.append(contentsOf: line.scalars)
      out[out.count - 1].sources.append(contentsOf: line.sources)
      out[out.count - 1].raw += line.raw
      out[out.count - 1].width = line.width
      return
    }
    out.append(line)
  }

  /// Whether the source line is page chrome, which a table laid out with spaces drops too.
  private func isChrome(_ folded: [Unicode.Scalar], _ sources: [Int32]) -> Bool {
    guard let line = clean(folded, sources), line.scalars.count <= ChromeFilter.maxLength else { return false }
    return screen.mayBeChrome(line.scalars) && chrome.isChrome(line.text)
  }

  /// Trims, drops bullets and stray spaces; nil for a blank line.
  func clean(_ folded: [Unicode.Scalar], _ sources: [Int32]) -> TextLine? {
    var start = 0
    var end = folded.count
    while start < end, Self.isBlank(folded[start]) || WidthFolding.isLeadingBullet(folded[start]) { start += 1 }
    start = Self.afterLostIndent(folded, from: start, to: end)
    while end > start, Self.isBlank(folded[end - 1]) { end -= 1 }
    end = Self.withoutAngleEcho(folded, from: start, to: end)
    guard start < end else { return nil }

    var scalars: [Unicode.Scalar] = []
    var kept: [Int32] = []
    // The raw text is kept only for short lines: count it first, build it after.
    var rawCount = 0
    scalars.reserveCapacity(end - start)
    kept.reserveCapacity(end - start)
    // A table row keeps its leading TABs (empty first cells); an indented paragraph loses them.
    if folded[start..<end].contains("\t") {
      for k in 0..<start where folded[k] == "\t" {
        scalars.append("\t")
        kept.append(sources[k])
      }
    }
    var i = start
    while i < end {
      let u = folded[i]
      if Self.isBlank(u) {
        // TABs separate table cells, and each is kept (an empty cell is a column).
        // A run of spaces alone is one space, if it is not stray.
        var j = i
        var tabs = 0
        while j < end, Self.isBlank(folded[j]) {
          if folded[j] == "\t" {
            scalars.append("\t")
            kept.append(sources[j])
            tabs += 1
          }
          j += 1
        }
        rawCount += 1
        if tabs == 0, let before = scalars.last, !Self.isStraySpace(between: before, and: folded[j]) {
          scalars.append(" ")
          kept.append(sources[i])
        }
        i = j
        continue
      }
      // `-——` is a dash item with a stray hyphen.
      if u == "-", i + 1 < end, folded[i + 1] == "\u{2014}" {
        i += 1
        continue
      }
      scalars.append(u)
      kept.append(sources[i])
      rawCount += 1
      i += 1
    }
    OCRDigits.repair(&scalars)
    let raw = rawCount <= TextLine.maxRawLength ? String(scalars: Self.raw(folded[start..<end])) : ""
    var line = TextLine(scalars: scalars, sources: kept, raw: raw)
    // Two blanks or more: a single one is as often a space the wrap put at the line's start.
    line.indented = start > 1 && Self.isBlank(folded[0]) && Self.isBlank(folded[1])
    return line
  }

  @inline(__always)
  static func isBlank(_ u: Unicode.Scalar) -> Bool { u == " " || u == "\t" }

  /// Where a line ends without the echo a mirror leaves of a title in angle brackets:
  /// …<美丽西藏建设规划纲要(2014-2030年)>分工方案》的通知美丽西藏建设规划纲要(2014-2030年)>
  /// repeats the bracketed words and their closing mark at the line's end, as if they were a tag.
  static func withoutAngleEcho(_ line: [Unicode.Scalar], from start: Int, to end: Int) -> Int {
    guard end - start > 4, line[end - 1] == ">" else { return end }
    var open = start
    while open < end - 1 {
      if line[open] == "<", let close = line[(open + 1)..<(end - 1)].firstIndex(of: ">"), close > open + 1 {
        let words = line[(open + 1)..<close]
        let echo = end - 1 - words.count
        if echo > close, line[echo..<(end - 1)].elementsEqual(words) {
          var e = echo
          while e > start, isBlank(line[e - 1]) { e -= 1 }
          return e
        }
      }
      open += 1
    }
    return end
  }

  /// Most question marks a page's lost indent leaves.
  static let maxLostIndent = 4

  /// Where a line starts after the question marks a page left for the no-break spaces of
  /// its indent when it changed encoding (??上海市民政局, ??2020年9月18日, ??(一)发放范围): a
  /// short run of them before a Han character, a digit or an opening parenthesis.
  static func afterLostIndent(_ line: [Unicode.Scalar], from start: Int, to end: Int) -> Int {
    var k = start
    while k < end, k - start < maxLostIndent, line[k] == "?" { k += 1 }
    guard k > start, k < end, ScalarClass.isHan(line[k]) || ScalarClass.isDigit(line[k]) || line[k] == "(" else { return start }
    return k
  }

  /// The trimmed line with white space runs as one space and the hyphen of `-——` dropped.
  private static func raw(_ line: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(line.count)
    var i = line.startIndex
    while i < line.endIndex {
      let u = line[i]
      if isBlank(u) {
        while i < line.endIndex, isBlank(line[i]) { i += 1 }
        out.append(" ")
        continue
      }
      if !(u == "-" && i + 1 < line.endIndex && line[i + 1] == "\u{2014}") { out.append(u) }
      i += 1
    }
    return out
  }

  /// A space between CJK text, or between a number and CJK text, is an artefact.
  static func isStraySpace(between a: Unicode.Scalar, and b: Unicode.Scalar) -> Bool {
    let aCJK = ScalarClass.isCJK(a)
    let bCJK = ScalarClass.isCJK(b)
    guard aCJK || bCJK else { return false }
    let aOK = aCJK || ScalarClass.isDigit(a) || ScalarClass.isASCIIPunctuation(a)
    let bOK = bCJK || ScalarClass.isDigit(b) || ScalarClass.isASCIIPunctuation(b)
    return aOK && bOK
  }

  /// A line ending in 、 , ( 《 or “ goes on in the next line.
  static func continues(_ scalars: [Unicode.Scalar]) -> Bool {
    guard let last = scalars.last else { return false }
    return last == "、" || last == "," || last == "(" || last == "《" || last == "\u{201C}"
  }
}
