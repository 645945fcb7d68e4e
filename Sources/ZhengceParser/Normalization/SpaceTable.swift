import ZhengceCore

/// A task table (任务分工表) whose columns are aligned with runs of spaces, as
/// `pdftotext -layout` writes one and as copying a table from a PDF viewer gives
/// it, read line by line and given back as the TAB-separated rows `TableRowSyntax` reads.
///
/// - A gap is a run of blanks two display columns wide or more: two spaces, or
///   one U+3000 (a wide character counts two columns, as in `HardWrap.columns`).
///   Gaps split a line into pieces.
/// - A header is a line of three or more labels (pieces of 2 to 10 scalars: a
///   line justified with spread characters is none) that names a department
///   column (`TableRowSyntax.isHeader`); its pieces are the columns. Lines of label
///   parts below it (`isLabelPart`) go on with it: a label wrapped in its
///   column (完成 over 时限) joins it, and two labels or more under one label
///   (牵头单位 | 配合单位 under 责任单位) are columns of their own in its place;
///   a second header line is a header row of its own. A table needs a first row
///   with text in two columns or more; without one its lines stay text.
/// - A piece belongs to the one column it overlaps; one that overlaps none
///   belongs to the column to its right (cell text may start left of a centred
///   header), or the last one. Columns widen to the pieces they take. A line fits
///   when no piece overlaps two columns and its pieces keep the columns' order.
/// - A row starts at a line with a number (1, 1. or 1、) in the 序号 column.
///   Without a 序号 column, a row starts at a line with text in the first (task)
///   column unless the line above had text there that wrapped: it did not end a
///   sentence (。; ! ?) and ran to within `wrapReach` columns of the next column.
///   Every other fitting line continues the row (a cell wrapped in its column):
///   each piece joins its cell after a space, which the normaliser drops between
///   CJK text. When text comes between the header and the first number, cells
///   are centred in their rows (the number on a tall row's middle line): lines
///   without a number wait for the next number, and the row above takes them
///   down to the line where its task text ends (as above); the rest open the
///   next row. A blank line between rows still needs a number after it.
/// - A group row is a line of one piece (wherever it starts) that opens with
///   一、 (一) or 第X章 (`TableRowSyntax.isGroupStyle`), or in a table with a 序号
///   column a short heading starting there (`TableRowSyntax.isCategoryHeading`),
///   after a row or the header (blank lines between are dropped). It stays in
///   the table only when the next line starts a row, and comes out as a row of
///   its own with its text in the first cell and the other cells empty
///   (`一、强化规划引领⇥⇥⇥⇥`), as `ZhengceHTML` writes a spanning cell.
///   Otherwise the table ends before it.
/// - Blank lines and page numbers (— 6 —) between rows are dropped. The table
///   ends at a line that does not fit, at a section heading (一、 (一) 第X条
///   附件N) that is not a group row, or a new header, at a line with a TAB, and
///   at a blank line followed by a line that does not start a row with text in
///   two columns.
///
/// Each row comes out as one line of cells joined by TABs, an empty cell keeping
/// its column; every scalar keeps the source index it came from, and the TABs
/// before a cell take that of the blank or line break before its text.
struct SpaceTable {
  /// A line given back to the normaliser; `isRow` for a table's header and rows.
  struct Output {
    var line: Line
    var isRow: Bool
  }

  /// Task text that stops more than this many columns short of the next column did not wrap.
  static let wrapReach: Int32 = 4

  private var columns: [(from: Int32, to: Int32)] = []
  private var numbered = false
  /// The header's source lines until a first row confirms the table (its cells are in `cells` till then).
  private var headerLines: [Line] = []
  /// The open row's cells (the header's, before the first row).
  private var cells: [[Unicode.Scalar]] = []
  private var cellSources: [[Int32]] = []
  private var blanks = 0
  /// A line read into the table, with its pieces and their columns.
  private struct Placed {
    var line: Line
    var pieces: [Piece]
    var places: [Int]
  }
  /// Lines without a number not yet given to a row (in a table whose cells are centred in their rows).
  private var waiting: [Placed] = []
  /// Whether text came before the first row's number: cells are centred in tall rows.
  private var centred = false
  /// Whether the open row's task text has ended (it did not wrap on its last line).
  private var taskEnded = false
  /// Whether the last line's text in the first column wrapped (tables without 序号).
  private var taskWraps = false
  /// A group row (一、…) waiting for the row that keeps it in the table.
  private var group: Line?
  /// Whether blank lines came before the waiting group row.
  private var groupAfterBlank = false

