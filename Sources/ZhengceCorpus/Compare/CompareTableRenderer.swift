/// Renders a comparison for the terminal: a side-by-side grid (measures,
/// leads by family, unmatched commitments) and an indicator grid, with
/// columns sized by display width so Chinese text lines up, and narrowed to
/// fit the terminal, with cells wrapped between words, never inside one.
public struct CompareTableRenderer: Sendable {
  /// Widest a data column may grow, in terminal columns.
  public var columnWidth: Int
  /// The terminal's width, which the grid fits (nil: no limit).
  public var terminalWidth: Int?
  /// Narrowest a data column gets to fit the terminal.
  static let narrowestColumn = 12

  public init(columnWidth: Int = 36, terminalWidth: Int? = nil) {
    self.columnWidth = columnWidth
    self.terminalWidth = terminalWidth
  }

  public func render(_ comparison: Comparison) -> String {
    let c = comparison
    var out = "compare \(c.selection) by \(c.grouping.rawValue): \(c.columns.count) columns, "
      + "\(c.columns.reduce(0) { $0 + $1.measures.count }) measures, \(c.indicators.count) indicators\n"
    let header = c.columns.map { CompareText.columnTitle($0, c.grouping) }
    let rows: [(String, [[String]])] = [
      ("measures", c.columns.map { col in
        col.measures.flatMap { m in
          ["• " + CompareText.measure(m)] + (m.leads.isEmpty ? [] : ["  lead: " + CompareText.leads(m.leads)])
        }
      }),
      ("leads", c.columns.map { $0.leads.map(CompareText.family) }),
      ("other commitments", c.columns.map { col in col.unmatched.map(CompareText.headline) }),
    ]
    out += grid(header: header, rows: rows)
    if !c.indicators.isEmpty {
      out += "\nindicators\n"
      let indicatorRows: [(String, [[String]])] = c.indicators.map { row in
        (CompareText.indicatorTitle(row), row.cells.map { $0.commitments.map(CompareText.headline) })
      }
      out += grid(header: header, rows: indicatorRows)
    }
    return out
  }

  /// A grid with a label column; every cell is a list of entries, each wrapped.
  func grid(header: [String], rows: [(String, [[String]])]) -> String {
    let labelWidth = min(terminalWidth == nil ? 40 : 20, max(4, rows.map { TextCells.width($0.0) }.max() ?? 4))
    // A grid line is "|" + (" " + cell + " |") per column: 3 columns beside each cell.
    let limit = terminalWidth.map { total in
      max(Self.narrowestColumn, min(columnWidth, (total - 1 - (labelWidth + 3)) / max(1, header.count) - 3))
    } ?? columnWidth
    var widths = header.map { min(limit, max(8, TextCells.width($0))) }
    for (_, cells) in rows {
      for (i, cell) in cells.enumerated() where i < widths.count {
        for entry in cell { widths[i] = min(limit, max(widths[i], TextCells.width(entry))) }
      }
    }
    let rule = "+" + ([labelWidth] + widths).map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "+\n"
    func line(_ cells: [[String]]) -> String {
      let all = [labelWidth] + widths
      let height = cells.map(\.count).max() ?? 0
      var text = ""
      for k in 0..<max(height, 1) {
        text += "|"
        for (i, cell) in cells.enumerated() {
          let piece = k < cell.count ? cell[k] : ""
          text += " " + piece + String(repeating: " ", count: max(0, all[i] - TextCells.width(piece))) + " |"
        }
        text += "\n"
      }
      return text
    }
    var out = rule + line([[""]] + header.enumerated().map { CompareText.wrap($0.element, widths[$0.offset]) }) + rule
    for (label, cells) in rows {
      var wrapped = [CompareText.wrap(label, labelWidth)]
      for (i, cell) in cells.enumerated() where i < widths.count {
        wrapped.append(cell.isEmpty ? ["—"] : cell.flatMap { CompareText.wrap($0, widths[i]) })
      }
      out += line(wrapped) + rule
    }
    return out
  }
}
