import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file mapped read-only, unmapped when released. Index parts, spilled
/// segments and records files are read through one; what a reader has gone
/// past can be dropped from the process's memory (`release(upTo:)`), since
/// pages read through a mapping count in its resident size until then.
public final class ReadOnlyMapping: @unchecked Sendable {
  /// The file's bytes (no bytes for an empty file).
  public let bytes: UnsafeRawBufferPointer

  /// Maps the first `size` bytes of the open descriptor `fd`, which the
  /// caller keeps or closes; nil when the system refuses.
  public init?(descriptor fd: Int32, size: Int) {
    guard size > 0 else {
      bytes = UnsafeRawBufferPointer(start: nil, count: 0)
      return
    }
    guard let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else { return nil }
    bytes = UnsafeRawBufferPointer(start: p, count: size)
  }

  deinit {
    if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
  }

  /// Drops the pages before `offset` from this process's memory; they are
  /// read again from the file if touched.
  public func release(upTo offset: Int) {
    guard let base = bytes.baseAddress else { return }
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    let end = min(offset, bytes.count) / page * page
    if end > 0 { _ = madvise(UnsafeMutableRawPointer(mutating: base), end, MADV_DONTNEED) }
  }
}
