import ZhengceCore
import ZhengceScript

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Counts a term's occurrences in a stored text under the analyzer's folding;
/// used to confirm candidates when an index has no positions, and only on
/// documents whose postings already contain every gram of the term.
struct TextFinder {
  private let needle: [UInt8]
  private let scalars: [UInt32]
  /// With no letters or digits in the term, and no character another folds to
  /// (贫 for 貧), folding cannot matter: byte search is exact.
  private let plainBytes: Bool

  init(_ term: String) {
    let folded = Analyzer.folded(term)
    needle = Array(folded.utf8)
    scalars = folded.unicodeScalars.map(\.value)
    plainBytes = !folded.unicodeScalars.contains {
      ScriptRunTokenizer.wordByte($0.value) != nil || ScriptRunTokenizer.script.isTarget($0.value)
    }
  }

  /// Decodes the scalar at `p` (advancing it), folded as the analyzer folds.
  @inline(__always)
  static func folded(_ b: UnsafeBufferPointer<UInt8>, _ p: inout Int) -> UInt32 {
    let v = UTF8Decoding.scalar(b, at: &p)
    return ScriptRunTokenizer.wordByte(v).map(UInt32.init) ?? ScriptRunTokenizer.script.fold(v)
  }

  /// Occurrences (overlapping ones included) and whether the first starts within `headingEnd` scalars.
  func occurrences(in text: UnsafeRawBufferPointer, headingEnd: Int) -> (count: Int32, inHeading: Bool) {
    guard let base = text.baseAddress, !needle.isEmpty else { return (0, false) }
    if plainBytes {
      var count: Int32 = 0
      var firstByte = -1
      let last = Int32(needle[needle.count - 1])
      let n = needle.count
      var at = n - 1
      needle.withUnsafeBytes { nb in
        guard let nbase = nb.baseAddress else { return }
        // Find the needle's last byte with memchr, then compare what precedes it.
        while at < text.count, let hit = memchr(base + at, last, text.count - at) {
          let end = base.distance(to: UnsafeRawPointer(hit))
          let start = end - (n - 1)
          if memcmp(base + start, nbase, n - 1) == 0 {
            if firstByte < 0 { firstByte = start }
            count += 1
          }
          at = end + 1
        }
      }
      guard count > 0, headingEnd > 0 else { return (count, false) }
      var scalarsBefore = 0
      for i in 0..<firstByte where text[i] & 0xC0 != 0x80 { scalarsBefore += 1 }
      return (count, scalarsBefore < headingEnd)
    }
    // Letters or digits in the term: compare scalar by scalar, folding the text as we go.
    let bytes = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: text.count)
    var count: Int32 = 0
    var first = -1
    var i = 0
    var offset = 0
    while i < bytes.count {
      var p = i
      var k = 0
      while k < scalars.count, p < bytes.count, Self.folded(bytes, &p) == scalars[k] { k += 1 }
      if k == scalars.count {
        count += 1
        if first < 0 { first = offset }
      }
      i += UTF8Decoding.length(bytes[i])
      offset += 1
    }
    return (count, first >= 0 && first < headingEnd)
  }
}
