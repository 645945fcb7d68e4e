import Foundation
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// A golden file of a corpus document's commitments (Golden/commitments-<stem>.tsv):
/// the document's total, and for some of its measures every commitment they carry,
/// written from the document text and reviewed as a diff.
///
/// Lines starting with `#` are comments; `total<TAB>n` gives the document's count;
/// a header row names the columns; each further row is one commitment of the measure
/// at `path` (its `occurrence`-th when several share the path). Empty cells are nil.
/// The quantity's kind is checked on its own (CommitmentsKindTests), so it has no column.
struct CommitmentsGolden {
  /// A measure's place in the document: its path and which of the measures with that path.
  struct Place: Hashable, Comparable {
    var path: String
    var occurrence: Int
    static func < (a: Place, b: Place) -> Bool { (a.path, a.occurrence) < (b.path, b.occurrence) }
  }

  static let header = ["path", "occurrence", "surface", "value", "max", "from", "unit", "comparator", "deadline", "subject", "per"]

  var total: Int
  /// Measures in file order, each with its commitments in document order.
  var measures: [(place: Place, commitments: [Commitment])]

  static func url(_ stem: String) -> URL {
    CorpusFixtures.root.appendingPathComponent("Tests/ZhengceParserTests/Golden/commitments-\(stem).tsv")
  }

  /// Reads the golden file of `stem`; a malformed line throws with its number.
  init(stem: String) throws {
    let text = try String(contentsOf: Self.url(stem), encoding: .utf8)
    var total: Int?
    var measures: [(place: Place, commitments: [Commitment])] = []
    for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      let fail = { (why: String) in GoldenError(file: Self.url(stem).lastPathComponent, line: n + 1, reason: why) }
      if line.isEmpty || line.hasPrefix("#") || cells == Self.header { continue }
      if cells.count == 2, cells[0] == "total" {
        guard let n = Int(cells[1]) else { throw fail("total is not a number") }
        total = n
        continue
      }
      guard cells.count == Self.header.count else { throw fail("\(cells.count) cells, expected \(Self.header.count)") }
      guard let occurrence = Int(cells[1]), let value = Double(cells[3]) else { throw fail("occurrence or value is not a number") }
      guard let comparator = Comparator(rawValue: cells[7]) else { throw fail("unknown comparator \(cells[7])") }
      let number = { (cell: String) throws -> Double? in
        if cell.isEmpty { return nil }
        guard let v = Double(cell) else { throw fail("\(cell) is not a number") }
        return v
      }
      let commitment = Commitment(
        surface: cells[2], value: value, max: try number(cells[4]), from: try number(cells[5]), unit: cells[6],
        comparator: comparator, deadline: cells[8].isEmpty ? nil : cells[8], subject: cells[9].isEmpty ? nil : cells[9],
        per: cells[10].isEmpty ? nil : cells[10])
      let place = Place(path: cells[0], occurrence: occurrence)
      if measures.last?.place == place {
        measures[measures.count - 1].commitments.append(commitment)
      } else {
        measures.append((place, [commitment]))
      }
    }
    guard let total else { throw GoldenError(file: Self.url(stem).lastPathComponent, line: 0, reason: "no total line") }
    self.total = total
    self.measures = measures
  }

  /// One commitment as a row of the file, numbers written as people write them (2400000, 0.3333).
  static func row(_ place: Place, _ c: Commitment) -> String {
    let number = { (v: Double) in v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v) }
    return [
      place.path, String(place.occurrence), c.surface, number(c.value), c.max.map(number) ?? "", c.from.map(number) ?? "",
      c.unit, c.comparator.rawValue, c.deadline ?? "", c.subject ?? "", c.per ?? "",
    ].joined(separator: "\t")
  }

  /// A line diff of `expected` and `actual` rows, each side in row order: `-` only in
  /// the golden file (with its row among the commitments), `+` only in the parse.
  static func diff(expected: [String], actual: [String]) -> String {
    var removed: [(Int, String)] = []
    var inserted: [(Int, String)] = []
    for change in actual.difference(from: expected) {
      switch change {
      case .remove(let offset, let row, _): removed.append((offset, "- \(row)  (golden row \(offset + 1))"))
      case .insert(let offset, let row, _): inserted.append((offset, "+ \(row)"))
      }
    }
    return (removed.sorted { $0.0 < $1.0 } + inserted.sorted { $0.0 < $1.0 }).map(\.1).joined(separator: "\n")
  }
}

/// A golden file that cannot be read, with the line at fault.
struct GoldenError: Error, CustomStringConvertible {
  var file: String
  var line: Int
  var reason: String
  var description: String { "\(file):\(line): \(reason)" }
}
