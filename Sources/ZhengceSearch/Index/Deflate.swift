import CZlib

/// Raw deflate (RFC 1951, no zlib header or trailer: each part file has its
/// CRC-32) through zlib, one stream state reused for many small inputs.
///
/// Stored documents are many parts of a few hundred bytes to a few kilobytes,
/// so the stream is reset rather than set up again for each, and its hash
/// table is kept small (`memLevel` 6), which a reset clears every time.
final class Deflater {
  /// At a fixed address: zlib checks that a stream is the one it set up.
  private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
  private let ready: Bool

  init() {
    stream.initialize(to: z_stream())
    ready = deflateInit2_(
      stream, Z_BEST_SPEED, Z_DEFLATED, -15, 6, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK
  }

  deinit {
    if ready { deflateEnd(stream) }
    stream.deallocate()
  }

  /// The deflated form of `bytes`.
  func deflate(_ bytes: [UInt8]) -> [UInt8] {
    precondition(ready, "zlib could not set up a deflate stream")
    deflateReset(stream)
    var out = [UInt8](repeating: 0, count: Int(deflateBound(stream, uLong(bytes.count))))
    let produced = bytes.withUnsafeBufferPointer { input in
      out.withUnsafeMutableBufferPointer { output -> Int in
        stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
        stream.pointee.avail_in = uInt(input.count)
        stream.pointee.next_out = output.baseAddress
        stream.pointee.avail_out = uInt(output.count)
        let status = CZlib.deflate(stream, Z_FINISH)
        precondition(status == Z_STREAM_END, "deflate with a bound-sized buffer did not finish (\(status))")
        return output.count - Int(stream.pointee.avail_out)
      }
    }
    out.removeLast(out.count - produced)
    return out
  }
}

/// Raw inflate of parts whose length is known, one stream state reused:
/// one per thread reading stored documents (`StoredEntry.part(_:with:)`).
///
/// zlib decodes quickly only while it has 6 bytes of input and 258 bytes of
/// room left, and a stored part is often under a kilobyte: the input is
/// copied into a buffer with padding after it, and the output given room to
/// spare, so that the whole part takes the fast path.
public final class Inflater {
  /// At a fixed address: zlib checks that a stream is the one it set up.
  private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
  private let ready: Bool
  private var input: [UInt8] = []
  private static let inputPadding = 8
  private static let outputRoom = 258

  public init() {
    stream.initialize(to: z_stream())
    ready = inflateInit2_(stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK
  }

  deinit {
    if ready { inflateEnd(stream) }
    stream.deallocate()
  }

  /// The `length` bytes `deflated` holds; nil when it does not hold exactly that many.
  func inflate(_ deflated: UnsafeRawBufferPointer, length: Int) -> [UInt8]? {
    guard ready, inflateReset(stream) == Z_OK else { return nil }
    input.removeAll(keepingCapacity: true)
    input.append(contentsOf: deflated)
    input.append(contentsOf: repeatElement(0, count: Self.inputPadding))
    var out = [UInt8](repeating: 0, count: length + Self.outputRoom)
    let (status, produced, unused) = input.withUnsafeMutableBufferPointer { source in
      out.withUnsafeMutableBufferPointer { output -> (Int32, Int, Int) in
        stream.pointee.next_in = source.baseAddress
        stream.pointee.avail_in = uInt(source.count)
        stream.pointee.next_out = output.baseAddress
        stream.pointee.avail_out = uInt(output.count)
        let status = CZlib.inflate(stream, Z_FINISH)
        return (status, output.count - Int(stream.pointee.avail_out), Int(stream.pointee.avail_in))
      }
    }
    // The stream must end exactly where the part does, with the recorded length.
    guard status == Z_STREAM_END, produced == length, unused == Self.inputPadding else { return nil }
    out.removeLast(Self.outputRoom)
    return out
  }
}
