extension String {
  /// The first occurrence of `needle`, found by comparing UTF-8 bytes. The standard
  /// library's `firstRange(of:)` compares Characters through a generic searcher and
  /// costs microseconds a call on Linux; head and title rules ask it of every line.
  /// A match of valid UTF-8 starts and ends on scalar boundaries, so the range
  /// indexes `self` as any other.
  public func utf8Range(of needle: String) -> Range<String.Index>? {
    let n = Array(needle.utf8)
    guard let first = n.first else { return startIndex..<startIndex }
    var haystack = self
    return haystack.withUTF8 { h -> Range<Int>? in
      guard n.count <= h.count else { return nil }
      var i = 0
      while i + n.count <= h.count {
        if h[i] == first {
          var k = 1
          while k < n.count, h[i + k] == n[k] { k += 1 }
          if k == n.count { return i..<(i + n.count) }
        }
        i += 1
      }
      return nil
    }.map { utf8.index(startIndex, offsetBy: $0.lowerBound)..<utf8.index(startIndex, offsetBy: $0.upperBound) }
  }
}
