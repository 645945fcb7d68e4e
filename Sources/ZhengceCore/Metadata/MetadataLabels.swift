/// The field an info-block label fills (索引号, 发文字号, 成文日期, …).
public enum MetadataField: Sendable, Hashable {
  case indexNumber, docNumber, issuers, publisher, title
  /// 发布机构, 发布部门: the body that published the page, often the issuer itself.
  case publishingBody
  /// The date the document was written or issued; lower rank wins (成文日期 before 印发日期).
  case date(rank: Int)
  /// The date the page was published (发布日期, 发布时间); lower rank wins.
  case publishedDate(rank: Int)
  /// A label we recognise only so that it ends the value before it (主题分类, 字体, …).
  case other
}

/// The labels of a page's info block and what field each fills, shared by
/// saved pages (`ZhengceHTML`) and text copied from them (`ZhengceParser`).
public enum MetadataLabels {
  static let all: [(label: [Unicode.Scalar], field: MetadataField)] = {
    let table: [(String, MetadataField)] = [
      ("索引号", .indexNumber), ("索取号", .indexNumber), ("统一编号", .other),
      ("发文字号", .docNumber), ("发布文号", .docNumber), ("发文文号", .docNumber), ("文件编号", .docNumber),
      ("文件字号", .docNumber), ("发文号", .docNumber), ("文号", .docNumber),
      ("发文机关", .issuers), ("发文单位", .issuers), ("发文机构", .issuers), ("成文机关", .issuers),
      ("制发机关", .issuers), ("发布机关", .issuers), ("发文部门", .issuers), ("联合发文单位", .other), ("联合发文机关", .other),
      ("发布机构", .publishingBody), ("发布部门", .publishingBody), ("发布单位", .publishingBody), ("信息来源", .publisher), ("文章来源", .publisher),
      ("稿件来源", .publisher), ("文件来源", .other), ("来源", .publisher),
      ("成文日期", .date(rank: 0)), ("成文时间", .date(rank: 0)), ("发文日期", .date(rank: 1)), ("生成日期", .date(rank: 1)), ("产生日期", .date(rank: 1)), ("发文时间", .date(rank: 1)),
      ("印发日期", .date(rank: 2)), ("签发日期", .date(rank: 2)), ("发布日期", .publishedDate(rank: 0)),
      ("公布日期", .publishedDate(rank: 0)), ("公开日期", .publishedDate(rank: 1)), ("发布时间", .publishedDate(rank: 1)), ("上传时间", .publishedDate(rank: 2)),
      ("发布于", .publishedDate(rank: 2)), ("更新时间", .publishedDate(rank: 2)), ("时间", .publishedDate(rank: 3)), ("日期", .publishedDate(rank: 3)),
      ("文件名称", .title), ("信息名称", .title), ("文件标题", .title), ("标题", .title), ("名称", .title),
      ("主题分类", .other), ("体裁分类", .other), ("体裁", .other), ("主题(一)", .other), ("主题(二)", .other), ("主题（一）", .other), ("主题（二）", .other), ("组配分类", .other), ("内容分类", .other), ("公文种类", .other), ("文种", .other), ("政策级别", .other), ("政策主题", .other),
      ("信息分类", .other), ("服务对象分类", .other), ("主题词", .other), ("关键词", .other), ("关键字", .other),
      ("内容概述", .other), ("内容概况", .other), ("内容摘要", .other), ("有效性", .other), ("信息有效性", .other), ("时效性", .other), ("生效日期", .other), ("公文时效", .other),
      ("实施日期", .other), ("失效日期", .other), ("失效时间", .other), ("废止日期", .other), ("公开方式", .other),
      ("公开形式", .other), ("公开目录", .other), ("公开范围", .other), ("公开时限", .other),
      ("公开责任部门", .other), ("效力级别", .other), ("法规类别", .other), ("阅读次数", .other), ("浏览次数", .other),
      ("访问次数", .other), ("点击数", .other), ("点击次数", .other), ("浏览", .other), ("责任编辑", .other), ("作者", .other), ("发布人", .other), ("发布者", .other),
      ("字体", .other), ("字号", .other), ("分享", .other), ("打印", .other), ("分类", .other),
    ]
    // Longest first: 发文字号 must win over 文号 at the same position.
    return table.map { (Array($0.0.unicodeScalars), $0.1) }.sorted { $0.label.count > $1.label.count }
  }()

  /// A label found in a cell: its field and where its value starts and ends.
  public struct Match: Sendable {
    public var field: MetadataField
    public var labelStart: Int
    public var valueStart: Int
    public var valueEnd: Int
  }

