/// The stored documents a writer was given, encoded as they come: the
/// `stored` part's table (entry offsets, first records) is kept in memory,
/// and the entries too until `spill(to:)` names a file, after which they go
/// there. A writer under a memory budget spills; the part is then written
/// from the file without reading it whole.
final class StoredDocumentLog {
  private var entryEnds: [UInt64] = [0]
  private var recordEnds: [UInt32] = [0]
  private var pending: [[UInt8]] = []
  private var pendingBytes = 0
  private var file: SpillFile?

  var count: Int { entryEnds.count - 1 }
  /// Records the documents stored so far hold.
  var records: Int { Int(recordEnds[recordEnds.count - 1]) }
  /// Bytes held in memory.
  var memoryBytes: Int { pendingBytes + entryEnds.count * 12 + (file == nil ? 0 : 1 << 20) }

  /// Keeps `document`, which holds the next `records` records.
  func append(_ document: StoredDocument, records: Int) throws(IndexError) {
    let entry = document.encoded()
    entryEnds.append(entryEnds[entryEnds.count - 1] + UInt64(entry.count))
    recordEnds.append(recordEnds[recordEnds.count - 1] + UInt32(records))
    if let file {
      try file.append(entry)
    } else {
      pending.append(entry)
      pendingBytes += entry.count
    }
  }

  /// From now on keeps the entries in the file at `path` (created), those kept so far first.
  func spill(to path: String) throws(IndexError) {
    guard file == nil else { return }
    let file = try SpillFile(path)
    for entry in pending { try file.append(entry) }
    pending = []
    pendingBytes = 0
    self.file = file
  }

  /// The part, whole in memory (for a writer that never spilled).
  var payload: PartPayload { PartPayload(part: .stored, chunks: [table()] + pending) }

  /// Writes the part to `out`: the table, then the entries (copied from the file once spilled).
  func writePart(to out: PartFileWriter) throws(IndexError) {
    try out.append(table())
    if let file {
      try out.append(file)
    } else {
      for entry in pending { try out.append(entry) }
    }
  }

  /// u32 count, (count+1) u64 entry offsets, (count+1) u32 first records.
  private func table() -> [UInt8] {
    var table: [UInt8] = []
    table.reserveCapacity(4 + 12 * entryEnds.count)
    table.appendLE(UInt32(count))
    for end in entryEnds { table.appendLE(end) }
    for end in recordEnds { table.appendLE(end) }
    return table
  }
}
