/// A query that cannot be parsed, with the 1-based character column of the problem.
public struct QueryError: Error, Hashable, CustomStringConvertible {
  public var message: String
  public var column: Int
  public var query: String

  public init(_ message: String, column: Int, query: String) {
    self.message = message
    self.column = column
    self.query = query
  }

  public var description: String { "bad query at column \(column): \(message)" }

  /// The query with a caret under the problem, for a terminal.
  public var pointer: String {
    let prefix = query.prefix(max(0, column - 1))
    let width = prefix.reduce(0) { $0 + (($1.unicodeScalars.first?.value ?? 0) >= 0x1100 ? 2 : 1) }
    return query + "\n" + String(repeating: " ", count: width) + "^"
  }
}
