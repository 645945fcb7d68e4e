extension String {
  /// Builds a string from scalars by encoding their UTF-8 straight into the
  /// string's storage: far faster on Linux than appending to a
  /// `String.UnicodeScalarView`, and no byte array in between.
  @inlinable
  public init<S: Collection>(scalars: S) where S.Element == Unicode.Scalar {
    self.init(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
      guard let out = buffer.baseAddress else { return 0 }
      var n = 0
      for u in scalars {
        let v = u.value
        switch v {
        case 0..<0x80:
          out[n] = UInt8(v)
          n &+= 1
        case 0x80..<0x800:
          out[n] = UInt8(0xC0 | v >> 6)
          out[n &+ 1] = UInt8(0x80 | v & 0x3F)
          n &+= 2
        case 0x800..<0x10000:
          out[n] = UInt8(0xE0 | v >> 12)
          out[n &+ 1] = UInt8(0x80 | v >> 6 & 0x3F)
          out[n &+ 2] = UInt8(0x80 | v & 0x3F)
          n &+= 3
        default:
          out[n] = UInt8(0xF0 | v >> 18)
          out[n &+ 1] = UInt8(0x80 | v >> 12 & 0x3F)
          out[n &+ 2] = UInt8(0x80 | v >> 6 & 0x3F)
          out[n &+ 3] = UInt8(0x80 | v & 0x3F)
          n &+= 4
        }
      }
      return n
    }
  }
}
