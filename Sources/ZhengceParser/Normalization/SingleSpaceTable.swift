import ZhengceCore

/// A task table whose cells a web page flattened into lines with one space
/// between them (`序号 工 作 任 务 牵头负责部门` ⏎ `1 居民消费价格涨幅3%左右 发展改革委`),
/// given back as the TAB-separated rows `TableRowSyntax` reads. `SpaceTable`
/// reads tables aligned in columns; here nothing but the spaces marks a cell.
///
/// - The header's pieces are what its spaces separate, a run of single
///   characters being one label spread out (工 作 任 务). It opens a table when it
///   has three pieces or more, the first a 序号 column and one a column of
///   departments.
/// - A row is a line whose first piece is the next number (1, 2, 3 …) and
///   that has as many pieces as the header or more: the pieces after the task
///   column are the last ones, and what is left between the number and them is
///   the task's text.
/// - The table ends at the first line that is not the next row.
///
/// Normalisation drops the space between CJK text, so the spaces are read from
/// the map back to the decoded text: a scalar that does not follow the one
/// before it had something (a space) between them.
enum SingleSpaceTable {
  static let minColumns = 3

  static func rewrite(_ lines: inout [TextLine]) {
    var k = 0
    while k < lines.count {
      guard let header = header(lines[k]) else {
        k += 1
        continue
      }
      var rows: [(line: Int, cells: [Piece])] = []
      var next = k + 1
      while next < lines.count, let cells = row(lines[next], number: rows.count + 1, columns: header.count) {
        rows.append((next, cells))
        next += 1
      }
      guard !rows.isEmpty else {
        k += 1
        continue
      }
      lines[k] = joined(lines[k], header)
      for (line, cells) in rows { lines[line] = joined(lines[line], cells) }
      k = next
    }
  }

  /// A cell: a range of the line's scalars.
  typealias Piece = Range<Int>

  /// The header's cells, when `line` is the header of such a table.
  private static func header(_ line: TextLine) -> [Piece]? {
    let s = line.scalars
    guard s.count <= 60, s.count >= 6, !s.contains("\t"), s.starts(with: "序号".unicodeScalars) || s.starts(with: "编号".unicodeScalars)
    else { return nil }
    var cells: [Piece] = []
    for piece in pieces(line) {
      // A run of single characters is one label spread out.
      if piece.count == 1, let last = cells.last, isSpread(last, in: line), last.upperBound <= piece.lowerBound {
        cells[cells.count - 1] = last.lowerBound..<piece.upperBound
      } else {
        cells.append(piece)
      }
    }
    guard cells.count >= minColumns,
      cells.dropFirst().contains(where: { TableRowSyntax.column(of: Array(s[$0])) == .departments })
    else { return nil }
    return cells
  }

  /// Whether a cell so far is made of single characters set apart (工 作 …).
  private static func isSpread(_ cell: Piece, in line: TextLine) -> Bool {
    cell.indices.dropFirst().allSatisfy { line.sources[$0] - line.sources[$0 - 1] > 1 }
  }

  /// The cells of the row numbered `number`, or nil when `line` is not it.
  private static func row(_ line: TextLine, number: Int, columns: Int) -> [Piece]? {
    let s = line.scalars
    guard !s.contains("\t") else { return nil }
    let found = pieces(line)
    guard found.count >= columns, let first = found.first, String(scalars: Array(s[first])) == String(number) else { return nil }
    let trailing = found.suffix(columns - 2)
    guard let task = found.dropFirst().first, let taskEnd = found.dropLast(columns - 2).last else { return nil }
    return [first, task.lowerBound..<taskEnd.upperBound] + trailing
  }

  /// The pieces of a line: what the spaces it had separate.
  private static func pieces(_ line: TextLine) -> [Piece] {
    var out: [Piece] = []
    var start: Int?
    for i in line.scalars.indices {
      if line.scalars[i] == " " {
        if let from = start { out.append(from..<i) }
        start = nil
        continue
      }
      if let from = start, line.sources[i] - line.sources[i - 1] > 1 {
        out.append(from..<i)
        start = i
      } else if start == nil {
        start = i
      }
    }
    if let from = start { out.append(from..<line.scalars.count) }
    return out
  }

  /// The line rewritten as its cells joined by TABs.
  private static func joined(_ line: TextLine, _ cells: [Piece]) -> TextLine {
    var out = line
    out.scalars = []
    out.sources = []
    for (n, cell) in cells.enumerated() {
      if n > 0 {
        out.scalars.append("\t")
        out.sources.append(line.sources[cell.lowerBound] - 1)
      }
      out.scalars += line.scalars[cell]
      out.sources += line.sources[cell]
    }
    return out
  }
}
