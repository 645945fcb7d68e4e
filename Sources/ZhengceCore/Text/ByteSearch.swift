/// Substring search over UTF-8 bytes: several times faster than `String`
/// search on Linux, and exact for UTF-8 (a match never starts mid-character).
public struct ByteSearch: Sendable {
  public let haystack: [UInt8]

  public init(_ text: String) {
    haystack = Array(text.utf8)
  }

  /// How many non-overlapping times `needle` occurs.
  public func count(_ needle: String) -> Int {
    var n = 0
    forEach(needle) { _ in
      n += 1
      return true
    }
    return n
  }

  public func contains(_ needle: String) -> Bool {
    var found = false
    forEach(needle) { _ in
      found = true
      return false
    }
    return found
  }

  /// Calls `body` with each match's byte offset; `body` returns false to stop.
  public func forEach(_ needle: String, _ body: (Int) -> Bool) {
    let n = Array(needle.utf8)
    guard let first = n.first, n.count <= haystack.count else { return }
    haystack.withUnsafeBufferPointer { h in
      var i = 0
      let last = h.count - n.count
      while i <= last {
        if h[i] == first {
          var k = 1
          while k < n.count, h[i + k] == n[k] { k += 1 }
          if k == n.count {
            if !body(i) { return }
            i += n.count
            continue
          }
        }
        i += 1
      }
    }
  }
}
