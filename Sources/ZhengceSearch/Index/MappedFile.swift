#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only memory map of one index file (never rewritten in place: writers
/// build a new generation, so a live mapping cannot be truncated under us).
final class MappedFile: @unchecked Sendable {
  let path: String
  let bytes: UnsafeRawBufferPointer

  init(path: String) throws(IndexError) {
    self.path = path
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw .corrupt(path: path, reason: "file missing or unreadable") }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .io(path: path, reason: "cannot stat") }
    let size = Int(info.st_size)
    guard size > 0 else { throw .corrupt(path: path, reason: "empty file") }
    guard let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else {
      throw .io(path: path, reason: "cannot map file")
    }
    bytes = UnsafeRawBufferPointer(start: p, count: size)
  }

  deinit {
    if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
  }

  /// The payload after a checked header of the given part.
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
    let body = UnsafeRawBufferPointer(rebasing: bytes[h...])
    guard CRC32.checksum(body) == bytes.u32(12) else { throw .corrupt(path: path, reason: "checksum mismatch") }
    return body
  }
}
