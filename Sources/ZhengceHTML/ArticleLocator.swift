/// Finds the element holding the article and the article's heading.
///
/// A known content container of government CMSs (div#zoom, .TRS_Editor,
/// .article, …) wins when it holds most of the page's Chinese text; otherwise
/// the element with the densest Chinese paragraph text (links discounted).
struct ArticleLocator {
  let tree: PageTree
  let measure: TextMeasure

  /// The article container; the root when the page has no Chinese text outside chrome.
  func container() -> Int32 {
    let total = measure.cjk[Int(PageTree.root)]
    guard total > 0 else { return PageTree.root }
    return knownContainer(total: total) ?? densestElement()
  }

  /// The largest known container, narrowed to the innermost one holding 90% of its text.
  private func knownContainer(total: Int32) -> Int32? {
    var best: Int32?
    for i in 1..<Int32(tree.nodes.count) {
      let node = tree[i]
      guard !node.isText, !measure.chrome[Int(i)], PageVocabulary.isContentContainer(node.idClass) else { continue }
      let cjk = measure.cjk[Int(i)]
      guard cjk >= 10, cjk * 10 >= total * 3, measure.linkCJK[Int(i)] < cjk else { continue }
      if best.map({ cjk > measure.cjk[Int($0)] }) ?? true { best = i }
    }
    guard let outer = best else { return nil }
    let floor = measure.cjk[Int(outer)] * 9 / 10
    var inner = outer
    for i in tree.subtreeRange(of: outer) {
      let node = tree[i]
      guard !node.isText, !measure.chrome[Int(i)], PageVocabulary.isContentContainer(node.idClass) else { continue }
      if measure.cjk[Int(i)] >= floor { inner = i }
    }
    return inner
  }

  /// Readability-style scoring: text is credited to its block, that block's
  /// parent (¾) and grandparent (½); link-heavy elements are discounted.
  private func densestElement() -> Int32 {
    let n = tree.nodes.count
    var blockOf = [Int32](repeating: PageTree.root, count: n)
    var score = [Double](repeating: 0, count: n)
    for i in 1..<n {
      let node = tree.nodes[i]
      let parentBlock = blockOf[Int(node.parent)]
      if node.isText {
        blockOf[i] = parentBlock
        // measure.cjk of a text node counts only text outside links and chrome.
        let cjk = Double(measure.cjk[i])
        guard cjk > 0 else { continue }
        var target = parentBlock
        for weight in [1.0, 0.75, 0.5] {
          score[Int(target)] += cjk * weight
          let up = tree[target].parent
          if up < 0 { break }
          target = blockOf[Int(up)]
        }
      } else {
        blockOf[i] = PageVocabulary.blockTags.contains(node.tag) ? Int32(i) : parentBlock
      }
    }
    var best = PageTree.root
    var bestScore = 0.0
    for i in 1..<n where !tree.nodes[i].isText && !measure.chrome[i] {
      let text = Double(measure.cjk[i]), links = Double(measure.linkCJK[i])
      let s = score[i] * (text + links > 0 ? text / (text + links) : 0)
      if s > bestScore {
        best = Int32(i)
        bestScore = s
      }
    }
    // A lone long paragraph wins the score; the article is the container around it.
    while best != PageTree.root, !Self.containerTags.contains(tree[best].tag) { best = tree[best].parent }
    return best
  }

  /// Elements that can hold a whole article (a paragraph or an inline element cannot).
  static let containerTags: Set<String> = ["div", "td", "article", "section", "main", "body", "center", "blockquote"]

  /// The article heading: the heading-like element (h1–h3, a `title` class)
  /// nearest before the container, or at its very start; nil if none.
  func heading(for container: Int32, excluding skipped: Set<Int32>) -> Int32? {
    let inside = tree.subtreeRange(of: container)
    var textBefore: Int32 = 0
    var best: Int32?
    var i: Int32 = 1
    let end = min(inside.upperBound, Int32(tree.nodes.count))
    while i < end {
      let node = tree[i]
      if skipped.contains(i) {
        i = tree.subtreeRange(of: i).upperBound
        continue
      }
      if inside.contains(i) {
        if node.isText { textBefore += measure.cjk[Int(i)] }
        if textBefore > 0 && !isHeading(i) { break }
      }
      if isHeading(i) && !tree.contains(i, container) {
        best = i
        i = tree.subtreeRange(of: i).upperBound
        continue
      }
      i += 1
    }
    return best
  }

  private func isHeading(_ i: Int32) -> Bool {
    let node = tree[i]
    guard !node.isText, !measure.chrome[Int(i)], PageVocabulary.isHeadingLike(tag: node.tag, idClass: node.idClass) else {
      return false
    }
    let cjk = measure.cjk[Int(i)]
    guard cjk >= 6 && cjk <= 150 && measure.linkCJK[Int(i)] <= cjk else { return false }
    let text = tree.plainText(of: i)
    return !PageVocabulary.siteNameEndings.contains { text.hasSuffix($0) }
  }
}
