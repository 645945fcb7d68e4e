/// The package's one UTF-8 decoder: the parser's scalar arrays, the search
/// analyzer's tokens and the stored-text search all read scalars through it.
package enum UTF8Decoding {
  /// Bytes in the sequence that `lead` starts: 1 to 4.
  @inlinable @inline(__always)
  package static func length(_ lead: UInt8) -> Int { lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4 }

  /// The value of the scalar at `i` of `bytes` (`i < bytes.count`), moving `i` past it.
  /// The bytes are UTF-8 (a String's, or text an index stored): lead bytes are not
  /// validated, and a sequence cut short by the end of `bytes` reads as U+FFFD.
  @inlinable @inline(__always)
  package static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: inout Int) -> UInt32 {
    let b0 = UInt32(bytes[i])
    if b0 < 0x80 {
      i += 1
      return b0
    }
    let n = bytes.count
    if b0 < 0xE0, i + 1 < n {
      defer { i += 2 }
      return (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
    }
    if b0 < 0xF0, i + 2 < n {
      defer { i += 3 }
      return (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
    }
    if i + 3 < n {
      defer { i += 4 }
      return (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
        | UInt32(bytes[i + 3] & 0x3F)
    }
    i = n
    return 0xFFFD
  }
}
