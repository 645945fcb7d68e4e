import ZhengceCore
import ZhengceScript

/// The one scanner behind indexing and querying: splits text into the
/// character stream and word runs in a single pass over its UTF-8 bytes.
///
/// Every scalar that is not an ASCII letter or digit (full-width forms count as
/// ASCII) belongs to the character stream: Han, punctuation, symbols and spaces.
/// Inside a run of the stream each scalar starts one token: the bigram with the
/// scalar after it, and the last scalar of the run a unigram. So every scalar
/// of the text is the start of exactly one term, which is what lets any
/// substring, of any length, be answered from the index alone.
///
/// Letter/digit runs become one word each, folded to lowercase ASCII.
/// Han characters are folded from Traditional to Simplified (`CharacterFolding`,
/// one scalar for one), so 扶贫 and 扶貧 are the same terms at the same positions.
enum ScriptRunTokenizer {
  /// The Traditional → Simplified folding every text and query goes through.
  static let script = CharacterFolding.simplified

  /// Key of a gram in the build-time hash table; its numeric order is the byte
  /// order of the gram's UTF-8 (first scalar, then the second, unigram first).
  @inline(__always)
  static func gramKey(_ first: UInt32, _ second: UInt32?) -> UInt64 {
    UInt64(first) << 22 | (second.map { UInt64($0) + 1 } ?? 0)
  }

  /// The scalars of a gram key.
  static func gramScalars(_ key: UInt64) -> (UInt32, UInt32?) {
    let first = UInt32(truncatingIfNeeded: key >> 22)
    let low = UInt32(truncatingIfNeeded: key & 0x3F_FFFF)
    return (first, low == 0 ? nil : low - 1)
  }

  /// The folded ASCII byte of a word scalar, or nil for stream scalars.
  @inline(__always)
  static func wordByte(_ v: UInt32) -> UInt8? {
    switch v {
    case 0x30...0x39, 0x61...0x7A: return UInt8(v)
    case 0x41...0x5A: return UInt8(v + 0x20)
    case 0xFF10...0xFF19: return UInt8(v - 0xFF10 + 0x30)
    case 0xFF21...0xFF3A: return UInt8(v - 0xFF21 + 0x61)
    case 0xFF41...0xFF5A: return UInt8(v - 0xFF41 + 0x61)
    default: return nil
    }
  }

  /// Calls `gram(key, position)` and `word(foldedBytes, position, length)` for
  /// every token of `text`, in position order. Returns the text's length in scalars.
  @discardableResult @inline(__always)
  static func scan(
    _ text: String,
    gram: (UInt64, Int) -> Void,
    word: (UnsafeBufferPointer<UInt8>, Int, Int) -> Void
  ) -> Int {
    var copy = text
    let script = Self.script
    return copy.withUTF8 { bytes in
      var wordBuffer = [UInt8]()
      wordBuffer.reserveCapacity(32)
      var previous: UInt32 = 0
      var hasPrevious = false
      var wordStart = -1
      var offset = 0
      var i = 0
      let n = bytes.count
      @inline(__always) func flushWord() {
        if wordStart >= 0 {
          wordBuffer.withUnsafeBufferPointer { word($0, wordStart, offset - wordStart) }
          wordBuffer.removeAll(keepingCapacity: true)
          wordStart = -1
        }
      }
      while i < n {
        let v = script.fold(UTF8Decoding.scalar(bytes, at: &i))
        if let folded = wordByte(v) {
          if hasPrevious {
            gram(gramKey(previous, nil), offset - 1)
            hasPrevious = false
          }
          if wordStart < 0 { wordStart = offset }
          wordBuffer.append(folded)
        } else {
          flushWord()
          if hasPrevious { gram(gramKey(previous, v), offset - 1) }
          previous = v
          hasPrevious = true
        }
        offset += 1
      }
      flushWord()
      if hasPrevious { gram(gramKey(previous, nil), offset - 1) }
      return offset
    }
  }
}
