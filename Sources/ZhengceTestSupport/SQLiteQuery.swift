import CSQLite

/// Reads a SQLite file the way an analyst's tool would: its own connection,
/// plain SQL, every value as text (nil for NULL).
public final class SQLiteQuery {
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  private var db: OpaquePointer?

  /// Opens `path` read-only, or read-write when `writable`, with foreign keys enforced.
  public init(path: String, writable: Bool = false) throws {
    let flags = writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY
    guard sqlite3_open_v2(path, &db, flags, nil) == SQLITE_OK else {
      defer { sqlite3_close_v2(db) }
      throw Failure(description: "\(path): \(db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open")")
    }
    _ = try rows("PRAGMA foreign_keys = ON")
  }

  deinit { sqlite3_close_v2(db) }

  /// Every row of `sql`, columns in order.
  public func rows(_ sql: String) throws -> [[String?]] {
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK else { throw failure() }
    defer { sqlite3_finalize(statement) }
    var out: [[String?]] = []
    while true {
      let status = sqlite3_step(statement)
      if status == SQLITE_DONE { return out }
      guard status == SQLITE_ROW else { throw failure() }
      out.append((0..<sqlite3_column_count(statement)).map { k in
        sqlite3_column_text(statement, k).map { String(cString: $0) }
      })
    }
  }

  /// The single value `sql` selects.
  public func value(_ sql: String) throws -> String? {
    let result = try rows(sql)
    guard result.count == 1, result[0].count == 1 else { throw Failure(description: "\(sql): \(result.count) rows") }
    return result[0][0]
  }

  private func failure() -> Failure { Failure(description: String(cString: sqlite3_errmsg(db))) }
}
