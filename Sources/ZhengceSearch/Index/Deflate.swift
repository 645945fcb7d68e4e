import CZlib

/// Raw deflate (RFC 1951, no zlib header or trailer: each part file has its
/// CRC-32) through zlib, one stream state reused for many small inputs.
///
/// Stored documents are many parts of a few hundred bytes to a few kilobytes,
/// so the stream is reset rather than set up again for each, and its hash
/// table is kept small (`memLevel` 6), which a reset clears every time.
final class Deflater {
  private var stream = z_stream()
  private let ready: Bool

  init() {
    ready = deflateInit2_(
      &stream, Z_BEST_SPEED, Z_DEFLATED, -15, 6, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK
  }

  deinit { if ready { deflateEnd(&stream) } }

  /// The deflated form of `bytes`.
  func deflate(_ bytes: [UInt8]) -> [UInt8] {
    precondition(ready, "zlib could not set up a deflate stream")
    deflateReset(&stream)
    var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))))
    let produced = bytes.withUnsafeBufferPointer { input in
      out.withUnsafeMutableBufferPointer { output -> Int in
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
        stream.avail_in = uInt(input.count)
        stream.next_out = output.baseAddress
        stream.avail_out = uInt(output.count)
        let status = CZlib.deflate(&stream, Z_FINISH)
        precondition(status == Z_STREAM_END, "deflate with a bound-sized buffer did not finish (\(status))")
        return output.count - Int(stream.avail_out)
      }
    }
    out.removeLast(out.count - produced)
    return out
  }
}

/// Raw inflate of parts whose length is known, one stream state reused:
/// one per thread reading stored documents (`StoredEntry.part(_:with:)`).
public final class Inflater {
  private var stream = z_stream()
  private let ready: Bool

  public init() {
    ready = inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK
  }

  deinit { if ready { inflateEnd(&stream) } }

  /// The `length` bytes `deflated` holds; nil when it does not hold exactly that many.
  func inflate(_ deflated: UnsafeRawBufferPointer, length: Int) -> [UInt8]? {
    guard ready, inflateReset(&stream) == Z_OK else { return nil }
    guard length > 0 else { return deflated.isEmpty || inflatesToNothing(deflated) ? [] : nil }
    var out = [UInt8](repeating: 0, count: length)
    let ok = out.withUnsafeMutableBufferPointer { output -> Bool in
      stream.next_in = UnsafeMutablePointer(mutating: deflated.baseAddress?.assumingMemoryBound(to: Bytef.self))
      stream.avail_in = uInt(deflated.count)
      stream.next_out = output.baseAddress
      stream.avail_out = uInt(output.count)
      return CZlib.inflate(&stream, Z_FINISH) == Z_STREAM_END && stream.avail_out == 0 && stream.avail_in == 0
    }
    return ok ? out : nil
  }

  /// Whether `deflated` is a complete stream of no bytes.
  private func inflatesToNothing(_ deflated: UnsafeRawBufferPointer) -> Bool {
    var byte: UInt8 = 0
    return withUnsafeMutablePointer(to: &byte) { output in
      stream.next_in = UnsafeMutablePointer(mutating: deflated.baseAddress?.assumingMemoryBound(to: Bytef.self))
      stream.avail_in = uInt(deflated.count)
      stream.next_out = output
      stream.avail_out = 1
      return CZlib.inflate(&stream, Z_FINISH) == Z_STREAM_END && stream.avail_out == 1 && stream.avail_in == 0
    }
  }
}
