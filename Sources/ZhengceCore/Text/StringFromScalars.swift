extension String {
  /// Builds a string from scalars by encoding their UTF-8 straight into the
  /// string's storage: far faster on Linux than appending to a
  /// `String.UnicodeScalarView`, and no byte array in between.
  @inlinable
  public init<S: Collection>(scalars: S) where S.Element == Unicode.Scalar {
    self.init(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
      guard let out = buffer.baseAddress else { return 0 }
      var n = 0
      for u in scalars { n &+= u.writeUTF8(to: out + n) }
      return n
    }
  }
}

extension Unicode.Scalar {
  /// Writes the scalar's UTF-8 bytes (one to four) at `out`; returns how many.
  @inlinable @inline(__always)
  public func writeUTF8(to out: UnsafeMutablePointer<UInt8>) -> Int {
    let v = value
    switch v {
    case 0..<0x80:
      out[0] = UInt8(v)
      return 1
    case 0x80..<0x800:
      out[0] = UInt8(0xC0 | v >> 6)
      out[1] = UInt8(0x80 | v & 0x3F)
      return 2
    case 0x800..<0x10000:
      out[0] = UInt8(0xE0 | v >> 12)
      out[1] = UInt8(0x80 | v >> 6 & 0x3F)
      out[2] = UInt8(0x80 | v & 0x3F)
      return 3
    default:
      out[0] = UInt8(0xF0 | v >> 18)
      out[1] = UInt8(0x80 | v >> 12 & 0x3F)
      out[2] = UInt8(0x80 | v >> 6 & 0x3F)
      out[3] = UInt8(0x80 | v & 0x3F)
      return 4
    }
  }
}
