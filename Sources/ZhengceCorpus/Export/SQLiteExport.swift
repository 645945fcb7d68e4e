import ZhengceCore

/// Builds a SQLite database of the export tables, with foreign keys and indexes,
/// in one transaction in a temporary file that `commit` renames over the target.
/// The secondary indexes are built once the rows are in, which is quicker
/// than keeping them up to date row by row; the rows come prepared
/// (`SQLiteRows`), so this writer's thread only binds and steps.
public final class SQLiteExport: ExportWriter {
  /// Stored as `PRAGMA user_version`; raised when a table or column changes
  /// (2: `documents.genre`; 3: `commitments.per`; 4: `documents.genre_source`).
  public static let schemaVersion = 4

  private let file: AtomicFile
  private let connection: SQLiteConnection
  /// Per table, in `ExportTable.allCases` order: its width and its prepared INSERT.
  private var inserts: [(columns: Int, statement: SQLiteConnection.Statement)] = []

  /// Starts the database that will replace `path`; nothing at `path` changes until `commit`.
  public init(path: String) throws(ExportError) {
    file = try AtomicFile(target: path)
    do {
      connection = try SQLiteConnection(path: file.temporaryPath, displayPath: path)
      // A bulk load into a file of our own: no rollback journal and no syncs, since
      // a failed export throws the temporary file away and `commit` fsyncs it before
      // the rename; pages of 16 KiB, fewer for the long measure texts. Foreign keys
      // are declared but not checked row by row: every child row is written after
      // its parent, from the same document (PRAGMA foreign_keys belongs to the
      // connection, so a reader that turns it on has them enforced).
      try connection.execute(
        "PRAGMA page_size = 16384; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;")
      try connection.execute("PRAGMA user_version = \(Self.schemaVersion); BEGIN;")
      for table in ExportTable.allCases { try connection.execute(Self.schema(table)) }
      inserts = try ExportTable.allCases.map { table throws(ExportError) in
        (table.columns.count, try connection.prepare(Self.insert(table)))
      }
    } catch {
      file.discard()
      throw error
    }
  }

  public var prepare: @Sendable (ParsedDocument) -> SQLiteRows { { SQLiteRows($0) } }

  public func add(_ rows: SQLiteRows) throws(ExportError) {
    var cell = 0
    for (k, (columns, statement)) in inserts.enumerated() {
      for _ in 0..<rows.rowCounts[k] {
        try statement.run(rows, cells: cell..<(cell + columns))
        cell += columns
      }
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
