/// Renders part of a page as lines of text: one paragraph a line (p, div, br
/// and other blocks break lines), data tables one row a line with
/// TAB-separated cells, whitespace collapsed as a browser would.
///
/// In a data table a `rowspan` cell's text is repeated in the rows it spans and
/// a `colspan` cell is followed by empty cells, so every row has its columns
/// (a task table's 牵头单位 stays next to each task it leads).
struct TextRenderer {
  /// One rendered line; a table row has several cells, anything else one.
  typealias Line = [String]

  let tree: PageTree
  let measure: TextMeasure
  /// Leave out navigation, footers, share bars and hidden elements.
  var skipChrome = true
  /// Subtrees to leave out (the heading, a metadata table already read).
  var skipped: Set<Int32> = []

  private var lines: [Line] = []
  private var cells: [String] = []
  /// (rowspan, colspan) of each cell in `cells`.
  private var spans: [(rows: Int32, cols: Int32)] = []
  private var buffer = String.UnicodeScalarView()
  private var pendingSpace = false
  private var openCell: (rows: Int32, cols: Int32)?
  /// Depth of data-table cells we are inside (blocks there only add a space).
  private var cellDepth = 0
  /// Depth of `<pre>` elements we are inside (their line breaks are kept).
  private var preDepth = 0
  /// Column → text still owed to the rows below by a `rowspan` cell.
  private var carried: [Int: (text: String, rows: Int32)] = [:]

  init(tree: PageTree, measure: TextMeasure) {
    self.tree = tree
    self.measure = measure
  }

  /// The lines of the subtree under `root`.
  mutating func render(_ root: Int32) -> [Line] {
    lines = []
    cells = []
    spans = []
    buffer = String.UnicodeScalarView()
    pendingSpace = false
    openCell = nil
    cellDepth = 0
    preDepth = 0
    carried = [:]
    // (node, leaving) pairs: an explicit stack instead of recursion.
    var stack: [(Int32, Bool)] = [(root, false)]
    var children: [Int32] = []
    while let (node, leaving) = stack.popLast() {
      let n = tree[node]
      if n.isText {
        if !(skipChrome && measure.chrome[Int(node)]) { append(n.text) }
        continue
      }
      if leaving {
        leave(node, n)
        continue
      }
      if node != root, skipped.contains(node) || (skipChrome && measure.chrome[Int(node)]) { continue }
      enter(node, n)
      stack.append((node, true))
      children.removeAll(keepingCapacity: true)
      for child in tree.children(of: node) { children.append(child) }
      for child in children.reversed() { stack.append((child, false)) }
    }
    flushLine()
    return lines
  }

  private mutating func enter(_ node: Int32, _ n: PageTree.Node) {
    switch n.tag {
    case "td" where inDataTable(node), "th" where inDataTable(node):
      if openCell != nil { closeCell() }
      openCell = (n.rowSpan, n.colSpan)
      cellDepth += 1
    case "tr" where inDataTable(node):
      flushLine()
    case "table" where isDataTable(node):
      blockBreak()
      carried = [:]
    case "pre":
      blockBreak()
      preDepth += 1
    default:
      if PageVocabulary.blockTags.contains(n.tag) { blockBreak() }
    }
  }

  private mutating func leave(_ node: Int32, _ n: PageTree.Node) {
    switch n.tag {
    case "td" where inDataTable(node), "th" where inDataTable(node):
      cellDepth -= 1
      if openCell != nil { closeCell() }
    case "tr" where inDataTable(node):
      finishRow()
    case "pre":
      preDepth -= 1
      blockBreak()
    default:
      if PageVocabulary.blockTags.contains(n.tag) { blockBreak() }
    }
  }

  private func isDataTable(_ node: Int32) -> Bool { measure.isDataTable(node) }

  /// Whether `node` (a row or cell) belongs to a data table.
  private func inDataTable(_ node: Int32) -> Bool {
    var cursor = tree[node].parent
    while cursor >= 0 {
      switch tree[cursor].tag {
      case "table": return isDataTable(cursor)
      case "tr", "tbody", "thead", "tfoot": cursor = tree[cursor].parent
      default: return false
      }
    }
    return false
  }

  private mutating func append(_ text: String) {
    for s in text.unicodeScalars {
      switch s.value {
      case 0x0A where preDepth > 0:
        blockBreak()
      case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0xA0, 0x3000:
        pendingSpace = true
      default:
        if pendingSpace && !buffer.isEmpty { buffer.append(" ") }
        pendingSpace = false
        buffer.append(s)
      }
    }
  }

  private mutating func blockBreak() {
    if cellDepth > 0 {
      pendingSpace = true
    } else {
      flushLine()
    }
  }

  private mutating func takeBuffer() -> String {
    defer {
      buffer = String.UnicodeScalarView()
      pendingSpace = false
    }
    return String(buffer)
  }

  private mutating func closeCell() {
    let span = openCell ?? (1, 1)
    openCell = nil
    cells.append(takeBuffer())
    spans.append(span)
  }

  /// Ends a data-table row: lays its cells out in columns, with spanned cells filled in.
  private mutating func finishRow() {
    if openCell != nil { closeCell() }
    if !buffer.isEmpty {
      cells.append(takeBuffer())
      spans.append((1, 1))
    }
    var row: [String] = []
    func fillCarried() {
      while let owed = carried[row.count] {
        carried[row.count] = owed.rows > 1 ? (owed.text, owed.rows - 1) : nil
        row.append(owed.text)
      }
    }
    for (text, span) in zip(cells, spans) {
      fillCarried()
      if span.rows > 1 { carried[row.count] = (text, span.rows - 1) }
      row.append(text)
      for _ in 1..<max(span.cols, 1) { row.append("") }
    }
    fillCarried()
    cells = []
    spans = []
    if row.contains(where: { !$0.isEmpty }) { lines.append(row) }
  }

  private mutating func flushLine() {
    if openCell != nil || !cells.isEmpty {
      finishRow()
    }
    let text = takeBuffer()
    if !text.isEmpty { lines.append([text]) }
  }
}
