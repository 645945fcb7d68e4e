import ZhengceCore

/// How a producer hands documents to `Export.run`: `prepare` (any thread)
/// then `add` (in order), or `add` with the document for both at once.
public struct ExportFeed<Prepared: Sendable> {
  /// A document as its writer prepared it, with what `Export.run` checks duplicates by.
  public struct Item: Sendable {
    let id: String
    let source: SourceInfo
    let prepared: Prepared
  }

  /// Safe to call on any thread.
  public let prepare: @Sendable (ParsedDocument) -> Item
  let write: (Item) throws -> Void

  /// Writes a prepared document.
  public func add(_ item: Item) throws { try write(item) }

  /// Prepares and writes `document` on this thread.
  public func add(_ document: ParsedDocument) throws { try write(prepare(document)) }
}
