import ZhengceCore

/// Where exported documents go: a SQLite database, or one table as CSV or JSON Lines.
///
/// A document reaches a writer in two steps: `prepare` turns it into what the
/// writer writes (its rows, its lines) and may run on any thread, so that an
/// export from an index builds rows on the cores that decode documents; `add`
/// writes them, one document after another, on the export's own thread.
public protocol ExportWriter: AnyObject {
  /// What one document becomes before it is written.
  associatedtype Prepared: Sendable
  /// Turns a document into what `add` writes; touches nothing the writer changes.
  var prepare: @Sendable (ParsedDocument) -> Prepared { get }
  /// Writes what one document became.
  func add(_ prepared: Prepared) throws(ExportError)
  /// Completes the output; for a file, puts it in place of the target.
  func commit() throws(ExportError)
  /// Abandons the output; for a file, the target stays as it was.
  func discard()
}

extension ExportWriter where Prepared == ParsedDocument {
  /// A writer that takes the document itself prepares nothing.
  public var prepare: @Sendable (ParsedDocument) -> ParsedDocument { { $0 } }
}

/// Runs an export: documents in, duplicates skipped, the output committed
/// only when everything before it succeeded.
public enum Export {
  /// Feeds every document `produce` hands over to `writer`, then commits. On any
  /// error (from the writer or thrown by `produce`) the writer is discarded and
  /// the error rethrown.
  /// - Returns: one error per document skipped because another file already exported its id.
  public static func run<Writer: ExportWriter>(
    _ writer: Writer, _ produce: (_ feed: ExportFeed<Writer.Prepared>) throws -> Void
  ) throws -> [ExportError] {
    var first: [String: SourceInfo] = [:]
    var skipped: [ExportError] = []
    let prepare = writer.prepare
    let feed = ExportFeed<Writer.Prepared>(prepare: { .init(id: $0.id, source: $0.source, prepared: prepare($0)) }) { item in
      if let earlier = first[item.id] {
        // The same bytes named twice (a directory and a file in it) are exported once, without complaint.
        if earlier.sha256 != item.source.sha256 {
          skipped.append(.duplicateDocument(id: item.id, path: item.source.path, firstPath: earlier.path))
        }
        return
      }
      first[item.id] = item.source
      try writer.add(item.prepared)
    }
    do {
      try produce(feed)
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
