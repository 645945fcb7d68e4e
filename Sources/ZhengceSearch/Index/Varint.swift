/// LEB128 unsigned varints and little-endian fixed-width integers.
enum Varint {
  @inline(__always)
  static func append(_ value: UInt64, to out: inout [UInt8]) {
    var v = value
    while v >= 0x80 {
      out.append(UInt8(truncatingIfNeeded: v) | 0x80)
      v >>= 7
    }
    out.append(UInt8(v))
  }

  @inline(__always)
  static func append(_ value: Int32, to out: inout [UInt8]) { append(UInt64(UInt32(bitPattern: value)), to: &out) }

  /// Decodes the varint at `p`, advancing it.
  @inline(__always)
  static func read(_ base: UnsafePointer<UInt8>, _ p: inout Int) -> UInt32 {
    var b = base[p]
    p += 1
    if b < 0x80 { return UInt32(b) }
    var v = UInt32(b & 0x7F)
    var shift: UInt32 = 7
    repeat {
      b = base[p]
      p += 1
      v |= UInt32(b & 0x7F) << shift
      shift += 7
    } while b >= 0x80 && shift < 35
    return v
  }
}

extension Array where Element == UInt8 {
  mutating func appendLE(_ v: UInt32) {
    append(UInt8(truncatingIfNeeded: v)); append(UInt8(truncatingIfNeeded: v >> 8))
    append(UInt8(truncatingIfNeeded: v >> 16)); append(UInt8(truncatingIfNeeded: v >> 24))
  }

  mutating func appendLE(_ v: UInt64) {
    appendLE(UInt32(truncatingIfNeeded: v))
    appendLE(UInt32(truncatingIfNeeded: v >> 32))
  }

  mutating func appendString(_ s: String) {
    Varint.append(UInt64(s.utf8.count), to: &self)
    append(contentsOf: s.utf8)
  }
}

extension UnsafeRawBufferPointer {
  @inline(__always)
  func u32(_ offset: Int) -> UInt32 { UInt32(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }

  @inline(__always)
  func u64(_ offset: Int) -> UInt64 { UInt64(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
}
