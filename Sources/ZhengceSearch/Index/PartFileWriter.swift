import CLinuxExtras
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One part file written as a stream: a placeholder header first, then the
/// payload piece by piece (its CRC-32 and length kept as it goes), and the
/// real header last. A merge writes its output this way, so no part has to
/// be whole in memory.
final class PartFileWriter {
  let path: String
  private let part: FileFormat.Part
  private let fd: Int32
  private var crc: UInt32 = 0
  private(set) var payloadBytes = 0

  init(_ path: String, part: FileFormat.Part) throws(IndexError) {
    self.path = path
    self.part = part
    fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw .io(path: path, reason: "cannot create file") }
    do throws(IndexError) {
      // The header's place, written for real by `finish`.
      try FileWrites.all([UInt8](repeating: 0, count: FileFormat.headerSize), to: fd, path: path)
    } catch {
      close(fd)
      throw error
    }
  }

  deinit { close(fd) }

  /// The file's size once finished: header and payload.
  var fileBytes: Int { FileFormat.headerSize + payloadBytes }

  func append(_ bytes: [UInt8]) throws(IndexError) {
    try bytes.withUnsafeBufferPointer { (b) throws(IndexError) in try append(UnsafeRawBufferPointer(b)) }
  }

  /// Appends `bytes`, whose CRC-32 the caller computed.
  func append(_ bytes: [UInt8], crc bytesCRC: UInt32) throws(IndexError) {
    guard bytes.count > 0 else { return }
    try FileWrites.all(bytes, to: fd, path: path)
    crc = CRC32.combine(crc, bytesCRC, secondLength: bytes.count)
    payloadBytes += bytes.count
  }

  func append(_ bytes: UnsafeRawBufferPointer) throws(IndexError) {
    guard bytes.count > 0 else { return }
    crc = CRC32.checksum(bytes, seed: crc)
    try FileWrites.all(bytes, to: fd, path: path)
    payloadBytes += bytes.count
  }

  /// Appends the whole of `file` (its CRC-32 already known), copied by the
  /// kernel where it can (`copy_file_range`), else read a few megabytes at a time.
  func append(_ file: SpillFile) throws(IndexError) {
    guard file.bytes > 0 else { return }
    try file.drain()
    var offset: off_t = 0
    while offset < file.bytes {
      let n = zhengce_copy_file_range(file.fd, &offset, fd, file.bytes - Int(offset))
      if n > 0 { continue }
      guard n < 0, offset == 0 else { throw .io(path: file.path, reason: "copy failed: \(String(cString: strerror(errno)))") }
      try copyByReading(file)
      break
    }
    crc = CRC32.combine(crc, file.crc, secondLength: file.bytes)
    payloadBytes += file.bytes
  }

  /// Appends `file` read with `pread`, where `copy_file_range` is not supported.
  private func copyByReading(_ file: SpillFile) throws(IndexError) {
    let piece = 4 << 20
    var buffer = [UInt8](repeating: 0, count: piece)
    var at = 0
    while at < file.bytes {
      let want = min(piece, file.bytes - at)
      let n = buffer.withUnsafeMutableBytes { pread(file.fd, $0.baseAddress, want, off_t(at)) }
      guard n > 0 else { throw .io(path: file.path, reason: "cannot read (\(String(cString: strerror(errno))))") }
      try FileWrites.all(n == piece ? buffer : Array(buffer[..<n]), to: fd, path: path)
      at += n
    }
  }

  /// Writes the real header and, with `sync`, flushes the file to disk.
  func finish(sync: Bool) throws(IndexError) {
    let h = FileFormat.header(kind: part.kind, crc: crc, length: payloadBytes)
    let n = h.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    guard n == h.count else { throw .io(path: path, reason: "write failed: \(String(cString: strerror(errno)))") }
    if sync, fsync(fd) != 0 { throw .io(path: path, reason: "fsync failed") }
  }
}