  /// Whether a table is being read: every line goes to `read` until it ends.
  var isOpen: Bool { !columns.isEmpty }

  /// Reads one line; `emit` receives the lines the table gives back, in order.
  /// - Returns: whether the caller goes on to read `line` as ordinary text.
  mutating func read(_ line: Line, emit: (Output) -> Void) -> Bool {
    if isOpen {
      if take(line, emit: emit) { return false }
      close(emit: emit)
    }
    guard !line.scalars.contains("\t"), let pieces = Self.headerPieces(line) else { return true }
    open(line, pieces)
    return false
  }

  private mutating func open(_ line: Line, _ pieces: [Piece]) {
    headerLines = [line]
    columns = pieces.map { ($0.from, $0.to) }
    cells = pieces.map { Array(line.scalars[$0.start..<$0.end]) }
    cellSources = pieces.map { Array(line.sources[$0.start..<$0.end]) }
    let first = Self.compact(line.scalars[pieces[0].start..<pieces[0].end])
    numbered = first == Array("序号".unicodeScalars) || first == Array("编号".unicodeScalars)
  }

  /// Ends the table being read, giving back its last row (or, unconfirmed, its header's lines as they were).
  mutating func close(emit: (Output) -> Void) {
    guard isOpen else { return }
    if !headerLines.isEmpty {
      for line in headerLines + waiting.map(\.line) { emit(Output(line: line, isRow: false)) }
    } else {
      for placed in waiting { add(placed) }
      emit(Output(line: rowLine(), isRow: true))
    }
    // A group row no row followed is text after the table.
    if let group {
      if groupAfterBlank { emit(Output(line: .blank, isRow: false)) }
      emit(Output(line: group, isRow: false))
    }
    if blanks > 0 { emit(Output(line: .blank, isRow: false)) }
    self = SpaceTable()
  }

  // MARK: - Rows

