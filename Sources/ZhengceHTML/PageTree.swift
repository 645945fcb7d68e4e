/// An HTML page as a flat array of nodes, built once from libxml2's tree.
///
/// Every walk over it is iterative (explicit stacks or sibling links), so a page
/// nested 100,000 tags deep cannot overflow the call stack.
struct PageTree: Sendable {
  /// One element or text run.
  struct Node: Sendable {
    /// Lowercased tag name; empty for text.
    var tag: String
    /// Text content (text nodes only).
    var text: String
    /// `id` and `class` attribute values, lowercased and space-joined.
    var idClass: String
    /// `style` said `display:none` or the element has `hidden`.
    var hidden: Bool
    /// `rowspan` and `colspan` of a table cell (1 elsewhere).
    var rowSpan: Int32 = 1
    var colSpan: Int32 = 1
    var parent: Int32
    var firstChild: Int32 = -1
    var lastChild: Int32 = -1
    var nextSibling: Int32 = -1

    var isText: Bool { tag.isEmpty }
  }

  private(set) var nodes: [Node] = []
  /// The page's `<title>` text, kept apart from the body.
  var documentTitle = ""
  /// The page is a `<frameset>`: its text lives in the frames' own pages.
  var isFrameset = false
  /// `src` of the page's `<frame>` and `<iframe>` elements, in order (at most 8).
  var frameSources: [String] = []

  init() {
    nodes.append(Node(tag: "#root", text: "", idClass: "", hidden: false, parent: -1))
  }

  static let root: Int32 = 0

  subscript(_ i: Int32) -> Node { nodes[Int(i)] }

  @discardableResult
  mutating func append(_ node: Node) -> Int32 {
    let index = Int32(nodes.count)
    let parent = Int(node.parent)
    nodes.append(node)
    if nodes[parent].lastChild >= 0 {
      nodes[Int(nodes[parent].lastChild)].nextSibling = index
    } else {
      nodes[parent].firstChild = index
    }
    nodes[parent].lastChild = index
    return index
  }

  /// The children of `i`, in order.
  func children(of i: Int32) -> ChildSequence { ChildSequence(tree: self, cursor: self[i].firstChild) }

  struct ChildSequence: Sequence, IteratorProtocol {
    let tree: PageTree
    var cursor: Int32
    mutating func next() -> Int32? {
      guard cursor >= 0 else { return nil }
      defer { cursor = tree[cursor].nextSibling }
      return cursor
    }
  }

  /// Node indices of the subtree under `i` (not `i` itself), in document order.
  /// Nodes are appended in document order, so a subtree is a contiguous range.
  func subtreeRange(of i: Int32) -> Range<Int32> {
    var end = i
    var cursor = i
    while cursor >= 0 {
      let last = self[cursor].lastChild
      if last < 0 { break }
      end = last
      cursor = last
    }
    return (i + 1)..<(end + 1)
  }

  /// The text under `i`, concatenated and without whitespace.
  func plainText(of i: Int32) -> String {
    var out = String.UnicodeScalarView()
    for j in subtreeRange(of: i) where self[j].isText {
      out.append(contentsOf: self[j].text.unicodeScalars.lazy.filter { !$0.properties.isWhitespace })
    }
    return String(out)
  }

  /// Whether `a` is `b` or one of its ancestors.
  func contains(_ a: Int32, _ b: Int32) -> Bool {
    subtreeRange(of: a).contains(b) || a == b
  }
}
