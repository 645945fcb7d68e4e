/// An aligned text table that fits a terminal's width.
///
/// Why: a table wider than the terminal is folded by the terminal itself, in
/// the middle of cells and words. Here, when the columns do not fit, the
/// widest are narrowed and their cells wrap onto more lines inside their own
/// column, breaking between CJK characters or at spaces, never inside a Latin
/// word or a number when the column can hold it.
public struct TerminalTable: Sendable {
  public var header: [String]
  public var rows: [[String]]
  /// Columns never narrowed below this (or their natural width, when smaller).
  public var minimumColumnWidth = 8
  /// The last column is given at least this much before it wraps, when it needs it.
  public var lastColumnWidth = 30
  static let gap = "  "

  public init(header: [String], rows: [[String]]) {
    self.header = header
    self.rows = rows
  }

  /// The table; `width` is the terminal's (nil: as wide as the cells need).
  public func render(width: Int?) -> String {
    let grid = ([header] + rows).map { $0.map(Self.flat) }
    let cellWidths = grid.map { $0.map(TextCells.width) }
    var widths = [Int](repeating: 0, count: header.count)
    for row in cellWidths { for (k, w) in row.enumerated() where k < widths.count { widths[k] = max(widths[k], w) } }
    if let width { widths = fitted(widths, into: width) }
    var out: [UInt8] = []
    for (r, row) in grid.enumerated() {
      // A cell that fits its column is its one line, of the width already measured.
      let wrapped = widths.indices.map { k -> [(text: String, width: Int)] in
        let cell = k < row.count ? row[k] : ""
        let w = k < row.count ? cellWidths[r][k] : 0
        return w <= widths[k] ? [(cell, w)] : Self.wrap(cell, width: widths[k]).map { ($0, TextCells.width($0)) }
      }
      let height = wrapped.map(\.count).max() ?? 1
      for line in 0..<height {
        let start = out.count
        for k in widths.indices {
          let cell = line < wrapped[k].count ? wrapped[k][line] : (text: "", width: 0)
          out += cell.text.utf8
          if k < widths.count - 1 { out += repeatElement(UInt8(ascii: " "), count: widths[k] - cell.width + Self.gap.utf8.count) }
        }
        while out.count > start, out.last == UInt8(ascii: " ") { out.removeLast() }
        out.append(0x0A)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The last column (the long text) takes what the others leave; when that
  /// is under `lastColumnWidth`, the widest other columns are narrowed one step
  /// at a time (not below their header or `minimumColumnWidth`) until it is not.
  private func fitted(_ natural: [Int], into total: Int) -> [Int] {
    guard natural.count > 1 else { return [min(natural.first ?? 0, total)] }
    var widths = natural
    let last = widths.count - 1
    let floors = zip(natural, header).map { w, h in min(w, max(minimumColumnWidth, TextCells.width(h))) }
    let room = total - Self.gap.count * last
    func left() -> Int { room - widths[..<last].reduce(0, +) }
    while left() < min(natural[last], lastColumnWidth) {
      guard let k = widths.indices.dropLast().filter({ widths[$0] > floors[$0] }).max(by: { widths[$0] < widths[$1] }) else { break }
      widths[k] -= 1
    }
    widths[last] = max(minimumColumnWidth, min(natural[last], left()))
    return widths
  }

  /// A cell on one line: line breaks and tabs become spaces.
  static func flat(_ text: String) -> String {
    func isBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x09 || byte == 0x0D }
    guard text.utf8.contains(where: isBreak) else { return text }
    return String(decoding: text.utf8.map { isBreak($0) ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
  }

  /// `text` in lines of at most `width` display columns. A line may end after
  /// a space, a hyphen, a slash or a wide (CJK) character, and before a wide
  /// character that is not closing punctuation (，。、 never start a line); a
  /// run of Latin letters and digits is split only when it is wider than the column.
  static func wrap(_ text: String, width: Int) -> [String] {
    guard TextCells.width(text) > width, width > 0 else { return [text] }
    var lines: [String] = []
    var line: [Unicode.Scalar] = []
    var used = 0
    /// Index in `line` after which it may end.
    var breakAt: Int?
    for scalar in text.unicodeScalars {
      let w = TextCells.width(scalar)
      while used + w > width, !line.isEmpty {
        let cut = line.last.map { mayBreak(after: $0, before: scalar) } == true ? line.count : breakAt ?? line.count
        var head = line[..<cut]
        while head.last == " " { head.removeLast() }
        lines.append(String(String.UnicodeScalarView(head)))
        line = Array(line[cut...])
        while line.first == " " { line.removeFirst() }
        used = line.reduce(0) { $0 + TextCells.width($1) }
        breakAt = nil
        for i in line.indices where i + 1 < line.count && mayBreak(after: line[i], before: line[i + 1]) { breakAt = i + 1 }
      }
      if let previous = line.last, mayBreak(after: previous, before: scalar) { breakAt = line.count }
      line.append(scalar)
      used += w
    }
    if !line.isEmpty { lines.append(String(String.UnicodeScalarView(line))) }
    return lines
  }

  /// Punctuation that closes what comes before it, never the start of a line.
  private static let closing = Set("，。、；：！？）》」』】,.;:!?)]".unicodeScalars)

  private static func mayBreak(after previous: Unicode.Scalar, before next: Unicode.Scalar) -> Bool {
    if closing.contains(next) { return false }
    if previous == " " || previous == "-" || previous == "/" { return true }
    return TextCells.width(previous) == 2 || TextCells.width(next) == 2
  }
}
