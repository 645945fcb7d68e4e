import CZstd

/// zstd through libzstd, for the blocks of stored records (`RecordBlocks`):
/// fast enough to compress every record at build time (a few hundred MB/s a
/// core at level 1) and to read a block back in tens of microseconds.
enum Zstd {
  /// Level 1: about 2.2 to 2.5 × on policy text in 32 KB blocks, the fastest
  /// to write; higher levels gained little for their time (measured).
  static let level: Int32 = 1

  /// One compression context, reused for many blocks by one thread at a time.
  final class Compressor: @unchecked Sendable {
    private let context: OpaquePointer

    init() {
      guard let context = ZSTD_createCCtx() else { preconditionFailure("zstd could not allocate a context") }
      self.context = context
    }

    deinit { ZSTD_freeCCtx(context) }

    /// The frame (with its content size) holding `bytes`.
    func compress(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
      let bound = ZSTD_compressBound(bytes.count)
      return [UInt8](unsafeUninitializedCapacity: bound) { out, count in
        let written = ZSTD_compressCCtx(context, out.baseAddress, bound, bytes.baseAddress, bytes.count, Zstd.level)
        precondition(ZSTD_isError(written) == 0, "zstd failed to compress a block")
        count = written
      }
    }
  }

  /// The `rawLength` bytes a frame holds; nil when it is not one frame of
  /// exactly that many bytes.
  static func decompress(_ frame: UnsafeRawBufferPointer, rawLength: Int) -> [UInt8]? {
    guard let base = frame.baseAddress, ZSTD_getFrameContentSize(base, frame.count) == UInt64(rawLength) else { return nil }
    var ok = false
    let out = [UInt8](unsafeUninitializedCapacity: rawLength) { buffer, count in
      let produced = ZSTD_decompress(buffer.baseAddress, rawLength, base, frame.count)
      ok = ZSTD_isError(produced) == 0 && produced == rawLength
      count = ok ? rawLength : 0
    }
    return ok ? out : nil
  }
}
