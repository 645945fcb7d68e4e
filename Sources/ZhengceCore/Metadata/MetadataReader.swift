/// Reads an info block into `MetadataHints`, whatever its layout: table rows
/// (label cell, value cell), 【发布文号】…, [ 索引号 ] …, `索引号:` lines, several
/// labels on one line, spaced labels (索 引 号), pipe rows (`文号 | 某发〔2019〕1号 |`),
/// bullets (• 索 引 号:, - 发文字号:) and a label alone on its line above its value.
public struct MetadataReader: Sendable {
  public private(set) var hints = MetadataHints()
  private var dateRank = Int.max
  private var publishedRank = Int.max
  /// How many labelled values were accepted.
  public private(set) var fieldsRead = 0
  /// The line each accepted field was read from (the `lines` index), for diagnostics.
  public private(set) var sourceLines: [String: Int] = [:]
  /// The 发布机构 or 发布部门 named, which may be the issuer when nothing else says who is.
  public private(set) var publishingBody: String?
  /// Lines that hold only labels and their values, and value lines read for a label above them.
  public private(set) var infoLines: Set<Int> = []

  public init() {}

  /// The cells of a line of text: pipes and TABs separate them (`索引号: | P0120 | 文号 | |`).
  public static func cells(ofTextLine line: String) -> [String] {
    // Split on scalars: every head line is asked, and Characters would break graphemes.
    line.unicodeScalars.split(omittingEmptySubsequences: false) { $0 == "|" || $0 == "\t" }.map { String($0) }
  }

  /// Reads the info lines among lines of text, each split into its cells: a
  /// line is read when its first cell opens with a label; prose that merely
  /// mentions 来源 or 时间 is left alone.
  public mutating func read(textLines lines: [[String]]) {
    for (l, cells) in lines.enumerated() {
      guard let first = cells.first(where: { !Self.isBlank($0) }) else { continue }
      if MetadataLabels.opensWithLabel(Array(first.unicodeScalars)) {
        infoLines.insert(l)
        read(lines, only: l)
      } else {
        readEmbedded(cells, line: l)
      }
    }
  }

  /// Longest line read for labels among other words.
  static let maxEmbeddingLine = 300

  /// The labels a line of other words holds where no prose puts them: after a space and
  /// before a colon (…项目公示 时间:2017-03-24 16:03:56), in 【】 (…的通知文章属性•【公布日期】2012.06.12•…),
  /// or a date's label glued to the words before it (来源:某某网发布时间:2018-06-20).
  private mutating func readEmbedded(_ cells: [String], line l: Int) {
    for cell in cells {
      let s = Array(cell.unicodeScalars)
      guard s.count <= Self.maxEmbeddingLine, s.contains(where: { $0 == ":" || $0 == "】" || $0 == "：" }) else { continue }
      for match in MetadataLabels.gluedDateLabels(in: s) where accept(match.field, Self.trimmed(s[match.valueStart..<match.valueEnd])) {
        sourceLines[match.field.name] = sourceLines[match.field.name] ?? l
      }
      for match in MetadataLabels.matches(in: s) where match.labelStart > 0 && match.valueStart > match.labelStart {
        let (before, after) = (s[match.labelStart - 1], s[match.valueStart - 1])
        guard before == " " && after == ":" || before == "【" && after == "】" else { continue }
        if accept(match.field, Self.trimmed(s[match.valueStart..<match.valueEnd])) {
          sourceLines[match.field.name] = sourceLines[match.field.name] ?? l
        }
      }
    }
  }

  /// Whether a label names a date (成文日期, 废止日期, 发布时间): its value is a date, not the line under it.
  private static func namesDate(_ label: ArraySlice<Unicode.Scalar>) -> Bool {
    let letters = label.filter { !MetadataLabels.isSpace($0) }
    return zip(letters, letters.dropFirst()).contains { $0 == ("日", "期") || $0 == ("时", "间") }
  }

  /// Reads every labelled value in `lines`; a field keeps its first value
  /// (dates: the best-ranked one, 成文日期 before 印发日期; 发布日期 apart).
  public mutating func read(_ lines: [[String]]) {
    for l in lines.indices { read(lines, only: l) }
  }

