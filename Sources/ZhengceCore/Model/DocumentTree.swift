/// The document's structure, read once by the parser's Structure step: the
/// block tree with typed markers, the text set aside outside it, and the task
/// tables with their header and rows. Pipeline stages read it from
/// `PipelineContext.tree` instead of finding headers, tables or numerals again
/// in text; the contract's `outline` and `Measure.path` strings are derived from it.
public struct DocumentTree: Sendable, Hashable {
  /// Top-level blocks in document order.
  public var blocks: [Block]
  /// Paragraphs before the first numbered block (not measures).
  public var preamble: [TextSpan]
  /// Paragraphs after the last block of the document (sign-off, distribution notes).
  public var closing: [TextSpan]
  /// Lines listing annex titles in a cover notice (附件:1、…).
  public var annexList: [TextSpan]
  /// Task tables (任务分工表), in document order.
  public var tables: [TableNode]

  public init(
    blocks: [Block] = [], preamble: [TextSpan] = [], closing: [TextSpan] = [], annexList: [TextSpan] = [],
    tables: [TableNode] = []
  ) {
    self.blocks = blocks
    self.preamble = preamble
    self.closing = closing
    self.annexList = annexList
    self.tables = tables
  }

  /// For each block text (a measure's `span.start`: a block's own text or its
  /// closing text), the markers from the top block down to that block. One walk
  /// of the tree; a stage that needs a measure's typed path asks this once.
  public func markerPaths() -> [Int: [Marker]] {
    var out: [Int: [Marker]] = [:]
    var path: [Marker] = []
    func visit(_ block: Block) {
      path.append(block.marker)
      if let lead = block.lead { out[lead.start] = path }
      for span in block.trailing { out[span.start] = path }
      block.children.forEach(visit)
      path.removeLast()
    }
    blocks.forEach(visit)
    return out
  }

  /// The table and row whose line is exactly `span` (a task-row measure's span).
  public func row(at span: TextSpan) -> (table: Int, row: TableRow)? {
    var lo = 0
    var hi = tables.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if tables[mid].span.end < span.start { lo = mid + 1 } else { hi = mid }
    }
    guard lo < tables.count, tables[lo].span.start <= span.start,
      let row = tables[lo].rows.first(where: { $0.span == span })
    else { return nil }
    return (lo, row)
  }
}

/// A task table as read from its lines: the header that names its columns, then
/// its rows. The header is found once, here; stages take a row's columns from it.
public struct TableNode: Sendable, Hashable {
  /// The header's lines (one, or two when 责任单位 stands over 牵头单位 | 配合单位).
  public var headerSpan: TextSpan
  /// The cells of the header line nearest the rows: what each column holds.
  public var header: [TableCell]
  /// Task rows and category rows, in order.
  public var rows: [TableRow]

  public init(headerSpan: TextSpan, header: [TableCell], rows: [TableRow]) {
    self.headerSpan = headerSpan
    self.header = header
    self.rows = rows
  }

  /// From the header's first line to the end of the last row.
  public var span: TextSpan { TextSpan(start: headerSpan.start, end: rows.last?.span.end ?? headerSpan.end) }

  /// The index of the first column of `kind`.
  public func column(_ kind: TableColumn) -> Int? { header.firstIndex { $0.column == kind } }
}

/// What a header cell says its column holds, as far as the words of the cell tell
/// without a plugin: which department column plays which role is the plugin's
/// reading of the label (its manifest's role labels).
public enum TableColumn: String, Sendable, Hashable, Codable {
  /// 序号, 编号.
  case number
  /// 牵头单位, 责任部门, 配合单位 …: a column of departments.
  case departments
  /// 完成时限, 完成时间, 时间节点 …
  case due
}

/// One cell of a table's header: its text as written, where it is, and its column's kind.
public struct TableCell: Sendable, Hashable {
  public var text: String
  public var span: TextSpan
  public var column: TableColumn?

  public init(text: String, span: TextSpan, column: TableColumn?) {
    self.text = text
    self.span = span
    self.column = column
  }
}

/// One row of a task table: the line, and each cell's place in it (empty cells keep their column).
public struct TableRow: Sendable, Hashable {
  public var span: TextSpan
  public var cells: [TextSpan]
  /// A category row (一、加快基础设施建设 across the table): a block over the rows below it, no task.
  public var isCategory: Bool

  public init(span: TextSpan, cells: [TextSpan], isCategory: Bool) {
    self.span = span
    self.cells = cells
    self.isCategory = isCategory
  }
}
