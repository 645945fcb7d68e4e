import ZhengceCore

/// One document's rows for every export table, ready to bind: cells in column
/// order, lists joined, the UTF-8 of every text cell in one buffer.
///
/// Built where the document was decoded, so the thread that writes SQLite only
/// binds and steps, and frees two buffers per document rather than every string
/// of it.
public struct SQLiteRows: Sendable {
  enum Cell: Sendable {
    case null
    case integer(Int64)
    case real(Double)
    /// Bytes `start..<start + count` of `text`.
    case text(start: Int, count: Int)
  }

  /// Every text cell's UTF-8, one after another.
  private(set) var text: [UInt8] = []
  /// The cells of every row, table after table in `ExportTable.allCases` order.
  private(set) var cells: [Cell] = []
  /// How many rows each table has, in `ExportTable.allCases` order.
  private(set) var rowCounts: [Int] = []

  init(_ document: ParsedDocument) {
    for table in ExportTable.allCases {
      let rows = table.typedRows(of: document)
      rowCounts.append(rows.count)
      for row in rows {
        for value in row { append(value) }
      }
    }
  }

  private mutating func append(_ value: ExportValue) {
    switch value {
    case .null: cells.append(.null)
    case .integer(let n): cells.append(.integer(Int64(n)))
    case .real(let v): cells.append(.real(v))
    case .bool(let b): cells.append(.integer(b ? 1 : 0))
    case .list: append(value.joined)  // what `rows(of:)` gives, without building those rows
    case .text(let s):
      let start = text.count
      text.append(contentsOf: s.utf8)
      cells.append(.text(start: start, count: text.count - start))
    }
  }
}
