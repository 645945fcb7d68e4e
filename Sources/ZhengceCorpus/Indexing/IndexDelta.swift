import ZhengceSearch

/// What an update changes in the previous index without rewriting it: the
/// stored documents to mark deleted (those of changed and gone files, by
/// their place in `previous.meta.sources`, which lists the files in
/// stored-document order), the records they hold, and the sources kept.
struct IndexDelta {
  var deleting: [Int] = []
  var deletedRecords = 0
  var kept: [SourceEntry] = []
  /// Each previous segment's records, and those left once the marks are made.
  var segmentSizes: [(records: Int, live: Int)]

  /// Nil when `previous` does not list a source for each stored document, in
  /// order: the update rewrites the index instead.
  /// - Parameters:
  ///   - toParse: the files (indices in `files`) to parse again: new or changed.
  ///   - entries: the source entry of each file not parsed again, nil for the others.
  init?(_ previous: IndexReader, files: [String], toParse: [Int], entries: [SourceEntry?]) {
    let sources = previous.meta.sources
    segmentSizes = previous.segmentSizes
    guard previous.storedDocuments.count == sources.count else { return nil }
    var current: [String: SourceEntry] = [:]
    for case let entry? in entries { current[entry.path] = entry }
    for (k, source) in sources.enumerated() {
      if let entry = current[source.path] {
        kept.append(entry)
      } else {
        deleting.append(k)
        let records = previous.storedDocuments.records(k).count
        deletedRecords += records
        segmentSizes[previous.storedDocuments.segmentDocument(k).segment].live -= records
      }
    }
    // Every file not parsed again is one the previous index holds, in its order.
    guard kept.count == files.count - toParse.count else { return nil }
  }
}
