import CZlib

/// CRC-32 (IEEE 802.3, reflected) as zlib computes it, by zlib: several times
/// faster than a table-driven loop, and every index open checks every file.
enum CRC32 {
  static func checksum(_ bytes: UnsafeRawBufferPointer, seed: UInt32 = 0) -> UInt32 {
    guard var p = bytes.baseAddress?.assumingMemoryBound(to: Bytef.self) else { return seed }
    var crc = UInt(seed)
    var left = bytes.count
    while left > 0 {
      let n = min(left, 1 << 30)
      crc = CZlib.crc32(crc, p, uInt(n))
      p += n
      left -= n
    }
    return UInt32(truncatingIfNeeded: crc)
  }

  /// The CRC-32 of `first` followed by `secondLength` bytes whose CRC-32 is `second`:
  /// lets pieces of one file be checked on several cores.
  static func combine(_ first: UInt32, _ second: UInt32, secondLength: Int) -> UInt32 {
    UInt32(truncatingIfNeeded: CZlib.crc32_combine(UInt(first), UInt(second), off_t(secondLength)))
  }

  static func checksum(_ bytes: [UInt8]) -> UInt32 {
    bytes.withUnsafeBytes { checksum($0) }
  }
}
