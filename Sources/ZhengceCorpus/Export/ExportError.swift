/// Why an export could not be written (thrown; the CLI prints one line and exits 1).
public enum ExportError: Error, Hashable, CustomStringConvertible {
  /// The output file cannot be created, written or put in place.
  case output(path: String, reason: String)
  /// SQLite refused a statement while the database at `path` was being built.
  case sqlite(path: String, message: String)
  /// Two inputs share a document id (the file stem); the later one is skipped.
  case duplicateDocument(id: String, path: String, firstPath: String)

  public var description: String {
    switch self {
    case .output(let path, let reason): "\(path): cannot write (\(reason))"
    case .sqlite(let path, let message): "\(path): SQLite error: \(message)"
    case .duplicateDocument(let id, let path, let firstPath):
      "\(path): skipped, document id '\(id)' is already taken by \(firstPath)"
    }
  }
}
