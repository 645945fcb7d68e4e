import ZhengceCore

/// Builds a SQLite database of the export tables, with foreign keys and indexes,
/// in one transaction in a temporary file that `commit` renames over the target.
/// The secondary indexes are built once the rows are in, which is quicker
/// than keeping them up to date row by row.
public final class SQLiteExport: ExportWriter {
  /// Stored as `PRAGMA user_version`; raised when a table or column changes
  /// (2: `documents.genre`).
  public static let schemaVersion = 2

  private let file: AtomicFile
  private let connection: SQLiteConnection
  private var inserts: [(table: ExportTable, statement: SQLiteConnection.Statement)] = []

  /// Starts the database that will replace `path`; nothing at `path` changes until `commit`.
  public init(path: String) throws(ExportError) {
    file = try AtomicFile(target: path)
    do {
      connection = try SQLiteConnection(path: file.temporaryPath, displayPath: path)
      // The temporary file is thrown away on failure, so the journal need not survive a crash.
      try connection.execute("PRAGMA journal_mode = MEMORY; PRAGMA foreign_keys = ON;")
      try connection.execute("PRAGMA user_version = \(Self.schemaVersion); BEGIN;")
      for table in ExportTable.allCases { try connection.execute(Self.schema(table)) }
      inserts = try ExportTable.allCases.map { table throws(ExportError) in
        (table, try connection.prepare(Self.insert(table)))
      }
    } catch {
      file.discard()
      throw error
    }
  }

  public func add(_ document: ParsedDocument) throws(ExportError) {
    for (table, statement) in inserts {
      for row in table.rows(of: document) { try statement.run(row) }
    }
  }

  public func commit() throws(ExportError) {
    for table in ExportTable.allCases { try connection.execute(Self.indexes(table)) }
    try connection.execute("COMMIT;")
    finalizeStatements()
    connection.close()
    try file.commit()
  }

  public func discard() {
    finalizeStatements()
    connection.close()
    file.discard()
  }

  private func finalizeStatements() {
    for (_, statement) in inserts { statement.finalize() }
    inserts = []
  }

  /// The `CREATE TABLE` statement for `table`.
  static func schema(_ table: ExportTable) -> String {
    var definitions = table.columns.map { column in
      var definition = "\(column.name) \(sqlType(column.kind))"
      if !column.nullable { definition += " NOT NULL" }
      if column.kind == .boolean { definition += " CHECK (\(column.name) IN (0, 1))" }
      if let target = column.references { definition += " REFERENCES \(target)" }
      return definition
    }
    definitions.append("PRIMARY KEY (\(table.primaryKey.joined(separator: ", ")))")
    return "CREATE TABLE \(table.rawValue) (\n  \(definitions.joined(separator: ",\n  "))\n);\n"
  }

  /// The `CREATE INDEX` statements for `table`.
  static func indexes(_ table: ExportTable) -> String {
    table.indexes.map { columns in
      "CREATE INDEX \(table.rawValue)_\(columns.joined(separator: "_")) ON \(table.rawValue) (\(columns.joined(separator: ", ")));\n"
    }.joined()
  }

  static func insert(_ table: ExportTable) -> String {
    let names = table.columns.map(\.name)
    let marks = Array(repeating: "?", count: names.count)
    return "INSERT INTO \(table.rawValue) (\(names.joined(separator: ", "))) VALUES (\(marks.joined(separator: ", ")))"
  }

  private static func sqlType(_ kind: ExportTable.Column.Kind) -> String {
    switch kind {
    case .text, .date, .textList: "TEXT"
    case .integer, .boolean: "INTEGER"
    case .real: "REAL"
    }
  }
}
