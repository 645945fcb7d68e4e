import CSQLite

/// A thin handle on a SQLite database through the C API: statements are
/// prepared once and run with bound parameters, never built from values.
/// Not to be shared between threads.
final class SQLiteConnection {
  /// The path named in errors (the user's output path, not a temporary name).
  let displayPath: String
  private var db: OpaquePointer?

  init(path: String, displayPath: String) throws(ExportError) {
    self.displayPath = displayPath
    var handle: OpaquePointer?
    // One thread uses the connection: no mutex around every call.
    let status = sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
    db = handle
    guard status == SQLITE_OK else {
      let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
      close()
      throw .sqlite(path: displayPath, message: message)
    }
  }

  deinit { close() }

  /// Closes the database; statements must be finalised first.
  func close() {
    if let db { sqlite3_close_v2(db) }
    db = nil
  }

  /// Runs SQL without parameters (schema, pragmas, transaction control).
  func execute(_ sql: String) throws(ExportError) {
    var message: UnsafeMutablePointer<CChar>?
    guard sqlite3_exec(db, sql, nil, nil, &message) == SQLITE_OK else {
      let text = message.map { String(cString: $0) } ?? lastError
      sqlite3_free(message)
      throw .sqlite(path: displayPath, message: text)
    }
  }

  /// A prepared statement for `sql` with `?` placeholders.
  func prepare(_ sql: String) throws(ExportError) -> Statement {
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
      throw .sqlite(path: displayPath, message: lastError)
    }
    return Statement(statement, connection: self)
  }

  var lastError: String { db.map { String(cString: sqlite3_errmsg($0)) } ?? "database closed" }

  /// A prepared statement, run once per row with fresh bindings.
  final class Statement {
    private var handle: OpaquePointer?
    private unowned let connection: SQLiteConnection

    fileprivate init(_ handle: OpaquePointer, connection: SQLiteConnection) {
      self.handle = handle
      self.connection = connection
    }

    deinit { finalize() }

    func finalize() {
      if let handle { sqlite3_finalize(handle) }
      handle = nil
    }

    /// Binds `cells` of `rows` to the placeholders in order, runs the statement to completion and resets it.
    func run(_ rows: SQLiteRows, cells: Range<Int>) throws(ExportError) {
      let status = rows.text.withUnsafeBufferPointer { text in
        for (k, cell) in rows.cells[cells].enumerated() {
          let status = bind(cell, at: Int32(k + 1), text: text)
          guard status == SQLITE_OK else { return status }
        }
        return sqlite3_step(handle)
      }
      sqlite3_reset(handle)
      sqlite3_clear_bindings(handle)
      guard status == SQLITE_DONE else { throw .sqlite(path: connection.displayPath, message: connection.lastError) }
    }

    private func bind(_ cell: SQLiteRows.Cell, at index: Int32, text: UnsafeBufferPointer<UInt8>) -> Int32 {
      switch cell {
      case .null: return sqlite3_bind_null(handle, index)
      case .integer(let n): return sqlite3_bind_int64(handle, index, n)
      case .real(let v): return sqlite3_bind_double(handle, index, v)
      case .text(let start, let count):
        // The bytes stay put until the step is done; an empty text still needs a pointer, or it binds NULL.
        guard let base = text.baseAddress, count > 0 else { return sqlite3_bind_text(handle, index, "", 0, Self.transient) }
        return UnsafeRawPointer(base + start).withMemoryRebound(to: CChar.self, capacity: count) {
          sqlite3_bind_text(handle, index, $0, Int32(count), Self.static)
        }
      }
    }

    /// SQLITE_TRANSIENT: SQLite copies the bytes before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    /// SQLITE_STATIC: SQLite reads the bytes where they are, until the statement is reset.
    private static let `static`: sqlite3_destructor_type? = nil
  }
}
