extension Array where Element == Unicode.Scalar {
  /// The scalars of `text` (at most `limit` of them), decoded in one pass over its
  /// UTF-8 bytes: `Array(text.unicodeScalars)` walks the text twice (count, then copy).
  package init(scalarsOf text: String, limit: Int = .max) {
    let decoded: [Unicode.Scalar]? = text.utf8.withContiguousStorageIfAvailable { bytes in
      [Unicode.Scalar](unsafeUninitializedCapacity: Swift.min(bytes.count, limit)) { out, count in
        var i = 0
        var n = 0
        while i < bytes.count && n < limit {
          // A String's UTF-8 is always valid, so every decoded value is a scalar.
          let v = UTF8Decoding.scalar(bytes, at: &i)
          (out.baseAddress! + n).initialize(to: unsafeBitCast(v, to: Unicode.Scalar.self))
          n += 1
        }
        count = n
      }
    }
    self = decoded ?? Array(text.unicodeScalars.prefix(limit))
  }
}
