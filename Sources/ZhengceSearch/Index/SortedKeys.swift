/// Keys numbered in byte order: a segment's term dictionary, or the terms of
/// a generation merged from its segments (`TermIndex`). Both are searched the
/// same way: a binary search for a key, and for the range of keys with a prefix.
protocol SortedKeys {
  var count: Int { get }
  func key(_ i: Int) -> UnsafeBufferPointer<UInt8>
}

extension SortedKeys {
  /// The number of `key`, if present.
  func find(_ key: [UInt8]) -> Int? {
    let i = lowerBound(key)
    guard i < count, Self.compare(self.key(i), key, prefixOnly: false) == 0 else { return nil }
    return i
  }

  /// The keys that start with `prefix`, in order.
  func range(prefix: [UInt8]) -> Range<Int> {
    let lo = lowerBound(prefix)
    var (l, hi) = (lo, count)
    while l < hi {
      let mid = (l + hi) / 2
      if Self.compare(key(mid), prefix, prefixOnly: true) <= 0 { l = mid + 1 } else { hi = mid }
    }
    return lo..<l
  }

  /// The first key not below `target`.
  private func lowerBound(_ target: [UInt8]) -> Int {
    var (lo, hi) = (0, count)
    while lo < hi {
      let mid = (lo + hi) / 2
      if Self.compare(key(mid), target, prefixOnly: false) < 0 { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// Byte order of `a` and `b`; with `prefixOnly`, `a` is cut to `b`'s length first.
  @inline(__always)
  private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: [UInt8], prefixOnly: Bool) -> Int {
    let n = min(a.count, b.count)
    for i in 0..<n where a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
    if prefixOnly, a.count >= b.count { return 0 }
    return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
  }
}
