import ZhengceCore

/// Builds the document tree from body paragraphs: the blocks, the text outside
/// them, and the task tables (`TableReader`).
///
/// Nesting follows the order in which marker styles first open under a parent:
/// a marker whose style is already open closes that block and everything below
/// it and opens a sibling; a new style opens a child. Decimal sections
/// (`DecimalNumbering`) nest by how many numbers they have. A table of
/// contents (`ContentsList`) is left out. An annex (附件N) starts a
/// new top-level subtree. Inline items (`2.建设原则:(1)…(2)…`) become children.
/// Unnumbered paragraphs continue the open block, unless the next marker closes
/// its parent, in which case they are the parent's closing text. The rows of a
/// task table (`TableReader`) are children of the block the table is in, or of
/// the table's group row (一、…) above them, itself a child of that block.
public struct OutlineBuilder: Sendable {
  /// The document's decimal numbering, read from all its lines; nil: read from the lines built.
  private var numbering: DecimalNumbering?

  public init() {}

  init(numbering: DecimalNumbering) { self.numbering = numbering }

  /// - Parameters:
  ///   - lines: the body paragraphs, in order.
  ///   - starts: the offset of each paragraph in the normalised text.
  ///   - signOff: where the closing 落款 stands in the normalised text: it ends the
  ///     text of the block before it, and the notes after it (此件公开发布) are closing.
  ///   - isBlank: whether the source scalars strictly between two source indices are
  ///     all white space: a heading run into its text ends at such a gap.
  public func build(
    _ lines: [TextLine], starts: [Int], signOff: Range<Int>? = nil, isBlank: (Int32, Int32) -> Bool = { _, _ in false }
  ) -> DocumentTree {
    let split = RunInMarkers.split(lines, starts: starts)
    let (lines, starts) = (split.lines, split.starts)
    let runInEnds = RunInMarkers.headingEnds(split, isBlank: isBlank)
    let scalarLines = lines.map(\.scalars)
    let numbering = self.numbering ?? DecimalNumbering(scalarLines)
    var tree = Tree()
    var pending: [TextSpan] = []
    var preamble: [TextSpan] = []
    var closing: [TextSpan] = []
    var annexList: [TextSpan] = []
    var tables: [TableNode] = []
    var signed = false
    var index = 0
    while index < lines.count {
      var line = lines[index].scalars
      var base = starts[index]
      if let signOff, signOff.contains(base) {
        tree.settleAtEnd(&pending, preamble: &preamble, closing: &closing)
        signed = true
        index += 1
        continue
      }
      if line.first == "\t" || line.last == "\t", TableRowSyntax.group(of: line, numbered: true) != nil {
        // A category row that is not in a task table reads as its text alone.
        let leading = line.prefix { $0 == "\t" }.count
        let trailing = line.reversed().prefix { $0 == "\t" }.count
        line = Array(line[leading..<(line.count - trailing)])
        base += leading
      }
      let whole = TextSpan(start: base, end: base + line.count)
      if let listLength = AnnexList.length(lines, from: index) {
        for k in index..<(index + listLength) {
          annexList.append(TextSpan(start: starts[k], end: starts[k] + lines[k].scalars.count))
        }
        index += listLength
        continue
      }
      if let contentsLength = ContentsList.length(scalarLines, from: index, isHeading: { numbering.marker(in: $0) != nil }) {
        index += contentsLength
        continue
      }
      if TableRowSyntax.isHeader(line) {
        tree.settle(&pending, beforeDepth: tree.openCount, preamble: &preamble)
        let read = TableReader(lines: lines, starts: starts).read(from: index, into: &tree)
        tables.append(read.table)
        index = read.next
        continue
      }
      guard let match = numbering.marker(in: line) else {
        if signed { closing.append(whole) } else { pending.append(whole) }
        index += 1
        continue
      }
      signed = false
      if match.marker.style == .annex {
        tree.settle(&pending, beforeDepth: 1, preamble: &preamble)
        let rest = line[match.length...]
        if rest.isEmpty, index + 1 < lines.count, Self.isAnnexTitle(lines[index + 1].scalars) {
          let titleLine = lines[index + 1].scalars
          tree.openAnnex(match.marker, title: String(scalars: titleLine),
                         contentStart: starts[index + 1], titleEnd: starts[index + 1] + titleLine.count)
          index += 2
        } else {
          tree.openAnnex(match.marker, title: String(scalars: rest),
                         contentStart: base + match.length, titleEnd: whole.end)
          index += 1
        }
        continue
      }
      for segment in Self.segments(line, first: match) {
        let depth = tree.depthClosed(by: segment.marker.style)
        tree.settle(&pending, beforeDepth: depth, preamble: &preamble)
        let restRange = (segment.start + segment.markerLength)..<segment.end
        let rest = line[restRange]
        // A heading run into its text after a space (一、聚焦任务,对标落实 各镇乡要…).
        let runIn = segment.start == 0 && base == starts[index] ? runInEnds[index] : nil
        let heading = runIn.map { Heading(title: String(scalars: line[restRange.lowerBound..<$0]), hasBody: true) } ?? Heading(rest)
        tree.open(segment.marker, atDepth: depth, title: heading.title, hasBody: heading.hasBody,
                  content: TextSpan(start: base + segment.start + segment.markerLength, end: base + segment.end))
      }
      index += 1
    }
    tree.settleAtEnd(&pending, preamble: &preamble, closing: &closing)
    return DocumentTree(blocks: tree.blocks(), preamble: preamble, closing: closing, annexList: annexList, tables: tables)
  }