  /// Takes `line` into the table if it belongs to it.
  private mutating func take(_ line: Line, emit: (Output) -> Void) -> Bool {
    guard !line.scalars.contains("\t") else { return false }
    var pieces = Self.pieces(line)
    if pieces.isEmpty {
      blanks += 1
      return true
    }
    // A page number between the pages of a table (— 6 —, 第6页) is dropped.
    if pieces.count == 1, Self.isPageNumber(line.scalars[pieces[0].start..<pieces[0].end]) { return true }
    let heading = Array(line.scalars[pieces[0].start...])
    if let marker = MarkerScanner.marker(in: heading), HardWrap.opensSection(marker.marker.style) {
      // A group row (一、强化规划引领) waits for the row that keeps it in the table.
      guard TableRowSyntax.isGroupStyle(marker.marker.style), pieces.count == 1, group == nil,
        waiting.isEmpty, !centred, heading.count > marker.length
      else { return false }
      wait(group: line)
      return true
    }
    // In a numbered table, a short heading alone in the 序号 column (基础设施建设) may be one too.
    if numbered, pieces.count == 1, pieces[0].from < columns[0].to, group == nil, waiting.isEmpty, !centred,
      TableRowSyntax.isCategoryHeading(line.scalars[pieces[0].start..<pieces[0].end]) {
      wait(group: line)
      return true
    }
    let places = place(pieces)
    if let header = Self.headerPieces(line), places?.first ?? 0 == 0 {
      // A header of two rows (序号 重点任务 责任单位 … over 序号 重点任务 牵头单位 配合单位 …): both are set aside.
      guard !headerLines.isEmpty, blanks == 0, waiting.isEmpty, group == nil else { return false }
      emit(Output(line: rowLine(), isRow: true))
      open(line, header)
      return true
    }
    guard let places else { return false }
    let firstCell = places.first == 0 ? pieces[0] : nil
    let startsRow: Bool
    if numbered {
      if let firstCell {
        // 1, or 1. and 1、 whose mark the cell drops.
        var number = line.scalars[firstCell.start..<firstCell.end]
        if number.count > 1, let mark = number.last, mark == "." || mark == "、" {
          number = number.dropLast()
          pieces[0].end -= 1
        }
        guard number.count <= 4, number.allSatisfy(ScalarClass.isDigit) else { return false }
        startsRow = true
      } else {
        startsRow = false
      }
    } else {
      startsRow = firstCell != nil && (!taskWraps || blanks > 0)
    }
    // After a blank line only a new row with text in two columns goes on with the table.
    if blanks > 0, !startsRow || Set(places).count < 2 { return false }
    // Only a row keeps a group row in the table.
    if group != nil, !startsRow { return false }
    let placed = Placed(line: line, pieces: pieces, places: places)
    if !headerLines.isEmpty, !startsRow {
      // Header text wrapped in its column (完成 over 时限), or labels under a spanning one (责任单位 over 牵头单位 | 配合单位).
      if waiting.isEmpty, pieces.allSatisfy({ Self.isLabelPart(line.scalars[$0.start..<$0.end]) }) {
        extendHeader(line, pieces, places)
        headerLines.append(line)
        return true
      }
      // Or text above the first row's number: the row's cells are centred.
      guard numbered else { return false }
      waiting.append(placed)
      return true
    }
    // A table needs a first row of two cells.
    if !headerLines.isEmpty, Set(places).count < 2 { return false }
    blanks = 0
    if centred, !startsRow {
      waiting.append(placed)
      return true
    }
    if startsRow {
      var above = waiting[...]
      if headerLines.isEmpty {
        // Centred cells: the open row takes the waiting lines down to the one where its task text ends.
        var k = 0
        if !taskEnded {
          while k < waiting.count {
            k += 1
            if taskEnds(waiting[k - 1]) == true { break }
          }
        }
        for placed in waiting[..<k] { add(placed) }
        above = waiting[k...]
      } else {
        centred = !waiting.isEmpty
      }
      emit(Output(line: rowLine(), isRow: true))
      if let group {
        emit(Output(line: groupRow(group), isRow: true))
        self.group = nil
      }
      headerLines = []
      cells = Array(repeating: [], count: columns.count)
      cellSources = Array(repeating: [], count: columns.count)
      taskEnded = false
      for placed in above { add(placed) }
      waiting = []
    }
    add(placed)
    if !numbered {
      if let firstCell, columns.count > 1 {
        let last = line.scalars[firstCell.end - 1]
        let endsSentence = last == "。" || last == ";" || last == "!" || last == "?"
        taskWraps = !endsSentence && columns[1].from - firstCell.to <= Self.wrapReach
      } else {
        taskWraps = false
      }
    }
    return true
  }

  /// Holds a group row until the next line says whether it stays in the table.
  private mutating func wait(group line: Line) {
    group = line
    groupAfterBlank = blanks > 0
    blanks = 0
    // The row above ends at it: the next line's task text starts a row.
    taskWraps = false
  }

  /// Whether the line's task text (序号's neighbour) stops there: it ends a sentence
  /// or stops more than `wrapReach` columns short of the next column; nil without task text.
  private func taskEnds(_ placed: Placed) -> Bool? {
    guard let k = placed.places.lastIndex(of: 1) else { return nil }
    let piece = placed.pieces[k]
    let last = placed.line.scalars[piece.end - 1]
    if last == "。" || last == ";" || last == "!" || last == "?" { return true }
    return columns.count > 2 && columns[2].from - piece.to > Self.wrapReach
  }

