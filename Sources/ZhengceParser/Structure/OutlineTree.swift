import ZhengceCore

/// The mutable tree `OutlineBuilder` grows: nodes in an array, a stack of open ones.
struct Tree {
  struct Node {
    var marker: Marker
    var title: String
    var hasBody: Bool
    var lead: TextSpan?
    var trailing: [TextSpan] = []
    var children: [Int] = []
    /// A task table ended inside this block: text after it is closing text.
    var tableEnded = false
  }

  private var nodes: [Node] = []
  private var roots: [Int] = []
  /// Open nodes from the top level down.
  private var stack: [Int] = []

  /// How many open blocks stay open when a marker of `style` arrives: the depth
  /// of the open block of that style; else, for a 章, 节 or 条, the depth of the
  /// first open one of a lower rank (an excerpt that opens with 第四十八条 and then
  /// reaches 第七章; a notice's 一、二、 before the 第一章 of the rules it attaches);
  /// else all of them, as the style is new here.
  func depthClosed(by style: MarkerStyle) -> Int {
    if let depth = style.decimalDepth { return depthClosed(byDecimal: depth) }
    if let d = stack.lastIndex(where: { nodes[$0].marker.style == style }) { return d }
    if let rank = Self.legalRank[style], let d = stack.firstIndex(where: { Self.ranks(nodes[$0].marker.style, below: rank) }) {
      return d
    }
    return stack.count
  }

  /// A decimal section (`1.4.1`) closes the first open one of as many numbers
  /// or more, and whatever list its parent section holds (`(1)` items under
  /// `1.4`); a document may also open it under a list of its own (`1.总则`).
  private func depthClosed(byDecimal depth: Int) -> Int {
    if let d = stack.firstIndex(where: { nodes[$0].marker.style.decimalDepth.map { $0 >= depth } ?? false }) { return d }
    if let d = stack.lastIndex(where: { nodes[$0].marker.style.decimalDepth != nil }) { return d + 1 }
    return stack.count
  }

  /// Whether a block of `style` sits below a part of rank `rank`: a lower part, or any
  /// list (一、 (一) 1.) below a 章 or 节. An annex holds its own 章.
  private static func ranks(_ style: MarkerStyle, below rank: Int) -> Bool {
    if let own = legalRank[style] { return own > rank }
    return rank < legalRank[.article, default: 2] && style != .annex
  }

  /// The order of the parts of a regulation: a 章 holds 节, a 节 holds 条.
  private static let legalRank: [MarkerStyle: Int] = [.chapter: 0, .section: 1, .article: 2]

  mutating func open(_ marker: Marker, atDepth depth: Int, title: String, hasBody: Bool, content: TextSpan) {
    stack.removeLast(stack.count - depth)
    let node = Node(marker: marker, title: title, hasBody: hasBody, lead: content.length > 0 ? content : nil)
    nodes.append(node)
    let id = nodes.count - 1
    if let parent = stack.last { nodes[parent].children.append(id) } else { roots.append(id) }
    stack.append(id)
  }

  /// Open blocks, from the top level down.
  var openCount: Int { stack.count }

  /// A task-table row: a block with its whole line as text, under the block the table is in.
  mutating func openRow(_ marker: Marker, atDepth depth: Int, title: String, content: TextSpan) {
    open(marker, atDepth: depth, title: title, hasBody: true, content: content)
  }

  /// Closes the rows of a table opened at `depth`.
  mutating func closeTable(atDepth depth: Int) {
    stack.removeLast(stack.count - depth)
    if let parent = stack.last { nodes[parent].tableEnded = true }
  }

  mutating func openAnnex(_ marker: Marker, title: String, contentStart: Int, titleEnd: Int) {
    stack.removeAll()
    open(marker, atDepth: 0, title: title, hasBody: false, content: TextSpan(start: contentStart, end: titleEnd))
  }

  /// Places pending paragraphs before a marker that keeps `depth` blocks open.
  mutating func settle(_ pending: inout [TextSpan], beforeDepth depth: Int, preamble: inout [TextSpan]) {
    defer { pending.removeAll() }
    guard let first = pending.first, let last = pending.last else { return }
    guard let top = stack.last else {
      preamble.append(contentsOf: pending)
      return
    }
    let run = TextSpan(start: first.start, end: last.end)
    if nodes[top].tableEnded {
      nodes[top].trailing.append(run)
    } else if !nodes[top].hasBody || depth >= stack.count - 1 {
      extendLead(of: top, with: run)
    } else {
      nodes[stack[depth]].trailing.append(run)
    }
  }

  /// Places paragraphs after the last marker: the open block's own text if it
  /// has none yet, or if the document is laid out in chapters (a 规划 whose last
  /// section runs to its end), else the document's closing.
  mutating func settleAtEnd(_ pending: inout [TextSpan], preamble: inout [TextSpan], closing: inout [TextSpan]) {
    defer { pending.removeAll() }
    guard let first = pending.first, let last = pending.last else { return }
    guard let top = stack.last else {
      preamble.append(contentsOf: pending)
      return
    }
    if nodes[top].tableEnded {
      nodes[top].trailing.append(TextSpan(start: first.start, end: last.end))
    } else if !nodes[top].hasBody || nodes[stack[0]].marker.style == .chapter {
      extendLead(of: top, with: TextSpan(start: first.start, end: last.end))
    } else {
      closing.append(contentsOf: pending)
    }
  }

  private mutating func extendLead(of id: Int, with run: TextSpan) {
    let start = nodes[id].lead?.start ?? run.start
    nodes[id].lead = TextSpan(start: start, end: run.end)
    nodes[id].hasBody = true
  }

  func blocks() -> [Block] { roots.map(block) }

  private func block(_ id: Int) -> Block {
    let n = nodes[id]
    // A heading with children and no text of its own is no measure; a leaf always is,
    // and so is a chapter (第一章 规划背景), whose heading is what a reader looks it up by.
    let lead = n.hasBody || n.children.isEmpty || n.marker.style == .chapter ? n.lead : nil
    return Block(marker: n.marker, title: n.title, lead: lead, trailing: n.trailing, children: n.children.map(block))
  }
}
