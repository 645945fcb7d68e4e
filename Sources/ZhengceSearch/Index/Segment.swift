/// Records analysed into per-term postings with document numbers local to the
/// segment. A build makes one segment per core; `IndexWriter.commit` merges them.
/// A segment is used by one thread at a time.
final class Segment: @unchecked Sendable {
  let grams = GramTable()
  private var words: [String: Int32] = [:]
  private var fields: [FieldValue: Int32] = [:]
  let terms: TermBuffers
  private(set) var lengths: [UInt32] = []
  private(set) var headingEnds: [UInt32] = []
  private(set) var ids: [UInt8] = []
  private(set) var idOffsets: [UInt32] = [0]
  private(set) var store: StoredRecordWriter
  private(set) var storeOffsets: [UInt64] = [0]
  private(set) var totalLength = 0
  private(set) var textBytes = 0

  /// Tokens analysed but not yet filed, in order: term, document, position.
  /// Filing them in batches grouped by term keeps each term's buffers hot in
  /// cache instead of touching a random term per token.
  private var pending: TokenLog
  /// Where `pending` and the stored records' bytes come from and go back to.
  private let buffers: SegmentBuffers

  /// - Parameters:
  ///   - buffers: the writer's (a writer under a small memory budget logs
  ///     fewer tokens before filing them).
  ///   - expectedTextBytes: about how much text the segment will hold, if known.
  init(positions: Bool, buffers: SegmentBuffers = SegmentBuffers(tokenBatch: TokenLog.batch), expectedTextBytes: Int = 0) {
    terms = TermBuffers(positions: positions)
    self.buffers = buffers
    pending = buffers.takeLog()
    // The stored form is the text and the record's fields: a quarter more leaves room for those.
    store = StoredRecordWriter(reusing: buffers.takeStoreBytes(expected: expectedTextBytes / 4 * 5))
  }

  var count: Int { lengths.count }

  /// About how many bytes the segment holds: the terms' buffers and states,
  /// the dictionaries, the stored records and ids, the per-document tables
  /// and the token log.
  var memoryBytes: Int {
    terms.bufferBytes + terms.count * 96 + store.bytes.count + ids.count + lengths.count * 24 + pending.bytes
  }

  deinit { pending.free() }

  /// Analyses `record` and files it as the segment's next document.
  func add(_ record: some IndexableRecord) {
    let doc = Int32(lengths.count)
    let headingEnd = record.headingEnd
    // A local copy keeps the per-token appends free of the class's exclusivity checks.
    var pending = self.pending
    let length = ScriptRunTokenizer.scan(
      record.text,
      gram: { key, position in
        let t = grams.value(for: key) { terms.newTerm() }
        pending.append(t, doc, Int32(position))
      },
      word: { bytes, position, _ in
        let word = String(decoding: bytes, as: UTF8.self)
        let t: Int32
        if let known = words[word] {
          t = known
        } else {
          t = terms.newTerm()
          words[word] = t
        }
        pending.append(t, doc, Int32(position))
      })
    for (field, value) in record.fieldValues {
      let key = FieldValue(field: field, value: value)
      let t: Int32
      if let known = fields[key] {
        t = known
      } else {
        t = terms.newTerm()
        fields[key] = t
      }
      terms.addKeyword(t, doc: doc)
    }
    self.pending = pending
    lengths.append(UInt32(length))
    headingEnds.append(UInt32(headingEnd))
    if pending.count >= pending.batch { fileTokens() }
    totalLength += length
    textBytes += record.text.utf8.count
    ids.append(contentsOf: record.id.utf8)
    idOffsets.append(UInt32(truncatingIfNeeded: ids.count))
    store.append(record: record)
    storeOffsets.append(UInt64(store.bytes.count))
  }

  /// Whether `finish()` was called.
  private(set) var isFinished = false

  /// Writes every term's pending document entry and hands the token log
  /// back: nothing more is added.
  func finish() {
    guard !isFinished else { return }
    isFinished = true
    fileTokens()
    terms.finish()
    buffers.give(pending)
    pending = .empty
  }

  /// Hands the stored records' bytes back to the writer once they are
  /// written out; the segment's `store` is empty after.
  func releaseStore() {
    buffers.give(storeBytes: store.takeBytes())
  }

  /// Files the logged tokens term by term (a counting sort by term number;
  /// within a term, tokens stay in document and position order).
  private func fileTokens() {
    let n = pending.count
    guard n > 0 else { return }
    let termCount = terms.count
    let starts = pending.runStarts(terms: termCount)
    let sortedDocs = pending.sortedDocs
    let sortedPositions = pending.sortedPositions
    let t = pending.terms
    let docs = pending.docs
    let positions = pending.positions
    for i in 0..<n { starts[Int(t[i]) + 1] += 1 }
    for k in 0..<termCount { starts[k + 1] += starts[k] }
    // Scatter (doc, position) to their term's run; `starts[k]` ends as the run's end.
    for i in 0..<n {
      let k = Int(t[i])
      let slot = Int(starts[k])
      sortedDocs[slot] = docs[i]
      sortedPositions[slot] = positions[i]
      starts[k] += 1
    }
    headingEnds.withUnsafeBufferPointer { headingEnds in
      guard let ends = headingEnds.baseAddress else { return }
      var begin = 0
      for k in 0..<termCount {
        let end = Int(starts[k])
        if end > begin {
          terms.addRun(
            Int32(k), docs: sortedDocs + begin, positions: sortedPositions + begin, count: end - begin, headingEnds: ends)
        }
        begin = end
      }
    }
    pending.removeAll()
  }

  /// Dictionary keys with their term numbers, in key byte order.
  func sortedTerms() -> [([UInt8], Int32)] {
    var out: [([UInt8], Int32)] = []
    out.reserveCapacity(grams.count + words.count + fields.count)
    for (key, t) in grams.pairs.sorted(by: { $0.0 < $1.0 }) {
      let (a, b) = ScriptRunTokenizer.gramScalars(key)
      out.append((TermSpace.gramKey(b.map { [a, $0] } ?? [a]), t))
    }
    for (word, t) in words.sorted(by: { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }) {
      out.append((TermSpace.wordKey(word), t))
    }
    var fieldKeys = fields.map { (TermSpace.fieldKey($0.key.field, $0.key.value), $0.value) }
    fieldKeys.sort { $0.0.lexicographicallyPrecedes($1.0) }
    out += fieldKeys
    return out
  }
}

/// A keyword field value as a hashable key.
private struct FieldValue: Hashable {
  var field: Field
  var value: String
}
