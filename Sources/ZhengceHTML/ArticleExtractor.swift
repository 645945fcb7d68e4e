import ZhengceCore

/// Turns a parsed page into article text and metadata hints.
struct ArticleExtractor {
  /// What a page yields.
  struct Page {
    /// Heading, then one paragraph (or table row, cells TAB-separated) a line.
    var text: String
    var hints: MetadataHints
  }

  let tree: PageTree
  let measure: TextMeasure

  init(tree: PageTree) {
    self.tree = tree
    self.measure = TextMeasure(tree)
  }

  func extract() -> Page {
    let locator = ArticleLocator(tree: tree, measure: measure)
    let container = locator.container()
    let infoTables = infoTables()

    var reader = MetadataReader()
    var outside = TextRenderer(tree: tree, measure: measure)
    outside.skipChrome = false
    outside.skipped = container == PageTree.root ? [] : [container]
    reader.read(outside.render(PageTree.root))
    for table in infoTables where tree.contains(container, table) {
      var renderer = TextRenderer(tree: tree, measure: measure)
      renderer.skipChrome = false
      reader.read(renderer.render(table))
    }

    let heading = locator.heading(for: container, excluding: infoTables)
    var body = TextRenderer(tree: tree, measure: measure)
    body.skipped = infoTables.union(relatedLinkBlocks(in: container))
    if let heading { body.skipped.insert(heading) }
    // Info lines left in the article text (索引号:… 发布日期:…) are the parser's to read.
    let lines = body.render(container).map { $0.joined(separator: "\t") }.filter { !ChromeLines.isChrome($0) }

    var hints = reader.hints
    var headingText = heading.map(headingText(of:)) ?? ""
    if headingText.isEmpty, hints.title == nil, let fromTitle = Self.titleFromDocumentTitle(tree.documentTitle) {
      // No heading element: the <title> names the document only if it reads like a title.
      headingText = fromTitle
    }
    if !headingText.isEmpty { hints.title = headingText }
    var out = lines
    if !headingText.isEmpty && !out.prefix(5).contains(headingText) { out.insert(headingText, at: 0) }
    return Page(text: out.joined(separator: "\n"), hints: hints)
  }

  /// Data tables that are info blocks (two or more metadata labels), not task tables.
  private func infoTables() -> Set<Int32> {
    var found: Set<Int32> = []
    for i in 1..<Int32(tree.nodes.count) where tree[i].tag == "table" {
      guard measure.isDataTable(i) else { continue }
      var renderer = TextRenderer(tree: tree, measure: measure)
      renderer.skipChrome = false
      if MetadataReader.labelCount(renderer.render(i)) >= 2 { found.insert(i) }
    }
    return found
  }

  /// Blocks headed 相关链接/相关文件/… inside the article, and the link list that follows such a label.
  private func relatedLinkBlocks(in container: Int32) -> Set<Int32> {
    var found: Set<Int32> = []
    for i in tree.subtreeRange(of: container) {
      let node = tree[i]
      guard node.isText else { continue }
      let scalars = node.text.unicodeScalars.drop { $0.properties.isWhitespace }
      guard scalars.first == "相" else { continue }
      let text = String(scalars: scalars.prefix(4))
      guard ChromeLines.relatedLabels.contains(text) else { continue }
      // Climb to the largest block that is only the label or mostly links.
      var block = node.parent
      while block != container, tree[block].parent != container, tree[block].parent >= 0 {
        let up = tree[block].parent
        let text = measure.cjk[Int(up)]
        if text > 8 && measure.linkCJK[Int(up)] < text { break }
        block = up
      }
      guard block != container else { continue }
      found.insert(block)
      let next = tree[block].nextSibling
      if next >= 0, !tree[next].isText, measure.linkCJK[Int(next)] > measure.cjk[Int(next)] { found.insert(next) }
    }
    return found
  }

  private func headingText(of node: Int32) -> String {
    var renderer = TextRenderer(tree: tree, measure: measure)
    renderer.skipChrome = false
    return renderer.render(node).map { $0.joined(separator: " ") }.joined(separator: " ")
  }

  /// `湖南省人民政府关于…的通知_政策文件_湖南省人民政府门户网站` → the part that reads
  /// like a document title (ends with 通知, 方案, 意见, …); nil for a bare site name.
  static func titleFromDocumentTitle(_ title: String) -> String? {
    let parts = title.split { "_|–—-".contains($0) }.map { part in
      MetadataReader.trimmed(ArraySlice(part.unicodeScalars))
    }
    return parts.first { part in
      TextMeasure.countCJK(part) >= 6 && PageVocabulary.documentKinds.contains { part.hasSuffix($0) }
    }
  }
}
