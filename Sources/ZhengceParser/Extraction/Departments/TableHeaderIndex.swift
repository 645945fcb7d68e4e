import ZhengceCore

/// The task-table headers of a document, found in one pass: a table is a run
/// of lines with TAB-separated cells, and a header is such a line naming a role
/// column (牵头单位, 配合单位, 责任单位 … as the manifest's role labels say).
/// A row's header is the nearest one above it in its table, however long the table.
struct TableHeaderIndex {
  private struct Entry {
    /// Offset of the header line and of the end of its table's last line.
    var start: Int
    var end: Int
    var cells: [String]
  }

  private var entries: [Entry] = []

  init(_ text: String, labels: RolePhrasings) {
    let names = Set(labels.leadLabels + labels.supportLabels + labels.responsibleLabels)
    let longest = names.map(\.unicodeScalars.count).max() ?? 0
    var offset = 0
    var line: [Unicode.Scalar] = []
    var inTable = false
    func endLine() {
      defer { line.removeAll(keepingCapacity: true) }
      guard line.contains("\t") else {
        inTable = false
        return
      }
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
      // Only short cells can be labels: a row's long task text is never turned into a string.
      let isHeader = cells.contains { cell in
        cell.count <= longest + 4 && names.contains(DepartmentRegistry.compact(String(scalars: cell)))
      }
      let start = offset - line.count
      if isHeader {
        entries.append(Entry(start: start, end: offset, cells: cells.map { DepartmentRegistry.compact(String(scalars: $0)) }))
        inTable = true
      } else if inTable {
        entries[entries.count - 1].end = offset
      }
    }
    for u in text.unicodeScalars {
      if u == "\n" { endLine() } else { line.append(u) }
      offset += 1
    }
    endLine()
  }

  /// The header of the table the line at `offset` belongs to, if it is a row below one.
  func header(before offset: Int) -> [String]? { headerNumber(before: offset).map { entries[$0].cells } }

  /// The same header as a number (headers counted in document order), to key work done once per header.
  func headerNumber(before offset: Int) -> Int? {
    var lo = 0
    var hi = entries.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if entries[mid].start < offset { lo = mid + 1 } else { hi = mid }
    }
    guard lo > 0 else { return nil }
    return offset <= entries[lo - 1].end ? lo - 1 : nil
  }

  /// The cells of header number `k`.
  func cells(_ k: Int) -> [String] { entries[k].cells }
}
