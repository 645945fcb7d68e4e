import ZhengceCore

/// Where exported documents go: a SQLite database, or one table as CSV or JSON Lines.
public protocol ExportWriter: AnyObject {
  /// Writes the rows of one document.
  func add(_ document: ParsedDocument) throws(ExportError)
  /// Completes the output; for a file, puts it in place of the target.
  func commit() throws(ExportError)
  /// Abandons the output; for a file, the target stays as it was.
  func discard()
}

/// Runs an export: documents in, duplicates skipped, the output committed
/// only when everything before it succeeded.
public enum Export {
  /// Feeds every document `produce` hands over to `writer`, then commits. On any
  /// error (from the writer or thrown by `produce`) the writer is discarded and
  /// the error rethrown.
  /// - Returns: one error per document skipped because another file already exported its id.
  public static func run(
    _ writer: some ExportWriter, _ produce: (_ add: (ParsedDocument) throws -> Void) throws -> Void
  ) throws -> [ExportError] {
    var first: [String: SourceInfo] = [:]
    var skipped: [ExportError] = []
    do {
      try produce { document in
        if let earlier = first[document.id] {
          // The same bytes named twice (a directory and a file in it) are exported once, without complaint.
          if earlier.sha256 != document.source.sha256 {
            skipped.append(.duplicateDocument(id: document.id, path: document.source.path, firstPath: earlier.path))
          }
          return
        }
        first[document.id] = document.source
        try writer.add(document)
      }
      try writer.commit()
    } catch {
      writer.discard()
      throw error
    }
    return skipped
  }

  /// Removes the temporary file this process is writing for `target` (and its
  /// SQLite journal): what an interrupted export calls before exiting.
  public static func removeOwnTemporaries(of target: String) {
    AtomicFile.removeOwnTemporaries(of: target)
  }
}
