import ZhengceCore

/// Which of a head's title blocks is the document's own title and which its
/// cover notice's.
///
/// A page often prints a title twice: its own heading, then the document's
/// (the heading with 〈〉 or quotes it normalised, the document as printed). A
/// cover notice (关于印发《X》的通知) names the document X it carries: the
/// document's title is the block that names X again, however it is marked,
/// else the block that opens the text right after the notice's signature (a
/// notice issuing seven plans at once is followed by the first of them). A
/// notice that names a draft it sends for comments (关于征求《X(征求意见稿)》意见的通知)
/// carries X the same way when X follows its signature. Of the notice's copies,
/// the nearest before the document's title is the document's own.
struct TitleChoice {
  /// The document's own title block.
  var own: TitleBlock?
  /// The cover notice's block.
  var notice: TitleBlock?
  /// The title the notice says it carries.
  var carried: String?

  init(blocks: [TitleBlock], lines: [TextLine], firstParagraph: Int, statedTitle: String?, cover: Signature.Part?) {
    let notices = blocks.filter { TitleRules.isCoverNotice($0.title) }
    notice = notices.first
    carried = notice.flatMap { TitleRules.carriedTitle($0.title) }
      ?? statedTitle.flatMap { TitleRules.isCoverNotice($0) ? TitleRules.carriedTitle($0) : nil }
    let opening = Self.opening(after: cover, in: blocks, lines: lines)
    if let carried {
      own = blocks.first { !notices.contains($0) && Self.names($0, carried) }
        ?? (notice == nil ? nil : opening.flatMap { notices.contains($0) ? nil : $0 })
    } else if let opening, let naming = Self.noticeNaming(opening, in: blocks) {
      own = opening
      notice = naming
      carried = opening.title
    } else {
      own = blocks.last { $0 != notice && $0.lines.upperBound <= firstParagraph } ?? blocks.first { $0 != notice }
      // A copy that lost the period in brackets its heading kept (云南省农村扶贫开发纲要 ⏎ 20012010年)).
      if let chosen = own, let fuller = blocks.first(where: { $0.lines.upperBound <= chosen.lines.lowerBound && Self.addsNote($0.title, to: chosen.title) }) {
        own = fuller
      }
    }
    // The notice as the document prints it: its last copy before the document's title,
    // or an earlier one that names the bodies this one leaves out.
    if let carried, notices.count > 1 {
      let end = own?.lines.lowerBound ?? Int.max
      let copies = notices.filter { n in
        n.lines.upperBound <= end && TitleRules.carriedTitle(n.title).map { TitleRules.sameTitle($0, carried) } == true
      }
      if let nearest = copies.last {
        notice = copies.first { Self.addsIssuers($0.title, to: nearest.title) } ?? nearest
      }
    }
  }

  /// Whether `fuller` is `title` with its period in brackets after it: 纲要(2001—2010年).
  static func addsNote(_ fuller: String, to title: String) -> Bool {
    guard fuller.hasPrefix(title) else { return false }
    let note = fuller.dropFirst(title.count)
    return note.first == "(" && note.last == ")" && note.contains("年") && note.filter(\.isASCII).filter(\.isNumber).count >= 4
  }

  /// Whether `fuller` is `title` after the bodies that issue it (山东省人民政府办公厅转发…的通知, 转发…的通知).
  static func addsIssuers(_ fuller: String, to title: String) -> Bool {
    guard fuller.count > title.count, fuller.hasSuffix(title) else { return false }
    return TitleRules.isIssuerLine(String(fuller.dropLast(title.count)))
  }

  /// Whether `block` is the title `carried` names: the same words, or those words after
  /// the bodies that issue it (中共某市委 某市人民政府关于…的意见).
  static func names(_ block: TitleBlock, _ carried: String) -> Bool {
    if TitleRules.sameTitle(block.title, carried) { return true }
    guard let about = block.title.utf8Range(of: "关于"), about.lowerBound > block.title.startIndex,
      TitleRules.isIssuerLine(String(block.title[..<about.lowerBound]))
    else { return false }
    return TitleRules.sameTitle(String(block.title[about.lowerBound...]), carried)
  }

  /// The title block that opens the text after a cover's signature: only notes
  /// ((此件公开发布), 附件) stand between them.
  static func opening(after cover: Signature.Part?, in blocks: [TitleBlock], lines: [TextLine]) -> TitleBlock? {
    guard let cover, let block = blocks.first(where: { $0.lines.lowerBound > cover.dateLine }) else { return nil }
    let between = lines[(cover.dateLine + 1)..<block.lines.lowerBound]
    return between.allSatisfy { isNote($0.scalars) } ? block : nil
  }

  /// A bracketed note, an 附件 line, or a line without a word.
  private static func isNote(_ line: [Unicode.Scalar]) -> Bool {
    if !line.contains(where: ScalarClass.isHan) { return true }
    if line.first == "(" && line.last == ")" { return line.count <= HeadParagraphs.maxNoteLength }
    return line.starts(with: "附件".unicodeScalars) && line.count <= 12
  }

  /// A notice before `document` that names it in book-title marks, a note such as
  /// (征求意见稿) after its title aside.
  private static func noticeNaming(_ document: TitleBlock, in blocks: [TitleBlock]) -> TitleBlock? {
    blocks.first { block in
      guard block.lines.upperBound <= document.lines.lowerBound, block.title.hasSuffix("通知"),
        let marked = TitleRules.firstMarkedTitle(block.title)
      else { return false }
      return TitleRules.sameTitle(TitleRules.withoutTrailingNote(marked).title, document.title)
    }
  }
}
