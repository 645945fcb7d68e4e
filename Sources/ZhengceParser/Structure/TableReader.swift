import ZhengceCore

/// Reads a task table from its header line on: the header is set aside as the
/// table's `TableNode.header`, each task row becomes a block of its own under the
/// block the table is in (or under the category row above it), and the whole
/// table is recorded once, for the stages that read rows by their columns.
struct TableReader {
  let lines: [TextLine]
  let starts: [Int]

  /// Reads the table whose header is line `index`; returns the table and the index
  /// of the first line after it.
  func read(from index: Int, into tree: inout Tree) -> (table: TableNode, next: Int) {
    var index = index
    let depth = tree.openCount
    let numbered = TableRowSyntax.isNumbered(header: lines[index].scalars)
    let headerStart = starts[index]
    index += 1
    // A header may take two rows (责任单位 over 牵头单位 | 配合单位); the columns are the last one's.
    while index < lines.count, TableRowSyntax.isHeader(lines[index].scalars) { index += 1 }
    let header = cells(ofLine: index - 1).map { span, text in
      TableCell(text: String(scalars: text), span: span, column: TableRowSyntax.column(of: Array(text)))
    }
    let headerSpan = TextSpan(start: headerStart, end: starts[index - 1] + lines[index - 1].scalars.count)
    var rows: [TableRow] = []
    var previous = 0
    var groups = 0
    // Rows run to the first line without cells, or to the header of the next table.
    // A group row (一、加快基础设施建设) opens a block the task rows below it go under.
    var rowDepth = depth
    while index < lines.count, TableRowSyntax.isRow(lines[index].scalars), !TableRowSyntax.isHeader(lines[index].scalars) {
      let row = lines[index].scalars
      let span = TextSpan(start: starts[index], end: starts[index] + row.count)
      if let group = TableRowSyntax.group(of: row, numbered: numbered) {
        let next = index + 1 < lines.count ? lines[index + 1].scalars : nil
        guard TableRowSyntax.isGroup(row, before: next, numbered: numbered) else { break }
        groups += 1
        let text = row[group.textStart..<group.textEnd]
        let content = TextSpan(start: starts[index] + group.textStart, end: starts[index] + group.textEnd)
        tree.open(group.marker ?? TableRowSyntax.groupMarker(groups), atDepth: depth, title: Heading(text).title,
                  hasBody: false, content: content)
        rows.append(TableRow(span: span, cells: cells(ofLine: index).map(\.span), isCategory: true))
        rowDepth = depth + 1
        previous = 0
        index += 1
        continue
      }
      let marker = Self.marker(of: row, after: previous)
      previous = marker.ordinal ?? previous + 1
      tree.openRow(marker, atDepth: rowDepth, title: Self.title(of: row), content: span)
      rows.append(TableRow(span: span, cells: cells(ofLine: index).map(\.span), isCategory: false))
      index += 1
    }
    tree.closeTable(atDepth: depth)
    return (TableNode(headerSpan: headerSpan, header: header, rows: rows), index)
  }

  /// The cells of line `k`: where each is in the normalised text, and its scalars.
  private func cells(ofLine k: Int) -> [(span: TextSpan, text: ArraySlice<Unicode.Scalar>)] {
    let line = lines[k].scalars
    return TableRowSyntax.cellRanges(of: line).map { range in
      (TextSpan(start: starts[k] + range.lowerBound, end: starts[k] + range.upperBound), line[range])
    }
  }

  /// The row's marker: its number when the first cell is one (序号), else the number after the previous row's.
  static func marker(of row: [Unicode.Scalar], after previous: Int) -> Marker {
    let first = TableRowSyntax.cells(of: row).first ?? []
    if !first.isEmpty, first.count <= 4, first.allSatisfy(ScalarClass.isDigit), let n = Int(String(scalars: first)) {
      return Marker(style: .arabic, label: String(n), ordinal: n)
    }
    return Marker(style: .arabic, label: String(previous + 1), ordinal: previous + 1)
  }

  /// The row's heading: the heading of its first cell that is not its number.
  static func title(of row: [Unicode.Scalar]) -> String {
    let cells = TableRowSyntax.cells(of: row)
    let task = cells.first { cell in !cell.isEmpty && !cell.allSatisfy(ScalarClass.isDigit) } ?? []
    return Heading(task[...]).title
  }
}