  private mutating func read(_ lines: [[String]], only l: Int) {
    let cells = lines[l].map { Array($0.unicodeScalars) }
    for (c, cell) in cells.enumerated() {
      let found = MetadataLabels.matches(in: cell)
      for match in found {
        var value = Self.trimmed(cell[match.valueStart..<match.valueEnd])
        if value.isEmpty, match.valueEnd == cell.count {
          // Label alone in its cell: the value is the next cell (a table row), or the
          // next line when the label is a line of its own (<dt>索引号</dt><dd>…</dd>).
          // A page tool's label (打印, 字号) has no value: the line under it may be the title;
          // nor is a line that ends with a colon (the addressees: 各市(州)人民政府,…:) a value.
          let tool = ChromeVocabulary.toolLabels.contains(String(String.UnicodeScalarView(cell[match.labelStart..<match.valueStart])))
          let next: [Unicode.Scalar]? =
            tool ? nil : c + 1 < cells.count
            ? cells[c + 1]
            : (cells.count == 1 && match.labelStart == 0 && l + 1 < lines.count && lines[l + 1].count == 1
              ? Array(lines[l + 1][0].unicodeScalars) : nil)
          if let next, MetadataLabels.matches(in: next).first?.labelStart != 0, next.last != ":", next.last != "\u{FF1A}",
            !Self.namesDate(cell[match.labelStart..<match.valueStart]) || PageDate.parse(Self.trimmed(next[...])) != nil
          {
            value = Self.trimmed(next[...])
            if c + 1 == cells.count, !value.isEmpty { infoLines.insert(l + 1) }
          }
        }
        if accept(match.field, value) { sourceLines[match.field.name] = sourceLines[match.field.name] ?? l }
      }
    }
  }

  /// Number of distinct labels (of any field) in `lines`: tells an info table from a task table.
  public static func labelCount(_ lines: [[String]]) -> Int {
    var count = 0
    for line in lines {
      for cell in line { count += MetadataLabels.matches(in: Array(cell.unicodeScalars)).count }
    }
    return count
  }

  /// Takes the value when its field has none yet (or a worse-ranked date); whether it was taken.
  @discardableResult
  private mutating func accept(_ field: MetadataField, _ raw: String) -> Bool {
    guard !raw.isEmpty else { return false }
    switch field {
    case .indexNumber:
      guard hints.indexNumber == nil, let token = raw.split(separator: " ").first,
        token.contains(where: \.isNumber)
      else { return false }
      hints.indexNumber = String(token)
    case .docNumber:
      guard hints.docNumber == nil, raw.contains(where: \.isNumber), raw.unicodeScalars.count <= 40 else { return false }
      hints.docNumber = raw
    case .issuers:
      guard hints.issuers.isEmpty else { return false }
      let names = raw.split { " 、,，;；/".contains($0) }.map(String.init).filter { name in
        name.unicodeScalars.contains(where: ScalarClass.isHan)
      }
      guard !names.isEmpty else { return false }
      hints.issuers = names
    case .publishingBody:
      guard publishingBody == nil, raw.unicodeScalars.contains(where: ScalarClass.isHan) else { return false }
      publishingBody = raw
      if hints.publisher == nil { hints.publisher = raw }
    case .publisher:
      guard hints.publisher == nil, raw.unicodeScalars.contains(where: ScalarClass.isHan) else { return false }
      hints.publisher = raw
    case .title:
      guard hints.title == nil, raw.unicodeScalars.filter(ScalarClass.isHan).count >= 4 else { return false }
      hints.title = raw
    case .date(let rank):
      guard rank < dateRank, let date = PageDate.parse(raw) else { return false }
      hints.date = date
      dateRank = rank
    case .publishedDate(let rank):
      guard rank < publishedRank, let date = PageDate.parse(raw) else { return false }
      hints.publishedDate = date
      publishedRank = rank
    case .other:
      return false
    }
    fieldsRead += 1
    return true
  }

  /// What `trimmed` strips from both ends: spaces, brackets, bullets, separators.
  private static let junk: Set<Unicode.Scalar> = [" ", "\t", "\u{A0}", "\u{3000}", "【", "[", "［", "|", "•", "·", ";", "；", ",", "，", ":", "："]

  /// Whether `trimmed` leaves nothing of `cell`.
  private static func isBlank(_ cell: String) -> Bool {
    cell.unicodeScalars.allSatisfy { junk.contains($0) || $0 == "〔" || $0 == "(" || $0 == "（" }
  }

  /// A value without surrounding spaces, bullets, separators or the opening bracket of the next label.
  public static func trimmed(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
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

extension MetadataField {
  /// The field's name without its rank, as diagnostics print it: `docNumber`, `date`, ….
  public var name: String {
    switch self {
    case .indexNumber: "indexNumber"
    case .docNumber: "docNumber"
    case .issuers: "issuers"
    case .publisher, .publishingBody: "publisher"
    case .title: "title"
    case .date: "date"
    case .publishedDate: "publishedDate"
    case .other: "other"
    }
  }
}

/// Dates as pages write them (2016-01-13, 2016年1月13日, 2016/1/13, 2016.01.13 16:53) → `YYYY-MM-DD`.
public enum PageDate {
  public static func parse(_ text: String) -> String? {
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
