import ZhengceCore

/// How one line of a table laid out with spaces reads: its pieces between gaps,
/// and what a header, a part of a label and a page number look like.
extension SpaceTable {
  /// One line of folded text as the normaliser reads it.
  struct Line {
    var scalars: [Unicode.Scalar]
    /// For each scalar, the index of the decoded scalar it came from.
    var sources: [Int32]
    /// For each scalar, the display column it starts at.
    var columns: [Int32]
    /// Display columns the whole line takes.
    var width: Int32

    static let blank = Line(scalars: [], sources: [], columns: [], width: 0)
  }

  /// Text between gaps: scalar indexes `start..<end`, display columns `from..<to`.
  struct Piece {
    var start: Int
    var end: Int
    var from: Int32
    var to: Int32
  }

  /// Header cells are labels: longer pieces are text (and one scalar a spread character).
  static let maximumHeaderCell = 10

  /// A cheap test before `read`: whether `line` may be a header (it names 单位 or 部门).
  static func mayOpen(_ line: [Unicode.Scalar]) -> Bool {
    guard line.count <= 400 else { return false }
    var previous: Unicode.Scalar = " "
    for u in line {
      if (u == "位" && previous == "单") || (u == "门" && previous == "部") { return true }
      previous = u
    }
    return false
  }

  /// The pieces of `line` when it is a table header.
  static func headerPieces(_ line: Line) -> [Piece]? {
    let pieces = Self.pieces(line)
    guard pieces.count >= 3 else { return nil }
    var cells: [Unicode.Scalar] = []
    for (k, piece) in pieces.enumerated() {
      let cell = compact(line.scalars[piece.start..<piece.end])
      guard cell.count >= 2, cell.count <= maximumHeaderCell else { return nil }
      if k > 0 { cells.append("\t") }
      cells += cell
    }
    return TableRowSyntax.isHeader(cells) ? pieces : nil
  }

  /// The pieces of `line`, split at its gaps.
  static func pieces(_ line: Line) -> [Piece] {
    let s = line.scalars
    var out: [Piece] = []
    var i = 0
    while i < s.count {
      while i < s.count, isBlank(s[i]) { i += 1 }
      guard i < s.count else { break }
      let start = i
      var end = i
      while i < s.count {
        if !isBlank(s[i]) {
          i += 1
          end = i
          continue
        }
        var j = i
        while j < s.count, isBlank(s[j]) { j += 1 }
        let gapEnd = j < s.count ? line.columns[j] : line.width
        if j == s.count || gapEnd - line.columns[i] >= 2 { break }
        i = j
      }
      out.append(Piece(start: start, end: end, from: line.columns[start],
                       to: end < s.count ? line.columns[end] : line.width))
      i = end
    }
    return out
  }

  /// Blanks of a laid-out line: spaces (U+3000 is folded to one) and the form feed before a page.
  @inline(__always)
  static func isBlank(_ u: Unicode.Scalar) -> Bool { u == " " || u == "\u{0C}" }

  /// `— 6 —`, `-6-`, `第6页`: a page number set between dashes or in words (a bare number may be a row's).
  static func isPageNumber(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
    var s = compact(text)[...]
    let dashes: Set<Unicode.Scalar> = ["-", "\u{2014}", "\u{2013}"]
    var marked = false
    while let first = s.first, dashes.contains(first) || first == "第" {
      s = s.dropFirst()
      marked = true
    }
    while let last = s.last, dashes.contains(last) || last == "页" {
      s = s.dropLast()
      marked = true
    }
    return marked && !s.isEmpty && s.count <= 4 && s.allSatisfy(ScalarClass.isDigit)
  }

  /// A part of a header label wrapped in its column (完成 | 时限) or under a
  /// spanning one (牵头单位): short, without the 、 , 。 of a cell's text.
  static func isLabelPart(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
    text.count <= 6 && !text.contains { $0 == "、" || $0 == "," || $0 == "。" || $0 == ";" }
  }

  /// A cell without its blanks (序 号 → 序号).
  static func compact(_ cell: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] { cell.filter { !isBlank($0) } }
}
