/// Renders part of a page as lines of text: one paragraph a line (p, div, br
/// and other blocks break lines), data tables one row a line with
/// TAB-separated cells, whitespace collapsed as a browser would.
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
  private var buffer = String.UnicodeScalarView()
  private var pendingSpace = false
  private var cellOpen = false
  /// Depth of data-table cells we are inside (blocks there only add a space).
  private var cellDepth = 0

  init(tree: PageTree, measure: TextMeasure) {
    self.tree = tree
    self.measure = measure
  }

  /// The lines of the subtree under `root`.
  mutating func render(_ root: Int32) -> [Line] {
    lines = []
    cells = []
    buffer = String.UnicodeScalarView()
    pendingSpace = false
    cellOpen = false
    cellDepth = 0
    // (node, leaving) pairs: an explicit stack instead of recursion.
    var stack: [(Int32, Bool)] = [(root, false)]
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
      var children: [Int32] = []
      for child in tree.children(of: node) { children.append(child) }
      for child in children.reversed() { stack.append((child, false)) }
    }
    flushLine()
    return lines
  }

  private func isDataTable(_ node: Int32) -> Bool {
    !measure.tableBelow[Int(node)] && measure.maxCells[Int(node)] >= 2
  }

  private mutating func enter(_ node: Int32, _ n: PageTree.Node) {
    if n.tag == "td" || n.tag == "th", inDataTable(node) {
      if cellOpen { closeCell() }
      cellOpen = true
      cellDepth += 1
    } else if n.tag == "tr", inDataTable(node) {
      flushLine()
    } else if PageVocabulary.blockTags.contains(n.tag) {
      blockBreak()
    }
  }

  private mutating func leave(_ node: Int32, _ n: PageTree.Node) {
    if n.tag == "td" || n.tag == "th", inDataTable(node) {
      cellDepth -= 1
      if cellOpen { closeCell() }
    } else if n.tag == "tr", inDataTable(node) {
      flushLine()
    } else if PageVocabulary.blockTags.contains(n.tag) {
      blockBreak()
    }
  }

  /// Whether `node` (a row or cell) belongs to a data table.
  private func inDataTable(_ node: Int32) -> Bool {
    var cursor = tree[node].parent
    while cursor >= 0 {
      if tree[cursor].tag == "table" { return isDataTable(cursor) }
      if tree[cursor].tag != "tr" && tree[cursor].tag != "tbody" && tree[cursor].tag != "thead"
        && tree[cursor].tag != "tfoot"
      {
        return false
      }
      cursor = tree[cursor].parent
    }
    return false
  }

  private mutating func append(_ text: String) {
    for s in text.unicodeScalars {
      switch s.value {
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

  private mutating func closeCell() {
    cells.append(String(buffer))
    buffer = String.UnicodeScalarView()
    pendingSpace = false
    cellOpen = false
  }

  private mutating func flushLine() {
    if cellOpen { closeCell() }
    if !buffer.isEmpty { cells.append(String(buffer)) }
    buffer = String.UnicodeScalarView()
    pendingSpace = false
    if cells.contains(where: { !$0.isEmpty }) { lines.append(cells) }
    cells = []
  }
}
