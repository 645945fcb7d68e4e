import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing whole buffers to a descriptor, continuing after short writes: the
/// part files of a merge and the spill files of a build share it.
enum FileWrites {
  /// Writes all of `bytes` to `fd` at its file position.
  /// - Throws: `IndexError.io` naming `path` and the system's reason.
  static func all(_ bytes: UnsafeRawBufferPointer, to fd: Int32, path: String) throws(IndexError) {
    guard let base = bytes.baseAddress else { return }
    var offset = 0
    while offset < bytes.count {
      let n = write(fd, base + offset, min(bytes.count - offset, 1 << 24))
      guard n > 0 else { throw .io(path: path, reason: "write failed: \(String(cString: strerror(errno)))") }
      offset += n
    }
  }

  static func all(_ bytes: [UInt8], to fd: Int32, path: String) throws(IndexError) {
    try bytes.withUnsafeBufferPointer { (buffer) throws(IndexError) in try all(UnsafeRawBufferPointer(buffer), to: fd, path: path) }
  }
}
