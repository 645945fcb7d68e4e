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
  private(set) var store: [UInt8] = []
  private(set) var storeOffsets: [UInt64] = [0]
  private(set) var totalLength = 0
  private(set) var textBytes = 0

  init(positions: Bool) {
    terms = TermBuffers(positions: positions)
  }

  var count: Int { lengths.count }

  /// Analyses `record` and files it as the segment's next document.
  func add(_ record: IndexRecord) {
    let doc = Int32(lengths.count)
    let headingEnd = record.headingEnd
    let length = ScriptRunTokenizer.scan(
      record.text,
      gram: { key, position in
        let t = grams.value(for: key) { terms.newTerm() }
        terms.add(t, doc: doc, position: Int32(position), inHeading: position < headingEnd)
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
        terms.add(t, doc: doc, position: Int32(position), inHeading: position < headingEnd)
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
    lengths.append(UInt32(length))
    headingEnds.append(UInt32(headingEnd))
    totalLength += length
    textBytes += record.text.utf8.count
    ids.append(contentsOf: record.id.utf8)
    idOffsets.append(UInt32(truncatingIfNeeded: ids.count))
    RecordCodec.encode(record, into: &store)
    storeOffsets.append(UInt64(store.count))
  }

  /// Writes every term's pending document entry.
  func finish() { terms.finish() }

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
