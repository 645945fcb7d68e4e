import ZhengceCore

/// A marker found at the start of a paragraph (or inside it, for inline items).
public struct MarkerMatch: Sendable, Hashable {
  public var marker: Marker
  /// Scalars the marker takes, with its punctuation and any following spaces.
  public var length: Int
}

/// Recognises numbering markers: 一、 (一) 1. 1、 (1) ① —— 附件N 第X章 第X节 第X条 第X步,
/// and `()` where a page lost the numeral of a (一) heading.
public enum MarkerScanner {
  /// The marker opening `line`, if any.
  public static func marker(in line: [Unicode.Scalar]) -> MarkerMatch? {
    guard let first = line.first else { return nil }
    let match: MarkerMatch?
    switch first {
    case "第": match = chapterOrArticle(line)
    case "(": match = parenthesised(line, at: 0)
    case "\u{2014}": match = dash(line)
    case "附": match = annex(line)
    default:
      if (0x2460...0x2473).contains(first.value) {
        match = MarkerMatch(
          marker: Marker(style: .circled, label: String(first), ordinal: Int(first.value - 0x2460 + 1)), length: 1)
      } else if ScalarClass.isDigit(first) {
        match = arabic(line)
      } else if isMarkerNumeral(first) {
        match = chinese(line)
      } else {
        match = nil
      }
    }
    guard var found = match else { return nil }
    while found.length < line.count, line[found.length] == " " || line[found.length] == "\t" { found.length += 1 }
    return found
  }

  /// `(1)`/`(一)` at `start`, used for inline items too.
  static func parenthesised(_ line: [Unicode.Scalar], at start: Int) -> MarkerMatch? {
    if start == 0, let lost = lostNumeral(line) { return lost }
    var i = start + 1
    var digits: [Unicode.Scalar] = []
    while i < line.count, i - start <= 4, ScalarClass.isDigit(line[i]) || isMarkerNumeral(line[i]) {
      digits.append(line[i])
      i += 1
    }
    guard !digits.isEmpty, i < line.count, line[i] == ")" else { return nil }
    let text = String(scalars: digits)
    if digits.allSatisfy(ScalarClass.isDigit) {
      return MarkerMatch(marker: Marker(style: .arabicParen, label: "(\(text))", ordinal: Int(text)), length: i + 1 - start)
    }
    guard let value = ordinal(digits) else { return nil }
    return MarkerMatch(marker: Marker(style: .cnParen, label: "(\(text))", ordinal: value), length: i + 1 - start)
  }

  /// `()指导思想`: a short heading whose numeral the page lost, still a (一) heading.
  private static func lostNumeral(_ line: [Unicode.Scalar]) -> MarkerMatch? {
    guard line.count >= 4, line[1] == ")", ScalarClass.isHan(line[2]) else { return nil }
    let headingEnd = line.firstIndex { $0 == "。" || $0 == ":" || $0 == "," } ?? line.count
    guard headingEnd - 2 <= Heading.maxLabelLength else { return nil }
    return MarkerMatch(marker: Marker(style: .cnParen, label: "()", ordinal: nil), length: 2)
  }

  private static func chinese(_ line: [Unicode.Scalar]) -> MarkerMatch? {
    var i = 0
    while i < line.count, i < 4, isMarkerNumeral(line[i]) { i += 1 }
    guard i < line.count, line[i] == "、" || line[i] == ".", let value = ordinal(line[0..<i]) else {
      return nil
    }
    let label = String(scalars: line[0..<i])
    return MarkerMatch(marker: Marker(style: .cn, label: label, ordinal: value), length: i + 1)
  }

  private static func arabic(_ line: [Unicode.Scalar]) -> MarkerMatch? {
    var i = 0
    while i < line.count, i < 3, ScalarClass.isDigit(line[i]) { i += 1 }
    guard i < line.count, line[i] == "." || line[i] == "、" else { return nil }
    // 2.5万 is a number, not item 2.
    if i + 1 < line.count, ScalarClass.isDigit(line[i + 1]) { return nil }
    guard i + 1 < line.count else { return nil }
    let label = String(scalars: line[0..<i])
    return MarkerMatch(marker: Marker(style: .arabic, label: label, ordinal: Int(label)), length: i + 1)
  }

  private static func dash(_ line: [Unicode.Scalar]) -> MarkerMatch? {
    var i = 0
    while i < line.count, line[i] == "\u{2014}" { i += 1 }
    guard i >= 2, i < line.count else { return nil }
    return MarkerMatch(marker: Marker(style: .dash, label: "——", ordinal: nil), length: i)
  }

  private static func chapterOrArticle(_ line: [Unicode.Scalar]) -> MarkerMatch? {
    var i = 1
    while i < line.count, i <= 5, isMarkerNumeral(line[i]) { i += 1 }
    guard i > 1, i < line.count, let value = ordinal(line[1..<i]) else { return nil }
    let style: MarkerStyle
    switch line[i] {
    case "章": style = .chapter
    case "节": style = .section
    case "条": style = .article
    case "步": style = .step
    default: return nil
    }
    let label = String(scalars: line[0...i])
    // 第一步:调查摸底 — the colon belongs to the marker, not to the heading.
    let colon = i + 1 < line.count && line[i + 1] == ":" ? 1 : 0
    return MarkerMatch(marker: Marker(style: style, label: label, ordinal: value), length: i + 1 + colon)
  }

  /// `附件3` opening a line, alone or followed by the annex title; not `附件:` lists.
  private static func annex(_ line: [Unicode.Scalar]) -> MarkerMatch? {
    guard line.count >= 3, line[1] == "件" else { return nil }
    var i = 2
    while i < line.count, i < 5, ScalarClass.isDigit(line[i]) || isMarkerNumeral(line[i]) { i += 1 }
    guard i > 2 else { return nil }
    let number = String(scalars: line[2..<i])
    let ordinal = Int(number) ?? ordinal(line[2..<i])
    if i < line.count {
      // 附件1:关于…  or 附件1 关于… ; but 附件1、2 is a list reference, not an annex.
      guard line[i] == ":" || line[i] == " " else { return nil }
      i += 1
    }
    return MarkerMatch(marker: Marker(style: .annex, label: "附件\(number)", ordinal: ordinal), length: i)
  }

  /// Positions of inline `(1)…(2)…` items inside a paragraph, each after a
  /// sentence or clause break, numbered from 1 without gaps; [] when fewer than two.
  public static func inlineItems(in line: [Unicode.Scalar], from start: Int) -> [Int] {
    var positions: [Int] = []
    var expected = 1
    var i = start
    while i < line.count {
      if line[i] == "(", i == start || isClauseBreak(line[i - 1]),
        let m = parenthesised(line, at: i), m.marker.style == .arabicParen, m.marker.ordinal == expected
      {
        positions.append(i)
        expected += 1
        i += m.length
        continue
      }
      i += 1
    }
    return positions.count >= 2 ? positions : []
  }

  private static func isClauseBreak(_ u: Unicode.Scalar) -> Bool {
    u == ":" || u == "。" || u == ";" || u == " "
  }

  /// Characters of a Chinese section number: 一…九, 十, 百, 零/〇 (not 两, 千, 万).
  private static func isMarkerNumeral(_ u: Unicode.Scalar) -> Bool {
    u != "两" && (ChineseNumber.digit(u) != nil || u == "十" || u == "百")
  }

  /// 十一 → 11, 二十 → 20; nil when the characters are not one number.
  private static func ordinal(_ scalars: some Collection<Unicode.Scalar>) -> Int? {
    ChineseNumber.value(scalars).map { Int($0) }
  }
}
