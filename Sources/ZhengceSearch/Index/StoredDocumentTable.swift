/// The stored documents of one segment (`stored.zx`), read in place:
///
/// ```
/// u32 count
/// (count+1) × u64   entry offsets (relative to the entries), the last one their total size
/// (count+1) × u32   first index record of each document, the last one the record count
/// entries           id, part count, (length, deflated length) per part, deflated parts
/// ```
///
/// The tables' layout is checked when the generation opens; the file's CRC-32
/// the first time an entry is read (or `check()` is called), an entry's part
/// table when it is read, and each part when it is inflated (its exact length).
/// Entries are read with `pread`, not through the mapping: a command that
/// reads every document does not carry them all in its memory.
struct StoredDocumentTable: @unchecked Sendable {
  /// Documents stored (0 for an index of records given directly).
  public let count: Int
  private let payload: UnsafeRawBufferPointer
  /// The file they are read from (`…/gen-NNNNNN/stored.zx`), for messages.
  public let path: String
  /// The mapped file (kept alive for as long as this view is used), read from with `pread`.
  private let part: CheckedPart
  private var entriesBase: Int { 4 + 12 * (count + 1) }

  init(_ part: CheckedPart, records: Int) throws(IndexError) {
    payload = part.payload
    self.part = part
    path = part.file.path
    guard payload.count >= 4 else { throw .corrupt(path: path, reason: "no document count") }
    count = Int(payload.u32(0))
    let base = 4 + 12 * (count + 1)
    guard payload.count >= base else { throw .corrupt(path: path, reason: "document table cut short") }
    var offset: UInt64 = 0
    var record: UInt32 = 0
    for k in 0...count {
      let nextOffset = payload.u64(4 + 8 * k)
      let nextRecord = payload.u32(4 + 8 * (count + 1) + 4 * k)
      guard nextOffset >= offset, nextRecord >= record, k > 0 || (nextOffset == 0 && nextRecord == 0) else {
        throw .corrupt(path: path, reason: "document table out of order at \(k)")
      }
      (offset, record) = (nextOffset, nextRecord)
    }
    guard offset == UInt64(payload.count - base) else {
      throw .corrupt(path: path, reason: "documents end at \(offset), the file at \(payload.count - base)")
    }
    guard count == 0 || Int(record) == records else {
      throw .corrupt(path: path, reason: "documents hold \(record) records, meta.json says \(records)")
    }
  }

  /// Checks the file's CRC-32 (once: later calls give the same answer). Reading
  /// an entry does so; call it before answering from the tables alone.
  /// - Throws: `IndexError.corrupt` naming the file when it does not match.
  public func check() throws(IndexError) { try part.check() }

  /// The index records (measures) of document `k`, in order.
  public func records(_ k: Int) -> Range<Int32> {
    let table = 4 + 8 * (count + 1)
    return Int32(payload.u32(table + 4 * k))..<Int32(payload.u32(table + 4 * (k + 1)))
  }

  /// The document holding index record `record`; nil when no stored document does.
  public func document(holding record: Int32) -> Int? {
    var (low, high) = (0, count)
    while low < high {
      let mid = (low + high) / 2
      if records(mid).upperBound <= record { low = mid + 1 } else { high = mid }
    }
    return low < count && records(low).contains(record) ? low : nil
  }

  /// Document `k`'s entry: its id and part table, the parts still deflated.
  /// - Throws: `IndexError.corrupt` when the entry does not hold what its table says.
  public func entry(_ k: Int) throws(IndexError) -> StoredEntry {
    try part.check()
    let start = entriesBase + Int(payload.u64(4 + 8 * k))
    let end = entriesBase + Int(payload.u64(4 + 8 * (k + 1)))
    let bytes = try part.file.read(at: FileFormat.headerSize + start, count: end - start)
    guard let entry = StoredEntry(bytes, path: path) else {
      throw .corrupt(path: path, reason: "document \(k) unreadable")
    }
    return entry
  }
}

/// One stored document as read: its id and its parts, still deflated.
public struct StoredEntry: Sendable {
  public let id: String
  private let bytes: [UInt8]
  private let parts: [(length: Int, range: Range<Int>)]
  /// The file, for messages.
  private let path: String

  /// Reads the id and part table; nil when they do not fit in `bytes`.
  fileprivate init?(_ bytes: [UInt8], path: String) {
    guard let (id, parts) = bytes.withUnsafeBytes({ Self.table($0) }) else { return nil }
    self.id = id
    self.bytes = bytes
    self.parts = parts
    self.path = path
  }

  /// The id and where each part lies, when they fit in `bytes`.
  private static func table(_ bytes: UnsafeRawBufferPointer) -> (String, [(length: Int, range: Range<Int>)])? {
    var reader = CheckedBytes(bytes)
    guard let idLength = reader.varint(), let idBytes = reader.take(idLength), let count = reader.varint(), count <= bytes.count
    else { return nil }
    var lengths: [(Int, Int)] = []
    for _ in 0..<count {
      guard let length = reader.varint(), let deflated = reader.varint() else { return nil }
      lengths.append((length, deflated))
    }
    var parts: [(length: Int, range: Range<Int>)] = []
    var at = reader.offset
    for (length, deflated) in lengths {
      guard deflated <= bytes.count - at else { return nil }
      parts.append((length, at..<(at + deflated)))
      at += deflated
    }
    guard at == bytes.count else { return nil }
    return (String(decoding: idBytes, as: UTF8.self), parts)
  }

  public var partCount: Int { parts.count }

  /// Part `p`, inflated.
  /// - Throws: `IndexError.corrupt` when it does not inflate to its recorded length.
  public func part(_ p: Int, with inflater: Inflater) throws(IndexError) -> [UInt8] {
    let part = parts[p]
    let inflated = bytes.withUnsafeBytes { all in
      inflater.inflate(UnsafeRawBufferPointer(rebasing: all[part.range]), length: part.length)
    }
    guard let out = inflated else {
      throw .corrupt(path: path, reason: "part \(p) of stored document \(id) does not inflate")
    }
    return out
  }

  /// The document as stored, its parts still deflated: what an index update
  /// carries over for a file that did not change.
  public var document: StoredDocument {
    StoredDocument(id: id, deflated: parts.map { .init(length: $0.length, deflated: Array(bytes[$0.range])) })
  }
}

/// Bounds-checked reading of varints and byte runs.
private struct CheckedBytes {
  let bytes: UnsafeRawBufferPointer
  private(set) var offset = 0

  init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

  mutating func varint() -> Int? {
    var value = 0
    var shift = 0
    while offset < bytes.count, shift < 63 {
      let b = bytes[offset]
      offset += 1
      value |= Int(b & 0x7F) << shift
      if b < 0x80 { return value >= 0 ? value : nil }
      shift += 7
    }
    return nil
  }

  mutating func take(_ n: Int) -> UnsafeRawBufferPointer? {
    guard n <= bytes.count - offset else { return nil }
    defer { offset += n }
    return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + n)])
  }
}
