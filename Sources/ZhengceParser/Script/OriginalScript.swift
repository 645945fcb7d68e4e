import ZhengceCore

/// Puts the document's own characters back into what was read from its text
/// folded to Simplified (`FoldedLines`): measure text and headings, outline
/// labels and titles, the title, 文号 and issuers, department and commitment
/// surfaces, citations. Canonical names (a department's `name`, the region,
/// topics) stay Simplified: they name things, they do not quote the text.
///
/// The two texts are aligned scalar for scalar, so a string read from the
/// folded text is found there and the original taken at the same offsets.
struct OriginalScript {
  /// The text measure spans index, as written and folded.
  let original: NormalizedText
  let folded: NormalizedText
  /// Every paragraph, head lines the body leaves out (title, 文号) included: metadata comes from them.
  let page: (original: NormalizedText, folded: NormalizedText)
  /// Strings that did not come from the text (HTML info-table hints), folded → as given.
  let known: [String: String]

  /// The original characters of `value`, read from the folded text: its first
  /// occurrence at or after `from` (else anywhere); `value` itself when the
  /// text does not hold it (a title joined from two lines).
  func original(of value: String, from: Int = 0) -> String {
    original(of: value, from: from, in: (original, folded))
  }

  /// The original characters of a metadata value, read from the whole page.
  func pageOriginal(of value: String) -> String {
    original(of: value, from: 0, in: page)
  }

  private func original(of value: String, from: Int, in text: (original: NormalizedText, folded: NormalizedText)) -> String {
    if let given = known[value] { return given }
    let needle = Array(value.unicodeScalars)
    guard !needle.isEmpty else { return value }
    let hay = text.folded.scalars
    guard let at = Self.find(needle, in: hay, from: from) ?? (from > 0 ? Self.find(needle, in: hay, from: 0) : nil)
    else { return Self.acrossBreaks(needle, in: text) ?? value }
    return text.original.slice(TextSpan(start: at, end: at + needle.count))
  }

  /// A value joined from lines (a title printed over two, its issuers on the first): found
  /// with the page's line breaks and spaces skipped, each scalar restored from where it stands.
  private static func acrossBreaks(_ needle: [Unicode.Scalar], in text: (original: NormalizedText, folded: NormalizedText)) -> String? {
    let hay = text.folded.scalars
    let isBreak: (Unicode.Scalar) -> Bool = { $0 == "\n" || $0 == " " }
    for start in hay.indices where hay[start] == needle[0] {
      var out: [Unicode.Scalar] = []
      var i = start
      var k = 0
      while k < needle.count {
        if i < hay.count, hay[i] == needle[k] {
          out.append(text.original.scalars[i])
          i += 1
          k += 1
        } else if i < hay.count, isBreak(hay[i]) {
          i += 1
        } else if isBreak(needle[k]) {
          out.append(needle[k])
          k += 1
        } else {
          break
        }
      }
      if k == needle.count { return String(scalars: out) }
    }
    return nil
  }

  private static func find(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar], from: Int) -> Int? {
    guard needle.count <= hay.count, from <= hay.count - needle.count else { return nil }
    var i = from
    while i <= hay.count - needle.count {
      if hay[i] == needle[0], hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
      i += 1
    }
    return nil
  }

  /// The document with its quoted strings in the original script.
  func restore(_ document: inout ParsedDocument) {
    document.title = document.title.map(pageOriginal)
    document.noticeTitle = document.noticeTitle.map(pageOriginal)
    document.docNumber = document.docNumber.map(pageOriginal)
    document.issuers = document.issuers.map(pageOriginal)
    document.outline = document.outline.map(restore)
    // Paths repeat the same few labels: look each up once.
    var labels: [String: String] = [:]
    for k in document.measures.indices {
      let span = document.measures[k].span
      var m = document.measures[k]
      m.text = original.slice(span)
      m.heading = original(of: m.heading, from: span.start)
      m.path = m.path.map { label in
        if let known = labels[label] { return known }
        let found = original(of: label)
        labels[label] = found
        return found
      }
      for d in m.departments.indices {
        m.departments[d].surface = original(of: m.departments[d].surface, from: span.start)
      }
      for c in m.commitments.indices {
        m.commitments[c].surface = original(of: m.commitments[c].surface, from: span.start)
        m.commitments[c].subject = m.commitments[c].subject.map { original(of: $0, from: span.start) }
        m.commitments[c].per = m.commitments[c].per.map { original(of: $0, from: span.start) }
      }
      if let due = m.due { m.due?.text = original(of: due.text, from: span.start) }
      document.measures[k] = m
    }
    for k in document.citations.indices {
      document.citations[k].title = document.citations[k].title.map { original(of: $0) }
      document.citations[k].docNumber = document.citations[k].docNumber.map { original(of: $0) }
    }
  }

  /// The document tree with labels, titles and table headers in the original script.
  func restore(_ tree: DocumentTree) -> DocumentTree {
    var out = tree
    out.blocks = tree.blocks.map(restore)
    for t in out.tables.indices {
      for c in out.tables[t].header.indices {
        out.tables[t].header[c].text = original(of: out.tables[t].header[c].text, from: out.tables[t].header[c].span.start)
      }
    }
    return out
  }

  private func restore(_ block: Block) -> Block {
    var out = block
    // The marker stands just before the block's text.
    out.marker.label = original(of: block.marker.label, from: max(0, (block.lead?.start ?? 0) - 12))
    out.title = original(of: block.title, from: block.lead?.start ?? 0)
    out.children = block.children.map(restore)
    return out
  }

  private func restore(_ section: OutlineSection) -> OutlineSection {
    var out = section
    out.marker = original(of: section.marker)
    out.title = original(of: section.title)
    out.children = section.children.map(restore)
    return out
  }
}
