import Foundation

/// Builds an index in memory from records, then commits it as a new
/// immutable generation of an `IndexDirectory`.
///
/// Each record's text is analysed once; every token appends its position to
/// its term's position buffer, and a term's document entry is written when the
/// term is first seen in the next document (or at commit).
public final class IndexWriter {
  private let grams = GramTable()
  private var words: [String: Int32] = [:]
  private var fields: [FieldValue: Int32] = [:]
  private let terms: TermBuffers
  private var lengths: [UInt32] = []
  private var headingEnds: [UInt32] = []
  private var ids: [UInt8] = []
  private var idOffsets: [UInt32] = [0]
  private var store: [UInt8] = []
  private var storeOffsets: [UInt64] = [0]
  private var totalLength = 0
  /// Test hook: the commit fails half-way through the file after this many.
  var failAfterFiles: Int?

  /// Whether token positions are written (see `IndexMeta.positions`).
  public let positions: Bool

  public init(positions: Bool = true) {
    self.positions = positions
    terms = TermBuffers(positions: positions)
  }

  /// Records added so far.
  public var count: Int { lengths.count }
  /// UTF-8 bytes of record text added so far.
  public private(set) var textBytes = 0

  /// Analyses `record` and files it as the next document.
  public func add(_ record: IndexRecord) {
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

  /// Writes everything added as a new generation of `directory` and makes it current.
  /// - Returns: what was written, with file sizes.
  @discardableResult
  public func commit(
    to directory: IndexDirectory, sources: [SourceEntry] = [], builder: String = ""
  ) throws(IndexError) -> IndexMeta {
    terms.finish()
    let order = sortedTerms()
    let postingBytes = terms.totalPostingBytes
    let positionBytes = terms.totalPositionBytes
    guard ids.count < Int(UInt32.max), postingBytes < Int(UInt32.max), positionBytes < Int(UInt32.max) else {
      throw .tooLarge(what: "postings or ids")
    }

    var dictionary: [UInt8] = []
    var keys: [UInt8] = []
    var postings: [UInt8] = []
    var positions: [UInt8] = []
    postings.reserveCapacity(postingBytes)
    positions.reserveCapacity(positionBytes)
    dictionary.reserveCapacity(4 + (order.count + 1) * 16)
    dictionary.appendLE(UInt32(order.count))
    for (key, t) in order {
      dictionary.appendLE(UInt32(keys.count))
      dictionary.appendLE(UInt32(terms.docFreq(t)))
      dictionary.appendLE(UInt32(postings.count))
      dictionary.appendLE(UInt32(positions.count))
      keys += key
      postings.append(contentsOf: terms.docs(t))
      positions.append(contentsOf: terms.positions(t))
    }
    guard keys.count < Int(UInt32.max) else { throw .tooLarge(what: "term dictionary") }
    dictionary.appendLE(UInt32(keys.count))
    dictionary.appendLE(UInt32(0))
    dictionary.appendLE(UInt32(postings.count))
    dictionary.appendLE(UInt32(positions.count))
    dictionary += keys

    var docs: [UInt8] = []
    docs.appendLE(UInt32(lengths.count))
    for i in 0..<lengths.count {
      docs.appendLE(lengths[i])
      docs.appendLE(headingEnds[i])
    }
    var idTable: [UInt8] = []
    idTable.appendLE(UInt32(lengths.count))
    for o in idOffsets { idTable.appendLE(o) }
    idTable += ids
    var storeTable: [UInt8] = []
    storeTable.appendLE(UInt32(lengths.count))
    for o in storeOffsets { storeTable.appendLE(o) }

    let parts: [(FileFormat.Part, [[UInt8]])] = [
      (.terms, [dictionary]), (.postings, [postings]), (.positions, [positions]), (.docs, [docs]),
      (.ids, [idTable]), (.store, [storeTable, store]),
    ]
    var files: [(name: String, bytes: [[UInt8]])] = []
    var sizes: [String: Int] = [:]
    for (part, chunks) in parts {
      let header = FileFormat.header(kind: part.kind, chunks: chunks)
      files.append((part.fileName, [header] + chunks))
      sizes[part.rawValue] = header.count + chunks.reduce(0) { $0 + $1.count }
    }
    let meta = IndexMeta(
      format: "zhengce-index", version: FileFormat.version, documents: lengths.count, terms: order.count,
      totalLength: totalLength, positions: self.positions, sources: sources, builder: builder, fileSizes: sizes)
    files.append((FileFormat.metaName, [try IndexMeta.encode(meta)]))
    try directory.commit(files, failAfterFiles: failAfterFiles)
    return meta
  }

  /// Dictionary keys with their term numbers, in key byte order.
  private func sortedTerms() -> [([UInt8], Int32)] {
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

extension FileFormat {
  static func header(kind: [UInt8], chunks: [[UInt8]]) -> [UInt8] {
    var crc: UInt32 = 0
    for c in chunks { crc = c.withUnsafeBytes { CRC32.checksum($0, seed: crc) } }
    var h = magic
    h.appendLE(UInt32(version))
    h += kind
    h.appendLE(crc)
    h.appendLE(UInt64(chunks.reduce(0) { $0 + $1.count }))
    return h
  }
}

extension IndexMeta {
  static func encode(_ meta: IndexMeta) throws(IndexError) -> [UInt8] {
    do {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
      return Array(try encoder.encode(meta))
    } catch {
      throw .io(path: FileFormat.metaName, reason: "cannot encode metadata")
    }
  }
}
