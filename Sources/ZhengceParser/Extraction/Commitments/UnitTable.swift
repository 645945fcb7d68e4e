/// The figures of a table whose unit is declared above it (`单位:万元`), as a page
/// flattens it: a cell a line (杨兴乡 ⏎ 2 ⏎ 新州镇 ⏎ 0.5) or a row a line (杨兴乡  2,
/// or with the cells run together: 河北10683).
/// A number alone in its cell is a quantity in the declared unit, and the cell
/// before it on its row names what it is for. Funds notices and 公示 give their
/// amounts this way; without the declaration the bare numbers count nothing.
struct UnitTable {
  let text: ScalarText
  let vocabulary: CommitmentVocabulary

  /// Lines read after a declaration, at most; the table ends sooner at a line of prose.
  static let maxRows = 400
  /// Longest row label taken as a subject.
  static let maxLabel = 16

  /// The quantities of every declared table in the text, in text order.
  func quantities() -> [Quantity] {
    var out: [Quantity] = []
    var i = 0
    // Most measures hold no 单: find it before asking for the rest.
    while i < text.count, let at = text.s[i...].firstIndex(of: Self.declaration[0]) {
      i = at
      guard text.has(Self.declaration, at: i), let (factor, unit, lineEnd) = declaredUnit(after: i + Self.declaration.count) else {
        i += 1
        continue
      }
      let (rows, end) = figures(from: lineEnd + 1, factor: factor, unit: unit)
      out += rows
      i = max(end, i + 1)
    }
    return out
  }

  /// `:万元` after 单位: the factor and unit, and where its line ends.
  private func declaredUnit(after start: Int) -> (Double, String, Int)? {
    var k = text.skipSpaces(start)
    guard let colon = text[k], colon == ":" || colon == "\u{FF1A}" else { return nil }
    k = text.skipSpaces(k + 1)
    var factor = 1.0
    if let multiplier = vocabulary.multipliers.first(where: { text.has($0.surface, at: k) }) {
      factor = multiplier.value
      k += multiplier.surface.count
    }
    guard let unit = vocabulary.units.first(where: { text.has($0.surface, at: k) }) else { return nil }
    k += unit.surface.count
    // The declaration ends its line (a closing bracket may follow).
    var end = k
    while let c = text[end], c != "\n" {
      guard c == " " || c == "\u{3000}" || c == ")" || c == "\u{FF09}" else { return nil }
      end += 1
    }
    return (factor, unit.unit, end)
  }

  /// The figures of the rows from `start`, and where the table ends.
  private func figures(from start: Int, factor: Double, unit: String) -> ([Quantity], Int) {
    var out: [Quantity] = []
    var label: String?
    var lineStart = start
    for _ in 0..<Self.maxRows {
      guard lineStart < text.count else { break }
      var lineEnd = lineStart
      while let c = text[lineEnd], c != "\n" { lineEnd += 1 }
      let line = lineStart..<lineEnd
      if isProse(line) || text.has(Self.declaration, at: text.skipSpaces(lineStart)) { return (out, lineStart) }
      if let (number, rowLabel) = figure(in: line) {
        let name = rowLabel ?? label
        out.append(Quantity(range: number.range, numberStart: number.range.lowerBound, value: QuantityReader.clean(number.value * factor), unit: unit, unitSubject: name))
        label = nil
      } else {
        let cell = text.string(line).filter { $0 != " " && $0 != "\u{3000}" && $0 != "\t" }
        label = (1...Self.maxLabel).contains(cell.unicodeScalars.count) && cell.unicodeScalars.allSatisfy(CommitmentScalarClass.isHan) ? cell : nil
      }
      lineStart = lineEnd + 1
    }
    return (out, lineStart)
  }

  /// The number alone in the line's last cell, and the label before it on the line, if any;
  /// a year alone in its cell (2019) is a column of dates, not an amount, but after a
  /// row's label (内蒙古2043) it is the row's amount.
  private func figure(in line: Range<Int>) -> (NumberToken, String?)? {
    var end = line.upperBound
    while end > line.lowerBound, let c = text[end - 1], c == " " || c == "\u{3000}" || c == "\t" { end -= 1 }
    var start = end
    while start > line.lowerBound, let c = text[start - 1], CommitmentScalarClass.digit(c) != nil || c == "." || c == "," { start -= 1 }
    guard start < end, let number = NumberToken.read(text, at: start), number.range.upperBound == end, !number.isChinese else { return nil }
    let yearLike = number.integerDigits == 4 && !number.hasDecimal && (1949...2100).contains(Int(number.value))
    var labelEnd = start
    while labelEnd > line.lowerBound, let c = text[labelEnd - 1], c == " " || c == "\u{3000}" || c == "\t" { labelEnd -= 1 }
    if labelEnd == line.lowerBound { return yearLike ? nil : (number, nil) }
    // A row: its label, then white space or nothing (河北10683), then the number.
    guard (line.lowerBound..<labelEnd).allSatisfy({ CommitmentScalarClass.isHan(text[$0]) }),
      labelEnd - line.lowerBound <= Self.maxLabel
    else { return nil }
    return (number, text.string(line.lowerBound..<labelEnd))
  }

  /// A line of a paragraph, not a cell: a full stop in it, or more than a row holds.
  private func isProse(_ line: Range<Int>) -> Bool {
    line.count > 40 || line.contains { text[$0] == "\u{3002}" }
  }

  private static let declaration = Array("单位".unicodeScalars)
}
