/// The fields an information table or header line can state.
enum MetadataField: Sendable {
  case indexNumber, docNumber, issuer, writtenDate, publishedDate, publisher, title, other
}

/// Reads `label: value` rows of web-page information tables and headers:
/// `索引号:…`, `索引号 … 发布日期 …` on one line, `【发布文号】…`, `[ 索引号 ]…`.
enum MetadataRows {
  /// Labels by the field they give; spaced labels (索 引 号) arrive here already joined.
  static let labels: [(String, MetadataField)] = [
    ("索引号", .indexNumber), ("发文字号", .docNumber), ("发布文号", .docNumber), ("发文文号", .docNumber),
    ("文号", .docNumber), ("发文机关", .issuer), ("发文单位", .issuer), ("发布机构", .issuer),
    ("发布单位", .issuer), ("成文日期", .writtenDate), ("发文日期", .writtenDate), ("印发日期", .writtenDate),
    ("发布日期", .publishedDate), ("公布日期", .publishedDate), ("发布时间", .publishedDate),
    ("公开日期", .publishedDate), ("信息来源", .publisher), ("来源", .publisher), ("文件名称", .title),
    ("名称", .title), ("标题", .title), ("主题分类", .other), ("体裁分类", .other), ("内容概述", .other),
    ("主题词", .other), ("阅读次数", .other), ("浏览次数", .other), ("效力状态", .other), ("分类", .other),
  ]

  /// The rows of `line` when it opens with a label; nil for any other line.
  static func parse(_ line: String) -> [(MetadataField, String)]? {
    let s = Array(line.unicodeScalars)
    var i = 0
    while i < s.count, s[i] == "【" || s[i] == "[" || s[i] == " " || s[i] == "\t" { i += 1 }
    guard label(in: s, at: i) != nil else { return nil }
    var rows: [(MetadataField, String)] = []
    var current: (MetadataField, Int)?
    var valueStart = i
    while i < s.count {
      if let (field, length) = label(in: s, at: i), isLabelBoundary(s, i) {
        if let (f, _) = current { rows.append((f, value(s, valueStart, i))) }
        i += length
        while i < s.count, ":】] \t".unicodeScalars.contains(s[i]) { i += 1 }
        current = (field, i)
        valueStart = i
        continue
      }
      i += 1
    }
    if let (f, _) = current { rows.append((f, value(s, valueStart, s.count))) }
    return rows
  }

  /// The labels as scalars, longest first within each field's spelling list order.
  private static let labelScalars: [([Unicode.Scalar], MetadataField)] = labels.map { (Array($0.0.unicodeScalars), $0.1) }

  private static func label(in s: [Unicode.Scalar], at i: Int) -> (MetadataField, Int)? {
    for (n, field) in labelScalars where i + n.count <= s.count && s[i] == n[0] {
      if s[i..<(i + n.count)].elementsEqual(n) { return (field, n.count) }
    }
    return nil
  }

  /// Labels start a line or follow a space, a cell's TAB or a bracket, so 来源 inside a value does not split it.
  private static func isLabelBoundary(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    if i == 0 { return true }
    let before = s[i - 1]
    return before == " " || before == "\t" || before == "【" || before == "[" || before == "]" || before == "】"
      || ScalarClass.isDigit(before) || before == ":"
  }

  private static func value(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
    var slice = s[start..<max(start, end)]
    while let last = slice.last, last == " " || last == "\t" || last == "【" || last == "[" { slice = slice.dropLast() }
    return String(scalars: slice)
  }
}
