import ZhengceCore

/// Per-node text measures, computed in one pass over the flat tree.
struct TextMeasure {
  /// CJK ideographs under each node, outside links and chrome.
  var cjk: [Int32]
  /// CJK ideographs under each node inside links (outside chrome).
  var linkCJK: [Int32]
  /// The node or an ancestor is chrome (navigation, footer, share bar, hidden).
  var chrome: [Bool]
  /// A `table` somewhere under the node (a table holding one is a layout table).
  var tableBelow: [Bool]
  /// Most cells in one row of a table (tables and rows).
  var maxCells: [Int32]
  /// Page layout under the node: a heading, or a table cell holding a whole
  /// article (a table around either lays out the page, it holds no data).
  var layoutBelow: [Bool]

  /// More ideographs than this in one cell: the cell holds an article.
  static let articleCell: Int32 = 500

  init(_ tree: PageTree) {
    let n = tree.nodes.count
    cjk = Array(repeating: 0, count: n)
    linkCJK = Array(repeating: 0, count: n)
    chrome = Array(repeating: false, count: n)
    tableBelow = Array(repeating: false, count: n)
    maxCells = Array(repeating: 0, count: n)
    layoutBelow = Array(repeating: false, count: n)
    var inLink = Array(repeating: false, count: n)
    // Parents precede children: inherit flags forwards.
    for i in 1..<n {
      let node = tree.nodes[i]
      let p = Int(node.parent)
      chrome[i] = chrome[p] || node.hidden || (!node.isText && PageVocabulary.isChrome(tag: node.tag, idClass: node.idClass))
      inLink[i] = inLink[p] || node.tag == "a"
      if node.isText, !chrome[i] {
        let count = Self.countCJK(node.text)
        if inLink[i] { linkCJK[i] = count } else { cjk[i] = count }
      }
    }
    // Children follow parents: accumulate backwards.
    for i in stride(from: n - 1, through: 1, by: -1) {
      let node = tree.nodes[i]
      let p = Int(node.parent)
      cjk[p] += cjk[i]
      linkCJK[p] += linkCJK[i]
      switch node.tag {
      case "h1", "h2", "h3", "h4", "h5", "h6":
        layoutBelow[i] = true
      case "td", "th":
        if tree.nodes[p].tag == "tr" { maxCells[p] += 1 }
        if cjk[i] > Self.articleCell { layoutBelow[i] = true }
      case "tr", "tbody", "thead", "tfoot":
        maxCells[p] = max(maxCells[p], maxCells[i])
      default:
        break
      }
      if node.tag == "table" || tableBelow[i] { tableBelow[p] = true }
      if layoutBelow[i] { layoutBelow[p] = true }
    }
  }

  /// A table of data (rows of cells), not one that lays out the page: no table
  /// inside, no heading or article in a cell, and a row of two cells or more.
  func isDataTable(_ node: Int32) -> Bool {
    !tableBelow[Int(node)] && !layoutBelow[Int(node)] && maxCells[Int(node)] >= 2
  }

  /// Han ideographs in `text` (`ScalarClass.isHan`).
  static func countCJK(_ text: String) -> Int32 {
    var count: Int32 = 0
    for s in text.unicodeScalars where ScalarClass.isHan(s) { count += 1 }
    return count
  }
}
