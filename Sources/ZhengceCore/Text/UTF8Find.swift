extension String {
  /// The first occurrence of `needle`, found by comparing UTF-8 bytes. The standard
  /// library's `firstRange(of:)` compares Characters through a generic searcher and
  /// costs microseconds a call on Linux; head and title rules ask it of every line.
  /// A match of valid UTF-8 starts and ends on scalar boundaries, so the range
  /// indexes `self` as any other.
  public func utf8Range(of needle: String) -> Range<String.Index>? {
    let n = Array(needle.utf8)
    guard !n.isEmpty else { return startIndex..<startIndex }
    var haystack = self
    var found: Int?
    haystack.withUTF8 { h in
      ByteSearch.forEach(n, in: UnsafeRawBufferPointer(h)) { at in
        found = at
        return false
      }
    }
    return found.map { utf8.index(startIndex, offsetBy: $0)..<utf8.index(startIndex, offsetBy: $0 + n.count) }
  }
}
