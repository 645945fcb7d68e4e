/// Counts valid multi-byte and invalid sequences in UTF-8 bytes, in one pass.
public struct UTF8Check: Sendable {
  /// Valid sequences of two to four bytes.
  public var multibyte = 0
  /// Broken sequences, each counted once.
  public var invalid = 0

  public init(_ bytes: [UInt8]) {
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        i += 1
        continue
      }
      let length: Int
      switch b {
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: length = 0
      }
      // A broken sequence counts once, over its lead and the continuation bytes that
      // follow it (the maximal subpart String(decoding:) replaces with one U+FFFD).
      var k = 1
      while length > 0, k < length, i + k < n, bytes[i + k] & 0xC0 == 0x80 { k += 1 }
      if length > 0 && k == length {
        multibyte += 1
      } else {
        invalid += 1
      }
      i += k
    }
  }
}
