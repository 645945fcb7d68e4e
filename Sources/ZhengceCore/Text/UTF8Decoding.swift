/// The package's one UTF-8 decoder: the parser's scalar arrays, the search
/// analyzer's tokens and the stored-text search all read scalars through it.
public enum UTF8Decoding {
  /// Bytes in the sequence that `lead` starts: 1 to 4.
  @inlinable @inline(__always)
  public static func length(_ lead: UInt8) -> Int { lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4 }

  /// The value of the scalar at `i` of `bytes` (`i < bytes.count`), moving `i` past it.
  /// The bytes are UTF-8 (a String's, or text an index stored): lead bytes are not
  /// validated, and a sequence cut short by the end of `bytes` reads as U+FFFD.
  @inlinable @inline(__always)
  public static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: inout Int) -> UInt32 {
    let lead = bytes[i]
    if lead < 0x80 {
      i += 1
      return UInt32(lead)
    }
    let n = length(lead)
    guard i + n <= bytes.count else {
      i = bytes.count
      return 0xFFFD
    }
    var v = UInt32(lead) & (0xFF >> UInt32(n + 1))
    for k in 1..<n { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
    i += n
    return v
  }
}
