/// The sorted term dictionary of a generation, read in place from its map:
/// binary search for a key and key ranges for a prefix (`SortedKeys`). Each entry holds the
/// CRC-32 of its term's postings and positions, so that a search checks only
/// the lists it reads (`SegmentReader.checkedEntry`).
struct TermDictionary: SortedKeys, @unchecked Sendable {
  /// Bytes of one entry: key offset, docFreq, postings offset, positions
  /// offset, postings CRC-32, positions CRC-32 (u32 each).
  static let entrySize = 24
  private let bytes: UnsafeRawBufferPointer
  private let base: UnsafePointer<UInt8>
  let count: Int
  private let keysStart: Int

  /// Checks the table's structure against the file it came from.
  init(_ bytes: UnsafeRawBufferPointer, path: String, postingBytes: Int, positionBytes: Int) throws(IndexError) {
    guard bytes.count >= 20, let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else {
      throw .corrupt(path: path, reason: "term table too short")
    }
    self.bytes = bytes
    self.base = base
    count = Int(bytes.u32(0))
    keysStart = 4 + (count + 1) * Self.entrySize
    guard keysStart <= bytes.count else { throw .corrupt(path: path, reason: "term table truncated") }
    var previous = (0, 0, 0)
    for i in 0...count {
      let e = 4 + i * Self.entrySize
      let current = (Int(bytes.u32(e)), Int(bytes.u32(e + 8)), Int(bytes.u32(e + 12)))
      guard current.0 >= previous.0, current.1 >= previous.1, current.2 >= previous.2 else {
        throw .corrupt(path: path, reason: "term table out of order at entry \(i)")
      }
      previous = current
    }
    guard keysStart + previous.0 == bytes.count, previous.1 + BitPacking.padding == postingBytes,
      previous.2 + BitPacking.padding == positionBytes else {
      throw .corrupt(path: path, reason: "term table does not match postings")
    }
  }

  struct Entry {
    var docFreq: Int
    var docs: Range<Int>
    var positions: Int
  }

  func entry(_ i: Int) -> Entry {
    let e = 4 + i * Self.entrySize
    return Entry(
      docFreq: Int(bytes.u32(e + 4)), docs: Int(bytes.u32(e + 8))..<Int(bytes.u32(e + 8 + Self.entrySize)),
      positions: Int(bytes.u32(e + 12)))
  }

  /// The byte range of entry `i`'s positions in the positions part.
  func positionBytes(_ i: Int) -> Range<Int> {
    let e = 4 + i * Self.entrySize
    return Int(bytes.u32(e + 12))..<Int(bytes.u32(e + 12 + Self.entrySize))
  }

  /// The CRC-32 of entry `i`'s postings and of its positions, as written.
  func checksums(_ i: Int) -> (postings: UInt32, positions: UInt32) {
    let e = 4 + i * Self.entrySize
    return (bytes.u32(e + 16), bytes.u32(e + 20))
  }

  func key(_ i: Int) -> UnsafeBufferPointer<UInt8> {
    let e = 4 + i * Self.entrySize
    let start = Int(bytes.u32(e))
    let end = Int(bytes.u32(e + Self.entrySize))
    return UnsafeBufferPointer(start: base + keysStart + start, count: end - start)
  }
}
