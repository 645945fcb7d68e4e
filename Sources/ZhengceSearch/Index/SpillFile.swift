import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file in the spill directory written front to back through a buffer of
/// one megabyte, with its CRC-32 kept as it grows when `checksummed` (a file
/// copied into a generation's part needs it; a spilled segment's do not).
final class SpillFile {
  let path: String
  let fd: Int32
  private let checksummed: Bool
  private var buffer: [UInt8] = []
  /// Bytes appended, the buffered ones included.
  private(set) var bytes = 0
  private(set) var crc: UInt32 = 0

  init(_ path: String, checksummed: Bool = true) throws(IndexError) {
    self.path = path
    self.checksummed = checksummed
    fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw .io(path: path, reason: "cannot create file") }
    buffer.reserveCapacity(1 << 20)
  }

  deinit { closeDescriptor(fd) }

  func append(_ data: [UInt8]) throws(IndexError) {
    try data.withUnsafeBufferPointer { (b) throws(IndexError) in try append(b) }
  }

  @inline(__always)
  func append(_ data: UnsafeBufferPointer<UInt8>) throws(IndexError) {
    guard data.count > 0 else { return }
    if checksummed { crc = CRC32.checksum(UnsafeRawBufferPointer(data), seed: crc) }
    if buffer.count + data.count > 1 << 20 { try drain() }
    if data.count > 1 << 19 {
      try FileWrites.all(UnsafeRawBufferPointer(data), to: fd, path: path)
    } else {
      buffer.append(contentsOf: data)
    }
    bytes += data.count
  }

  /// Writes what is buffered: the file then holds every byte appended.
  func drain() throws(IndexError) {
    guard !buffer.isEmpty else { return }
    try FileWrites.all(buffer, to: fd, path: path)
    buffer.removeAll(keepingCapacity: true)
  }
}

private func closeDescriptor(_ fd: Int32) { _ = close(fd) }