  /// Puts a line's pieces in the open row's cells.
  private mutating func add(_ placed: Placed) {
    let line = placed.line
    if numbered, let ends = taskEnds(placed) { taskEnded = ends }
    for (piece, column) in zip(placed.pieces, placed.places) {
      let text = line.scalars[piece.start..<piece.end]
      if !cells[column].isEmpty {
        cells[column].append(" ")
        cellSources[column].append(max(0, line.sources[piece.start] - 1))
      }
      cells[column] += text
      cellSources[column] += line.sources[piece.start..<piece.end]
      columns[column].from = min(columns[column].from, piece.from)
      columns[column].to = max(columns[column].to, piece.to)
    }
  }

  /// Adds a line of header text: a piece joins its column's label, and two or
  /// more pieces under one label are columns of their own, taking its place.
  private mutating func extendHeader(_ line: Line, _ pieces: [Piece], _ places: [Int]) {
    var newColumns: [(from: Int32, to: Int32)] = []
    var newCells: [[Unicode.Scalar]] = []
    var newSources: [[Int32]] = []
    for k in columns.indices {
      let under = zip(pieces, places).filter { $0.1 == k }.map(\.0)
      if under.count >= 2 {
        for piece in under {
          newColumns.append((piece.from, piece.to))
          newCells.append(Array(line.scalars[piece.start..<piece.end]))
          newSources.append(Array(line.sources[piece.start..<piece.end]))
        }
        continue
      }
      var column = columns[k]
      var cell = cells[k]
      var sources = cellSources[k]
      if let piece = under.first {
        cell.append(" ")
        sources.append(max(0, line.sources[piece.start] - 1))
        cell += line.scalars[piece.start..<piece.end]
        sources += line.sources[piece.start..<piece.end]
        column = (min(column.from, piece.from), max(column.to, piece.to))
      }
      newColumns.append(column)
      newCells.append(cell)
      newSources.append(sources)
    }
    columns = newColumns
    cells = newCells
    cellSources = newSources
  }

  /// The column of each piece, or nil when the line does not fit the columns.
  private func place(_ pieces: [Piece]) -> [Int]? {
    var places: [Int] = []
    places.reserveCapacity(pieces.count)
    for piece in pieces {
      let overlapping = columns.indices.filter { columns[$0].from < piece.to && piece.from < columns[$0].to }
      let column: Int
      if overlapping.count == 1 {
        column = overlapping[0]
      } else if overlapping.isEmpty {
        column = columns.firstIndex { $0.from >= piece.to } ?? columns.count - 1
      } else {
        return nil
      }
      if let last = places.last, column < last { return nil }
      places.append(column)
    }
    return places
  }

  /// A group row as a line of cells: its text in the first, the others empty.
  private func groupRow(_ line: Line) -> Line {
    let pieces = Self.pieces(line)
    guard let first = pieces.first, let last = pieces.last else { return line }
    // The empty cells take the source of the heading's last scalar (the text may end right after it).
    let after = line.sources[last.end - 1]
    let tabs = max(columns.count - 1, 1)
    return Line(scalars: Array(line.scalars[first.start..<last.end]) + repeatElement("\t", count: tabs),
                sources: Array(line.sources[first.start..<last.end]) + repeatElement(after, count: tabs),
                columns: [], width: 0)
  }

  /// The open row as one line of TAB-separated cells. The TABs before a cell
  /// take the source of the blank (or line break) before the cell's text.
  private func rowLine() -> Line {
    var scalars: [Unicode.Scalar] = []
    var sources: [Int32] = []
    var tabs = 0
    var after: Int32 = 0
    for k in cells.indices {
      if k > 0 { tabs += 1 }
      guard let first = cellSources[k].first, let last = cellSources[k].last else { continue }
      scalars += repeatElement("\t", count: tabs)
      sources += repeatElement(max(0, first - 1), count: tabs)
      tabs = 0
      scalars += cells[k]
      sources += cellSources[k]
      after = last + 1
    }
    // Empty cells at the end keep their columns too (the normaliser trims them as it does a TAB row's).
    scalars += repeatElement("\t", count: tabs)
    sources += repeatElement(after, count: tabs)
    return Line(scalars: scalars, sources: sources, columns: [], width: 0)
  }
}