  /// Every label in `cell`, each with the value up to the next label.
  ///
  /// A label counts only at a word boundary: at the start of the cell or after
  /// a non-letter (space, bracket, bullet), and followed by a colon, a closing
  /// bracket, a space or the end, so 资金来源 or 来源于 in prose is not a label.
  /// Spaces between its characters are allowed (索 引 号, 文    号).
  public static func matches(in cell: [Unicode.Scalar]) -> [Match] {
    var found: [Match] = []
    var i = 0
    while i < cell.count {
      if i > 0 && isWordScalar(cell[i - 1]) {
        i += 1
        continue
      }
      if let (field, end) = label(at: i, in: cell) {
        if let last = found.indices.last { found[last].valueEnd = i }
        found.append(Match(field: field, labelStart: i, valueStart: end, valueEnd: cell.count))
        i = end
      } else {
        i += 1
      }
    }
    return found
  }

  /// Date labels glued to the words before them, a colon and a digit after them
  /// (来源:某某网发布时间:2018-06-20 14:46:25, a reposting page's line): the labels
  /// of four characters that name a document's or a page's date (成文日期, 发布时间),
  /// not 时间 or 日期 alone, which prose glues to anything.
  public static func gluedDateLabels(in cell: [Unicode.Scalar]) -> [Match] {
    var found: [Match] = []
    var i = 1
    while i < cell.count {
      if isWordScalar(cell[i - 1]), let (field, end) = label(at: i, in: cell), end < cell.count, cell[end - 1] == ":" || cell[end - 1] == "：",
        ("0"..."9").contains(cell[end])
      {
        switch field {
        case .date, .publishedDate(rank: 0), .publishedDate(rank: 1):
          found.append(Match(field: field, labelStart: i, valueStart: end, valueEnd: cell.count))
          i = end
          continue
        default: break
        }
      }
      i += 1
    }
    return found
  }

  /// Whether `cell` opens with a label, after any bullet, dash or bracket, or
  /// the number of an ordered list's item (`1. [发文字号] …`, a page's info list).
  /// (The first of `matches(in:)` at that place: spaces and marks are no word scalars.)
  public static func opensWithLabel(_ cell: [Unicode.Scalar]) -> Bool {
    var at = cell.firstIndex { !isSpace($0) } ?? cell.endIndex
    let digits = cell[at...].prefix { ("0"..."9").contains($0) }.count
    if digits > 0, digits <= 2, at + digits < cell.count, cell[at + digits] == "." || cell[at + digits] == "、" {
      at += digits + 1
    }
    guard let start = cell[at...].firstIndex(where: { !isSpace($0) && !isLeadingMark($0) }) else { return false }
    return label(at: start, in: cell) != nil
  }

  /// The label starting at `start`, and the index after it and its colon/bracket.
  private static func label(at start: Int, in cell: [Unicode.Scalar]) -> (MetadataField, Int)? {
    candidates: for (label, field) in all {
      var j = start
      for (k, scalar) in label.enumerated() {
        if k > 0 { while j < cell.count && isSpace(cell[j]) { j += 1 } }
        guard j < cell.count, cell[j] == scalar else { continue candidates }
        j += 1
      }
      // Boundary after the label: colon, closing bracket, space or end.
      var end = j
      while end < cell.count && isSpace(cell[end]) { end += 1 }
      if end < cell.count && isClosingBracket(cell[end]) { end += 1 }
      while end < cell.count && isSpace(cell[end]) { end += 1 }
      if end < cell.count && (cell[end] == ":" || cell[end] == "：") { end += 1 }
      guard end == cell.count || end > j else { continue candidates }
      return (field, end)
    }
    return nil
  }

  static func isSpace(_ s: Unicode.Scalar) -> Bool {
    s == " " || s == "\t" || s == "\u{A0}" || s == "\u{3000}"
  }

  /// Bullets, list dashes and opening brackets before a label: • 索引号, - 发文字号, 【发布文号】.
  static func isLeadingMark(_ s: Unicode.Scalar) -> Bool {
    s == "•" || s == "·" || s == "-" || s == "*" || s == "【" || s == "[" || s == "［" || s == "|"
  }

  private static func isClosingBracket(_ s: Unicode.Scalar) -> Bool {
    s == "]" || s == "】" || s == "〕" || s == "］" || s == ")" || s == "）"
  }

  /// Letters, digits and ideographs: a label right after one is part of a word.
  private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
    s.properties.isAlphabetic || ("0"..."9").contains(s)
  }
}
