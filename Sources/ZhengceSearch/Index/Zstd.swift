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
      // Each frame carries a checksum of its content, so a block is checked when it is read.
      ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, Zstd.level)
      ZSTD_CCtx_setParameter(context, ZSTD_c_checksumFlag, 1)
    }

    deinit { ZSTD_freeCCtx(context) }

    /// The frame (with its content size and checksum) holding `bytes`.
    func compress(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
      let bound = ZSTD_compressBound(bytes.count)
      return [UInt8](unsafeUninitializedCapacity: bound) { out, count in
        let written = ZSTD_compress2(context, out.baseAddress, bound, bytes.baseAddress, bytes.count)
        precondition(ZSTD_isError(written) == 0, "zstd failed to compress a block")
        count = written
      }
    }
  }

  /// The `rawLength` bytes a frame holds; nil when it is not one frame of
  /// exactly that many bytes, or its content fails the frame's checksum.
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
