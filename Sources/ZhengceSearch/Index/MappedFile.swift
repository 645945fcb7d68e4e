import Dispatch
import Foundation
import ZhengceCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only memory map of one index file (never rewritten in place: writers
/// build a new generation, so a live mapping cannot be truncated under us).
final class MappedFile: @unchecked Sendable {
  let path: String
  private let mapping: ReadOnlyMapping
  var bytes: UnsafeRawBufferPointer { mapping.bytes }
  /// Kept open to checksum the file with reads rather than through the mapping.
  private let fd: Int32

  init(path: String) throws(IndexError) {
    self.path = path
    fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw .corrupt(path: path, reason: "file missing or unreadable") }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .io(path: path, reason: "cannot stat") }
    let size = Int(info.st_size)
    guard size > 0 else { throw .corrupt(path: path, reason: "empty file") }
    guard let mapping = ReadOnlyMapping(descriptor: fd, size: size) else {
      close(fd)
      throw .io(path: path, reason: "cannot map file")
    }
    self.mapping = mapping
  }

  deinit { close(fd) }

  /// The payload after a checked header of the given part: magic, version,
  /// kind and length. Its CRC-32 is left to `checkPayload()`, which reads it all.
  func payload(_ part: FileFormat.Part) throws(IndexError) -> UnsafeRawBufferPointer {
    let h = FileFormat.headerSize
    guard bytes.count >= h, Array(bytes[0..<4]) == FileFormat.magic else {
      throw .corrupt(path: path, reason: "not an index file")
    }
    let version = Int(bytes.u32(4))
    guard version == FileFormat.version else {
      throw .versionMismatch(path: path, found: version, expected: FileFormat.version)
    }
    guard Array(bytes[8..<12]) == part.kind else { throw .corrupt(path: path, reason: "wrong file kind") }
    let length = bytes.u64(16)
    guard length == UInt64(bytes.count - h) else {
      throw .corrupt(path: path, reason: "length \(bytes.count - h), header says \(length)")
    }
    return UnsafeRawBufferPointer(rebasing: bytes[h...])
  }

  /// Drops the mapped pages before `offset` (a file offset) from the process's
  /// memory: a merge or an update reads a part once, front to back.
  func release(upTo offset: Int) { mapping.release(upTo: offset) }

  /// Checks the payload against the CRC-32 in the header.
  func checkPayload() throws(IndexError) {
    if try checksum(from: FileFormat.headerSize) != bytes.u32(12) { throw .corrupt(path: path, reason: "checksum mismatch") }
  }

  /// `count` bytes from `offset`, read with `pread` (not through the mapping,
  /// so that a pass over a large file leaves nothing counted in memory).
  func read(at offset: Int, count: Int) throws(IndexError) -> [UInt8] {
    guard offset >= 0, count >= 0, offset + count <= bytes.count else { throw .corrupt(path: path, reason: "read past the end") }
    var out = [UInt8](repeating: 0, count: count)
    var done = 0
    while done < count {
      let n = out.withUnsafeMutableBytes { buffer in
        pread(fd, buffer.baseAddress.map { $0 + done }, count - done, off_t(offset + done))
      }
      guard n > 0 else { throw .io(path: path, reason: "cannot read (\(String(cString: strerror(errno))))") }
      done += n
    }
    return out
  }

  /// The CRC-32 of the file from `offset` on, read with `pread`: pages read
  /// through the mapping would count in the process's memory for as long as
  /// it runs, and a command that reads a few parts of a large index should not
  /// carry all of it. A large file is cut into one piece per core, the pieces'
  /// checksums combined: a part is checked when a query first reads it, and
  /// that query waits for it.
  private func checksum(from offset: Int) throws(IndexError) -> UInt32 {
    let length = bytes.count - offset
    let pieces = length < 1 << 22 ? 1 : Cores.available
    guard pieces > 1 else { return try checksum(offset..<bytes.count) }
    let bounds = (0...pieces).map { offset + length * $0 / pieces }
    let sums = ConcurrentSlots<Result<UInt32, IndexError>>(count: pieces)
    DispatchQueue.concurrentPerform(iterations: pieces) { k in
      sums.set(k, Result { () throws(IndexError) in try checksum(bounds[k]..<bounds[k + 1]) })
    }
    var crc: UInt32 = 0
    for (k, sum) in sums.written.enumerated() {
      crc = CRC32.combine(crc, try sum.get(), secondLength: bounds[k + 1] - bounds[k])
    }
    return crc
  }

  /// The CRC-32 of the bytes of the file in `range`, read a megabyte at a time.
  private func checksum(_ range: Range<Int>) throws(IndexError) -> UInt32 {
    let chunk = 1 << 20
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 16)
    defer { buffer.deallocate() }
    var crc: UInt32 = 0
    var at = range.lowerBound
    while at < range.upperBound {
      let n = pread(fd, buffer.baseAddress, min(chunk, range.upperBound - at), off_t(at))
      guard n > 0 else { throw .io(path: path, reason: "cannot read (\(String(cString: strerror(errno))))") }
      crc = CRC32.checksum(UnsafeRawBufferPointer(rebasing: buffer[..<n]), seed: crc)
      at += n
    }
    return crc
  }
}
