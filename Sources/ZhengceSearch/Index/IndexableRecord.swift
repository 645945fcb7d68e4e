/// What the index needs of a record, whatever else the caller keeps in it: an
/// id, the analysed text (with its heading, which ranks higher), the keyword
/// values it is filed under, and a stored form of the rest. The index stores
/// the text and that form side by side, so an index can be rebuilt from its
/// stored records alone.
public protocol IndexableRecord: Sendable {
  var id: String { get }
  /// The record's title sentence; when `text` starts with it, matches there rank higher.
  var heading: String { get }
  var text: String { get }
  /// Every keyword value the record is filed under, fields of the caller's schema.
  var fieldValues: [(Field, String)] { get }

  /// Writes everything the caller needs back, besides `text`, which the index stores itself.
  func encodeStored(into writer: inout StoredRecordWriter)

  /// The record read back from its text and the fields `encodeStored` wrote;
  /// nil when the stored bytes do not hold them (a damaged index).
  init?(text: String, stored reader: inout StoredRecordReader)
}

extension IndexableRecord {
  /// Scalar length of the heading when the text starts with it, else 0.
  var headingEnd: Int {
    guard !heading.isEmpty, text.hasPrefix(heading) else { return 0 }
    return heading.unicodeScalars.count
  }
}
