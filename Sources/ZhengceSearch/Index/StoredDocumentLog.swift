import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The stored documents a writer was given, encoded as they come: the
/// `stored` part's table (entry offsets, first records) is kept in memory,
/// and the entries too until `spill(to:)` names a file, after which they go
/// there once a few megabytes are waiting. A writer under a memory budget
/// spills; the part is then written from the file without reading it whole.
final class StoredDocumentLog {
  private var entryEnds: [UInt64] = [0]
  private var recordEnds: [UInt32] = [0]
  private var pending: [[UInt8]] = []
  private var pendingBytes = 0
  private var file: (path: String, fd: Int32)?

  deinit { if let file { close(file.fd) } }

  var count: Int { entryEnds.count - 1 }
  /// Records the documents stored so far hold.
  var records: Int { Int(recordEnds[recordEnds.count - 1]) }
  /// Bytes held in memory.
  var memoryBytes: Int { pendingBytes + entryEnds.count * 12 }

  /// Keeps `document`, which holds the next `records` records.
  func append(_ document: StoredDocument, records: Int) throws(IndexError) {
    let entry = document.encoded()
    entryEnds.append(entryEnds[entryEnds.count - 1] + UInt64(entry.count))
    recordEnds.append(recordEnds[recordEnds.count - 1] + UInt32(records))
    pending.append(entry)
    pendingBytes += entry.count
    if file != nil, pendingBytes >= 4 << 20 { try flush() }
  }

  /// From now on keeps the entries in the file at `path` (created).
  func spill(to path: String) throws(IndexError) {
    guard file == nil else { return }
    let fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw .io(path: path, reason: "cannot create file") }
    file = (path, fd)
    try flush()
  }

  /// The part, whole in memory (for a writer that never spilled).
  var payload: PartPayload { PartPayload(part: .stored, chunks: [table()] + pending) }

  /// Writes the part to `out`: the table, then the entries (from the file, a few megabytes at a time).
  func writePart(to out: PartFileWriter) throws(IndexError) {
    try out.append(table())
    if let file {
      try flush()
      let piece = 4 << 20
      var buffer = [UInt8](repeating: 0, count: piece)
      var at = 0
      let total = Int(entryEnds[entryEnds.count - 1])
      while at < total {
        let want = min(piece, total - at)
        let n = buffer.withUnsafeMutableBytes { pread(file.fd, $0.baseAddress, want, off_t(at)) }
        guard n > 0 else { throw .io(path: file.path, reason: "cannot read (\(String(cString: strerror(errno))))") }
        try out.append(n == piece ? buffer : Array(buffer[..<n]))
        at += n
      }
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

  private func flush() throws(IndexError) {
    guard let file else { return }
    for entry in pending {
      var offset = 0
      while offset < entry.count {
        let n = entry.withUnsafeBytes { write(file.fd, $0.baseAddress! + offset, entry.count - offset) }
        guard n > 0 else { throw .io(path: file.path, reason: "write failed: \(String(cString: strerror(errno)))") }
        offset += n
      }
    }
    pending = []
    pendingBytes = 0
  }
}
