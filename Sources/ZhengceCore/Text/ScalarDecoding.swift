extension Array where Element == Unicode.Scalar {
  /// The scalars of `text` (at most `limit` of them), decoded in one pass over its
  /// UTF-8 bytes: `Array(text.unicodeScalars)` walks the text twice (count, then copy).
  package init(scalarsOf text: String, limit: Int = .max) {
    let decoded: [Unicode.Scalar]? = text.utf8.withContiguousStorageIfAvailable { bytes in
      [Unicode.Scalar](unsafeUninitializedCapacity: Swift.min(bytes.count, limit)) { out, count in
        var i = 0
        var n = 0
        while i < bytes.count && n < limit {
          let b0 = UInt32(bytes[i])
          var v: UInt32
          if b0 < 0x80 {
            v = b0
            i += 1
          } else if b0 < 0xE0 {
            v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            i += 2
          } else if b0 < 0xF0 {
            v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            i += 3
          } else {
            v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
              | UInt32(bytes[i + 3] & 0x3F)
            i += 4
          }
          // A String's UTF-8 is always valid, so every decoded value is a scalar.
          (out.baseAddress! + n).initialize(to: unsafeBitCast(v, to: Unicode.Scalar.self))
          n += 1
        }
        count = n
      }
    }
    self = decoded ?? Array(text.unicodeScalars.prefix(limit))
  }
}
