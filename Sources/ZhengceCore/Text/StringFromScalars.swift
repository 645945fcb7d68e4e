extension String {
  /// Builds a string from scalars by encoding UTF-8 directly: far faster on
  /// Linux than appending to a `String.UnicodeScalarView`.
  @inlinable
  public init<S: Collection>(scalars: S) where S.Element == Unicode.Scalar {
    var bytes = [UInt8]()
    bytes.reserveCapacity(scalars.count * 3)
    for u in scalars {
      let v = u.value
      switch v {
      case 0..<0x80:
        bytes.append(UInt8(v))
      case 0x80..<0x800:
        bytes.append(UInt8(0xC0 | v >> 6))
        bytes.append(UInt8(0x80 | v & 0x3F))
      case 0x800..<0x10000:
        bytes.append(UInt8(0xE0 | v >> 12))
        bytes.append(UInt8(0x80 | v >> 6 & 0x3F))
        bytes.append(UInt8(0x80 | v & 0x3F))
      default:
        bytes.append(UInt8(0xF0 | v >> 18))
        bytes.append(UInt8(0x80 | v >> 12 & 0x3F))
        bytes.append(UInt8(0x80 | v >> 6 & 0x3F))
        bytes.append(UInt8(0x80 | v & 0x3F))
      }
    }
    self = String(decoding: bytes, as: UTF8.self)
  }
}
