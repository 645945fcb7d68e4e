import ZhengceCore

/// Reads a page's info block into `MetadataHints`, whatever its layout: table
/// rows (label cell, value cell), 【发布文号】…, [ 索引号 ] …, `索引号:` lines,
/// several labels on one line, spaced labels (索 引 号).
struct MetadataReader {
  private(set) var hints = MetadataHints()
  private var dateRank = Int.max
  private var publishedRank = Int.max
  /// How many labelled values were accepted.
  private(set) var fieldsRead = 0

  /// Reads every labelled value in `lines`; a field keeps its first value
  /// (dates: the best-ranked one, 成文日期 before 印发日期; 发布日期 apart).
  mutating func read(_ lines: [TextRenderer.Line]) {
    for (l, line) in lines.enumerated() {
      let cells = line.map { Array($0.unicodeScalars) }
      for (c, cell) in cells.enumerated() {
        let found = MetadataLabels.matches(in: cell)
        for match in found {
          var value = Self.trimmed(cell[match.valueStart..<match.valueEnd])
          if value.isEmpty, match.valueEnd == cell.count {
            // Label alone in its cell: the value is the next cell (a table row), or the
            // next line when the label is a line of its own (<dt>索引号</dt><dd>…</dd>).
            let next: [Unicode.Scalar]? =
              c + 1 < cells.count
              ? cells[c + 1]
              : (cells.count == 1 && match.labelStart == 0 && l + 1 < lines.count && lines[l + 1].count == 1
                ? Array(lines[l + 1][0].unicodeScalars) : nil)
            if let next, MetadataLabels.matches(in: next).first?.labelStart != 0 { value = Self.trimmed(next[...]) }
          }
          accept(match.field, value)
        }
      }
    }
  }

  /// Number of distinct labels (of any field) in `lines`: tells an info table from a task table.
  static func labelCount(_ lines: [TextRenderer.Line]) -> Int {
    var count = 0
    for line in lines {
      for cell in line { count += MetadataLabels.matches(in: Array(cell.unicodeScalars)).count }
    }
    return count
  }

  private mutating func accept(_ field: MetadataField, _ raw: String) {
    guard !raw.isEmpty else { return }
    switch field {
    case .indexNumber:
      guard hints.indexNumber == nil, let token = raw.split(separator: " ").first,
        token.contains(where: \.isNumber)
      else { return }
      hints.indexNumber = String(token)
    case .docNumber:
      guard hints.docNumber == nil, raw.contains(where: \.isNumber), raw.unicodeScalars.count <= 40 else { return }
      hints.docNumber = raw
    case .issuers:
      guard hints.issuers.isEmpty else { return }
      let names = raw.split { " 、,，;；/".contains($0) }.map(String.init).filter { name in
        name.unicodeScalars.contains(where: TextMeasure.isCJK)
      }
      guard !names.isEmpty else { return }
      hints.issuers = names
    case .publisher:
      guard hints.publisher == nil, raw.unicodeScalars.contains(where: TextMeasure.isCJK) else { return }
      hints.publisher = raw
    case .title:
      guard hints.title == nil, TextMeasure.countCJK(raw) >= 4 else { return }
      hints.title = raw
    case .date(let rank):
      guard rank < dateRank, let date = DateValue.parse(raw) else { return }
      hints.date = date
      dateRank = rank
    case .publishedDate(let rank):
      guard rank < publishedRank, let date = DateValue.parse(raw) else { return }
      hints.publishedDate = date
      publishedRank = rank
    case .other:
      return
    }
    fieldsRead += 1
  }

  /// A value without surrounding spaces, bullets, separators or the opening bracket of the next label.
  static func trimmed(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    let junk: Set<Unicode.Scalar> = [" ", "\t", "\u{A0}", "\u{3000}", "【", "[", "［", "|", "•", "·", ";", "；", ",", "，", ":", "："]
    var slice = scalars
    while let first = slice.first, junk.contains(first) { slice = slice.dropFirst() }
    while let last = slice.last, junk.contains(last) || last == "〔" || last == "(" || last == "（" {
      slice = slice.dropLast()
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: slice)
    return String(view)
  }
}

/// Dates as pages write them (2016-01-13, 2016年1月13日, 2016/1/13, 2016.01.13 16:53) → `YYYY-MM-DD`.
enum DateValue {
  static func parse(_ text: String) -> String? {
    var numbers: [Int] = []
    var current: Int?
    var digits = 0
    for s in text.unicodeScalars {
      if let d = s.properties.numericType == .decimal ? Int(s.properties.numericValue ?? -1) : nil, d >= 0 {
        current = (current ?? 0) * 10 + d
        digits += 1
        if digits > 4 { return nil }
        continue
      }
      if let value = current {
        numbers.append(value)
        current = nil
        digits = 0
        if numbers.count == 3 { break }
        guard "-/.年月".unicodeScalars.contains(s) else { return nil }
      } else if !numbers.isEmpty || !MetadataLabels.isSpace(s) {
        return nil
      }
    }
    if let value = current, numbers.count < 3 { numbers.append(value) }
    guard numbers.count == 3 else { return nil }
    let (y, m, d) = (numbers[0], numbers[1], numbers[2])
    guard (1949...2100).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
    return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
  }
}
