import ZhengceSearch

/// What an update changes in the previous index without rewriting it: the
/// stored documents to mark deleted (those of changed and gone files, by
/// their place in `previous.meta.sources`, which lists the files in
/// stored-document order), the records they hold, and the sources kept.
struct IndexDelta {
  var deleting: [Int] = []
  var deletedRecords = 0
  var kept: [SourceEntry] = []

  /// Nil when the update should merge instead: it would make more than
  /// `mostSegments` segments, or leave more than a quarter of the records
  /// deleted, or `previous` does not list a source for each stored document.
  /// - Parameters:
  ///   - toParse: the files (indices in `files`) to parse again: new or changed.
  ///   - entries: the source entry of each file not parsed again, nil for the others.
  init?(_ previous: IndexReader, files: [String], toParse: [Int], entries: [SourceEntry?], mostSegments: Int) {
    let sources = previous.meta.sources
    guard previous.storedDocuments.count == sources.count else { return nil }
    var current: [String: SourceEntry] = [:]
    for case let entry? in entries { current[entry.path] = entry }
    for (k, source) in sources.enumerated() {
      if let entry = current[source.path] {
        kept.append(entry)
      } else {
        deleting.append(k)
        deletedRecords += previous.storedDocuments.records(k).count
      }
    }
    // Every file not parsed again is one the previous index holds, in its order.
    guard kept.count == files.count - toParse.count else { return nil }
    let segments = previous.meta.allSegments.count + (toParse.isEmpty ? 0 : 1)
    let slots = previous.meta.allSegments.reduce(0) { $0 + $1.documents }
    let deletedAfter = slots - previous.documentCount + deletedRecords
    guard segments <= mostSegments, deletedAfter * 4 <= slots else { return nil }
  }
}
