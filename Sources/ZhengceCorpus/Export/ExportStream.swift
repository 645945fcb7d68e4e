import ZhengceCore

/// Every export table in one typed JSON Lines stream, for programs: the
/// Python package reads it into DataFrames and writes Parquet from it, so the
/// row layout is defined once, here and in `ExportTable`.
///
/// The first line declares the tables and their column types, each row is
/// `{"table": …, "row": [cells in column order]}` with lists as JSON arrays,
/// and the last line, `{"end": {table: rows}}`, tells a reader that the stream
/// is complete (a stream cut off has none).
public struct ExportStream: Sendable {
  /// Raised when the header, row or end line changes shape.
  public static let version = 1

  private var counts: [ExportTable: Int] = [:]

  public init() {}

  /// The declaration line: stream version, contract version, tables and typed columns.
  public var header: String {
    let tables = ExportTable.allCases.map { table in
      let columns = table.columns.map { column in
        "{\"name\":\(ExportValue.jsonString(column.name)),\"type\":\"\(Self.typeName(column.kind))\",\"nullable\":\(column.nullable)}"
      }
      return "{\"name\":\"\(table.rawValue)\",\"columns\":[\(columns.joined(separator: ","))]}"
    }
    return "{\"stream\":\"zhengce-export\",\"version\":\(Self.version),\"schemaVersion\":\(ParsedDocument.currentSchemaVersion),"
      + "\"tables\":[\(tables.joined(separator: ","))]}\n"
  }

  /// One document's row lines, with how many rows each table got.
  public struct Lines: Sendable {
    public let text: String
    let rows: [ExportTable: Int]
  }

  /// The row lines of one document, every table in `ExportTable` order; safe on any thread.
  public static func lines(of document: ParsedDocument) -> Lines {
    var text = ""
    var rows: [ExportTable: Int] = [:]
    for table in ExportTable.allCases {
      for row in table.typedRows(of: document) {
        text += "{\"table\":\"\(table.rawValue)\",\"row\":[" + row.map(\.json).joined(separator: ",") + "]}\n"
        rows[table, default: 0] += 1
      }
    }
    return Lines(text: text, rows: rows)
  }

  /// Counts `lines` towards the end line and gives their text.
  public mutating func counting(_ lines: Lines) -> String {
    counts.merge(lines.rows, uniquingKeysWith: +)
    return lines.text
  }

  /// The closing line: how many rows each table received.
  public var end: String {
    let tables = ExportTable.allCases.map { "\"\($0.rawValue)\":\(counts[$0, default: 0])" }
    return "{\"end\":{\(tables.joined(separator: ","))}}\n"
  }

  /// The stream's name for a column type (Arrow's names where they exist).
  static func typeName(_ kind: ExportTable.Column.Kind) -> String {
    switch kind {
    case .text: "string"
    case .integer: "int64"
    case .real: "double"
    case .boolean: "bool"
    case .date: "date"
    case .textList: "list<string>"
    }
  }
}