  /// A short line with no full stop that is not itself numbered: an annex title.
  static func isAnnexTitle(_ line: [Unicode.Scalar]) -> Bool {
    !line.isEmpty && line.count <= 80 && !line.contains("。") && MarkerScanner.marker(in: line) == nil
  }

  struct Segment {
    var marker: Marker
    var start: Int
    var markerLength: Int
    var end: Int
  }

  /// The line's own marker, then one segment per inline `(1)…(2)…` item.
  static func segments(_ line: [Unicode.Scalar], first: MarkerMatch) -> [Segment] {
    let items = MarkerScanner.inlineItems(in: line, from: first.length)
    var out = [Segment(marker: first.marker, start: 0, markerLength: first.length, end: items.first ?? line.count)]
    for (k, position) in items.enumerated() {
      guard let m = MarkerScanner.parenthesised(line, at: position) else { continue }
      let end = k + 1 < items.count ? items[k + 1] : line.count
      out.append(Segment(marker: m.marker, start: position, markerLength: m.length, end: end))
    }
    return out
  }
}

/// The `附件:1、…` list of annex titles in a cover notice.
enum AnnexList {
  /// How many lines the list starting at `index` takes, or nil if none starts there.
  static func length(_ lines: [TextLine], from index: Int) -> Int? {
    let line = lines[index].scalars
    guard line.count >= 3, line[0] == "附", line[1] == "件", line[2] == ":" else { return nil }
    var count = 1
    while index + count < lines.count, isItem(lines[index + count].scalars) { count += 1 }
    return count
  }

  /// `2.关于…的方案` or `2.2019年度…安排表`: a numbered annex title. A year may follow
  /// the number here (outside a list, 2.2019 would be a decimal, not item 2).
  private static func isItem(_ line: [Unicode.Scalar]) -> Bool {
    let digits = line.prefix { ScalarClass.isDigit($0) }.count
    guard (1...2).contains(digits), digits < line.count, line[digits] == "." || line[digits] == "、" else { return false }
    var rest = line[(digits + 1)...]
    while rest.first == " " { rest = rest.dropFirst() }
    return OutlineBuilder.isAnnexTitle(Array(rest))
  }
}
