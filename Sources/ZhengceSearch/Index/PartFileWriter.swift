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
      try writeAll(UnsafeRawBufferPointer(start: nil, count: 0), header: true)
    } catch {
      close(fd)
      throw error
    }
  }

  deinit { close(fd) }

  /// The file's size once finished: header and payload.
  var fileBytes: Int { FileFormat.headerSize + payloadBytes }

  func append(_ bytes: [UInt8]) throws(IndexError) {
    guard !bytes.isEmpty else { return }
    crc = bytes.withUnsafeBytes { CRC32.checksum($0, seed: crc) }
    let failure: IndexError? = bytes.withUnsafeBytes { buffer in
      do throws(IndexError) {
        try writeAll(buffer, header: false)
        return nil
      } catch {
        return error
      }
    }
    if let failure { throw failure }
    payloadBytes += bytes.count
  }

  func append(_ bytes: UnsafeRawBufferPointer) throws(IndexError) {
    guard bytes.count > 0 else { return }
    crc = CRC32.checksum(bytes, seed: crc)
    try writeAll(bytes, header: false)
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
      let failure: IndexError? = buffer.withUnsafeBytes { b in
        do throws(IndexError) {
          try writeAll(UnsafeRawBufferPointer(rebasing: b[..<n]), header: false)
          return nil
        } catch {
          return error
        }
      }
      if let failure { throw failure }
      at += n
    }
  }

  /// Writes the real header and, with `sync`, flushes the file to disk.
  func finish(sync: Bool) throws(IndexError) {
    var h = FileFormat.magic
    h.appendLE(UInt32(FileFormat.version))
    h += part.kind
    h.appendLE(crc)
    h.appendLE(UInt64(payloadBytes))
    let n = h.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    guard n == h.count else { throw .io(path: path, reason: "write failed: \(String(cString: strerror(errno)))") }
    if sync, fsync(fd) != 0 { throw .io(path: path, reason: "fsync failed") }
  }

  private func writeAll(_ bytes: UnsafeRawBufferPointer, header: Bool) throws(IndexError) {
    if header {
      let zeros = [UInt8](repeating: 0, count: FileFormat.headerSize)
      let n = zeros.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      guard n == zeros.count else { throw .io(path: path, reason: "write failed: \(String(cString: strerror(errno)))") }
      return
    }
    guard let base = bytes.baseAddress else { return }
    var offset = 0
    while offset < bytes.count {
      let n = write(fd, base + offset, min(bytes.count - offset, 1 << 24))
      guard n > 0 else { throw .io(path: path, reason: "write failed: \(String(cString: strerror(errno)))") }
      offset += n
    }
  }
}
