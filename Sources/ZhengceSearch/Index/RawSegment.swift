import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A segment a writer spilled to disk, its postings still in the build's own
/// varint streams (`TermBuffers`), never read by a search: spilling and
/// merging such segments copies bytes (only the first document of each term's
/// stream is renumbered), and postings are decoded and block-encoded once, by
/// the final merge into the generation.
///
/// ```
/// terms.raw      per term, in key byte order: keyOffset u64, docsOffset u64,
///                positionsOffset u64, docFreq u32, lastDoc u32 (documents
///                numbered from the segment's first); then one entry of end offsets
/// keys.raw       the keys' bytes
/// docs.raw       per term: per document varint((doc − previous) << 2 |
///                inHeading << 1 | freq == 1), then varint(freq) when freq > 1;
///                the first document counts from 0
/// positions.raw  per term, per document: varints of position − previous, from 0
/// ```
final class RawSegment: @unchecked Sendable {
  static let entrySize = 32
  let path: String
  let documents: Int
  let count: Int
  private let entries: ReadOnlyMapping
  private let keys: ReadOnlyMapping
  let docs: ReadOnlyMapping
  let positions: ReadOnlyMapping

  init(path: String, documents: Int) throws(IndexError) {
    self.path = path
    self.documents = documents
    entries = try .spill(path + "/terms.raw")
    keys = try .spill(path + "/keys.raw")
    docs = try .spill(path + "/docs.raw")
    positions = try .spill(path + "/positions.raw")
    count = entries.bytes.count / Self.entrySize - 1
  }

  @inline(__always)
  private func field64(_ i: Int, _ k: Int) -> Int { Int(entries.bytes.u64(i * Self.entrySize + k * 8)) }

  func key(_ i: Int) -> UnsafeBufferPointer<UInt8> { keys.slice(field64(i, 0)..<field64(i + 1, 0)) }

  func streams(_ i: Int) -> TermStreams {
    TermStreams(
      docs: docs.slice(field64(i, 1)..<field64(i + 1, 1)), positions: positions.slice(field64(i, 2)..<field64(i + 1, 2)),
      docFreq: Int(entries.bytes.u32(i * Self.entrySize + 24)),
      lastDoc: Int32(bitPattern: entries.bytes.u32(i * Self.entrySize + 28)))
  }

  /// Where term `i`'s streams start (to release what lies before).
  func offsets(_ i: Int) -> (docs: Int, positions: Int) { (field64(i, 1), field64(i, 2)) }
  /// Bytes of postings and positions.
  var streamBytes: Int { docs.bytes.count + positions.bytes.count }

  /// Drops the stream pages before term `i` from memory (all read already).
  func release(before i: Int) {
    let (d, p) = offsets(min(i, count))
    docs.release(upTo: d)
    positions.release(upTo: p)
  }
}

/// Key order and equality on bytes.
enum RawKeys {
  @inline(__always)
  static func precedes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = min(a.count, b.count)
    var i = 0
    while i < n {
      if a[i] != b[i] { return a[i] < b[i] }
      i += 1
    }
    return a.count < b.count
  }

  @inline(__always)
  static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    a.count == b.count && (a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
  }
}

extension ReadOnlyMapping {
  /// The spill file at `path`, mapped (an empty file maps to nothing).
  static func spill(_ path: String) throws(IndexError) -> ReadOnlyMapping {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw .io(path: path, reason: "cannot open spilled segment") }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, let mapping = ReadOnlyMapping(descriptor: fd, size: Int(info.st_size)) else {
      throw .io(path: path, reason: "cannot map spilled segment")
    }
    return mapping
  }

  /// Bytes `range` of the file.
  @inline(__always)
  func slice(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
    guard let base = bytes.baseAddress else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self) + range.lowerBound, count: range.count)
  }
}

/// Writes a `RawSegment` term by term, each file through a buffer of its own.
final class RawSegmentWriter {
  let path: String
  private let entries: SpillFile
  private let keys: SpillFile
  private let docs: SpillFile
  private let positions: SpillFile
  private var entry: [UInt8] = []

  init(path: String) throws(IndexError) {
    self.path = path
    guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
      throw .io(path: path, reason: "cannot create (\(String(cString: strerror(errno))))")
    }
    entries = try SpillFile(path + "/terms.raw", checksummed: false)
    keys = try SpillFile(path + "/keys.raw", checksummed: false)
    docs = try SpillFile(path + "/docs.raw", checksummed: false)
    positions = try SpillFile(path + "/positions.raw", checksummed: false)
  }

  /// Starts a term: its key, then its streams through `docs` and `positions`, then `endTerm`.
  func beginTerm(_ key: UnsafeBufferPointer<UInt8>) throws(IndexError) {
    entry.removeAll(keepingCapacity: true)
    entry.appendLE(UInt64(keys.bytes))
    entry.appendLE(UInt64(docs.bytes))
    entry.appendLE(UInt64(positions.bytes))
    try keys.append(key)
  }

  func appendDocs(_ bytes: UnsafeBufferPointer<UInt8>) throws(IndexError) { try docs.append(bytes) }
  func appendPositions(_ bytes: UnsafeBufferPointer<UInt8>) throws(IndexError) { try positions.append(bytes) }

  func endTerm(docFreq: Int, lastDoc: Int32) throws(IndexError) {
    entry.appendLE(UInt32(docFreq))
    entry.appendLE(UInt32(bitPattern: lastDoc))
    try entry.withUnsafeBufferPointer { (b) throws(IndexError) in try entries.append(b) }
  }

  /// Writes the end entry and closes the files; returns the segment, mapped.
  func finish(documents: Int) throws(IndexError) -> RawSegment {
    entry.removeAll(keepingCapacity: true)
    entry.appendLE(UInt64(keys.bytes))
    entry.appendLE(UInt64(docs.bytes))
    entry.appendLE(UInt64(positions.bytes))
    entry.appendLE(UInt64(0))
    try entry.withUnsafeBufferPointer { (b) throws(IndexError) in try entries.append(b) }
    for file in [entries, keys, docs, positions] { try file.drain() }
    return try RawSegment(path: path, documents: documents)
  }
}
