import ZhengceCore

/// Decimal section numbers: `1 总则`, `1.1 编制目的`, `1.4.1 坚持…`, the
/// numbering of emergency plans (应急预案) and of technical plans.
///
/// A line opening with `1.1` may as well be a number (`1.5万元用于…`), so a
/// document's decimal numbers are read as markers only when it numbers its
/// sections that way: two of its lines open with the first and second
/// section of one chapter (`2.1` and `2.2`). A bare `1 总则` is a chapter
/// only in such a document, and only a short line with no sentence in it.
struct DecimalNumbering: Sendable {
  /// Whether the document numbers its sections with decimals.
  let isActive: Bool
  /// Chapter numbers a bare `N 标题` line may have: up to a few past the last
  /// chapter that has decimal sections.
  private let chapters: ClosedRange<Int>
  static let chaptersWithoutSections = 3

  /// Longest heading line read as a bare chapter (`1 总则`).
  static let maxChapterLineLength = 20

  init(_ lines: [[Unicode.Scalar]]) {
    var firsts = Set<[Int]>()
    var seconds = Set<[Int]>()
    var lastChapter = 0
    for line in lines {
      guard let numbers = Self.sectionNumbers(line)?.numbers, let last = numbers.last else { continue }
      let parent = Array(numbers.dropLast())
      if last == 1 { firsts.insert(parent) }
      if last == 2 { seconds.insert(parent) }
      lastChapter = max(lastChapter, numbers[0])
    }
    isActive = !firsts.isDisjoint(with: seconds)
    // The last chapters may have no sections (7 附则, 9 名词术语).
    chapters = isActive ? 1...(lastChapter + Self.chaptersWithoutSections) : 0...0
  }

  /// The marker opening `line`: `MarkerScanner`'s, else a decimal one if the
  /// document numbers its sections with decimals.
  func marker(in line: [Unicode.Scalar]) -> MarkerMatch? {
    MarkerScanner.marker(in: line) ?? decimalMarker(in: line)
  }

  private func decimalMarker(in line: [Unicode.Scalar]) -> MarkerMatch? {
    guard isActive else { return nil }
    if let found = Self.sectionNumbers(line), let style = MarkerStyle.decimal(depth: found.numbers.count) {
      let label = found.numbers.map(String.init).joined(separator: ".")
      return MarkerMatch(marker: Marker(style: style, label: label, ordinal: found.numbers.last), length: found.length)
    }
    return chapter(line)
  }

  /// `1总则` (the space between number and title is gone after normalisation):
  /// a short line with no sentence in it.
  private func chapter(_ line: [Unicode.Scalar]) -> MarkerMatch? {
    let digits = line.prefix(while: ScalarClass.isDigit).count
    guard (1...2).contains(digits), line.count > digits, line.count <= Self.maxChapterLineLength,
      ScalarClass.isHan(line[digits]), let number = Int(String(scalars: line[0..<digits])), chapters.contains(number),
      !line.contains(where: Self.sentencePunctuation.contains)
    else { return nil }
    return MarkerMatch(marker: Marker(style: .decimal1, label: String(number), ordinal: number), length: digits)
  }

  /// `2.1编制依据`, `1.4.1坚持…`: two to four numbers of one or two digits
  /// joined by dots, then a Han character that starts a title, not a unit
  /// or multiplier of a quantity (`1.5万元`, `1.2倍`).
  static func sectionNumbers(_ line: [Unicode.Scalar]) -> (numbers: [Int], length: Int)? {
    var numbers: [Int] = []
    var i = 0
    while true {
      let start = i
      while i < line.count, i - start < 3, ScalarClass.isDigit(line[i]) { i += 1 }
      let digits = i - start
      guard (1...2).contains(digits), let n = Int(String(scalars: line[start..<i])) else { return nil }
      numbers.append(n)
      guard i < line.count, line[i] == ".", numbers.count < 4, i + 1 < line.count, ScalarClass.isDigit(line[i + 1]) else { break }
      i += 1
    }
    var end = i
    while end < line.count, line[end] == " " { end += 1 }
    // A title opens with a Han character, or a Roman numeral (4.1Ⅰ级响应).
    guard numbers.count >= 2, end < line.count, ScalarClass.isHan(line[end]) || (0x2160...0x217F).contains(line[end].value),
      !quantityWords.contains(where: { line[end...].starts(with: $0) })
    else { return nil }
    return (numbers, end)
  }

  /// Words that, right after a decimal, make it a quantity: multipliers and
  /// units of measure (`8.1公众信息交流` and `2.2日常办事机构` are sections).
  private static let quantityWords = ["万", "亿", "千", "百", "倍", "元", "米", "吨", "亩", "公里", "公斤", "公顷", "平方", "立方"]
    .map { Array($0.unicodeScalars) }
  private static let sentencePunctuation = Set("。,;:!?".unicodeScalars)
}
