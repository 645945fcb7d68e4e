import ZhengceCore

/// Text wrapped at a fixed width, as PDF and OCR output is: every line of a
/// paragraph but its last fills the width, so sentences, names and numbers
/// break across lines. When most lines of a document share one display width,
/// a full line is joined to the next unless the next starts a paragraph: a
/// blank line comes before it, it is indented (when the document indents its
/// paragraphs), or it opens a section (一、 (一) 第X条 附件N).
enum HardWrap {
  /// Fewer full lines than this say nothing about a wrap width.
  static let minimumFullLines = 12
  /// Share of the lines that must fill the width, in percent.
  static let minimumShare = 40
  /// Share of the lines, in percent, that may be longer than the width (a heading set wider).
  static let maximumLongerShare = 5
  /// Narrower widths are too short to be a page's (in display columns; a page of
  /// the national standard takes 56, and lists of short items stay below this).
  static let minimumWidth = 40
  /// A line this many columns short of the width still fills it (a wide character did not fit).
  static let slack = 2

  /// `lines` with every wrapped paragraph put back on one line.
  static func reflow(_ lines: [TextLine]) -> [TextLine] {
    // Table rows (TAB-separated cells) are never wrapped paragraphs: width 0 leaves them alone.
    let widths = lines.map { $0.scalars.contains("\t") ? 0 : $0.width }
    guard let width = wrapWidth(widths) else { return lines }
    let indents = lines.reduce(0) { $0 + ($1.indented ? 1 : 0) }
    let usesIndent = indents * 10 >= lines.count
    var out: [TextLine] = []
    out.reserveCapacity(lines.count)
    for (k, line) in lines.enumerated() {
      let previousFills = k > 0 && widths[k - 1] >= width - slack
      if previousFills, widths[k] > 0, var last = out.popLast() {
        // A full line that ends a sentence mostly just happens to, and 1. (1) are as often inline
        // items as paragraphs: only indentation or a section's number (一、 (一) 第X条 附件N) say more.
        let opensSection = MarkerScanner.marker(in: line.scalars).map { Self.opensSection($0.marker.style) } ?? false
        let startsParagraph = opensSection || line.afterBlank || (usesIndent && line.indented)
        if !startsParagraph {
          last.scalars += line.scalars
          last.sources += line.sources
          last.raw = last.raw.isEmpty || line.raw.isEmpty ? "" : last.raw + line.raw
          out.append(last)
          continue
        }
        out.append(last)
      }
      out.append(line)
    }
    return out
  }

  static func opensSection(_ style: MarkerStyle) -> Bool {
    switch style {
    case .cn, .cnParen, .chapter, .article, .annex: return true
    default: return false
    }
  }

  /// The display width most lines fill (within `slack` columns), if enough do.
  static func wrapWidth(_ widths: [Int]) -> Int? {
    var counts: [Int: Int] = [:]
    for w in widths where w >= minimumWidth { counts[w, default: 0] += 1 }
    var best: (width: Int, lines: Int)?
    for w in counts.keys {
      let full = (0...slack).reduce(0) { $0 + (counts[w - $1] ?? 0) }
      if full > best?.lines ?? 0 || (full == best?.lines && w > best?.width ?? 0) { best = (w, full) }
    }
    guard let best, best.lines >= minimumFullLines, best.lines * 100 >= widths.count * minimumShare else { return nil }
    // The page's width is a limit: hardly any line is longer (a list of equal items is not a page).
    let longer = widths.reduce(0) { $0 + ($1 > best.width + slack ? 1 : 0) }
    return longer * 100 <= widths.count * maximumLongerShare ? best.width : nil
  }
}
