/// Writes the stored form of records one after another into `store.zx`'s
/// payload: length-prefixed UTF-8 strings and counts (LEB128 varints). Each
/// record's text comes first, so a search confirming a term reads it without
/// decoding the caller's fields that follow.
public struct StoredRecordWriter: Sendable {
  /// Everything written so far.
  public private(set) var bytes: [UInt8] = []

  init() {}

  /// A writer that appends into `bytes`' storage (emptied first).
  init(reusing bytes: consuming [UInt8]) {
    bytes.removeAll(keepingCapacity: true)
    self.bytes = bytes
  }

  /// Everything written so far, moved out: the writer is empty after.
  mutating func takeBytes() -> [UInt8] {
    let taken = bytes
    bytes = []
    return taken
  }

  public mutating func append(_ string: String) { bytes.appendString(string) }

  /// A count, such as the number of items of a list that follows.
  public mutating func append(count: Int) { Varint.append(UInt64(count), to: &bytes) }

  /// A count, then the strings.
  public mutating func append(_ list: [String]) {
    append(count: list.count)
    for s in list { append(s) }
  }

  /// Writes `record`: its text, then the caller's fields.
  mutating func append(record: some IndexableRecord) {
    append(record.text)
    record.encodeStored(into: &self)
  }
}
