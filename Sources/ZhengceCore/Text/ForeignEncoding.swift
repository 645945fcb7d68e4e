#if canImport(Glibc)
  import Glibc
#endif

/// Recognises text in encodings Zhengce does not read, so that it is refused
/// by name instead of being decoded as mojibake: UTF-16 (its NUL bytes would
/// otherwise read as binary) and Big5 (whose bytes are nearly all valid GB18030).
public enum ForeignEncoding {
  /// What was found and the name `iconv -f` takes to convert it.
  public struct Found: Sendable, Hashable {
    public var description: String
    public var iconvName: String
  }

  /// UTF-16 by its byte-order mark, or without one when the first 8 KB hold
  /// NUL bytes mostly at odd offsets (little-endian: the high byte of ASCII)
  /// or mostly at even ones (big-endian) and read as valid UTF-16; binary data
  /// has them at both.
  public static func utf16(_ bytes: [UInt8]) -> Found? {
    if bytes.starts(with: [0xFF, 0xFE]) { return Found(description: "UTF-16 text (little-endian, with BOM)", iconvName: "UTF-16") }
    if bytes.starts(with: [0xFE, 0xFF]) { return Found(description: "UTF-16 text (big-endian, with BOM)", iconvName: "UTF-16") }
    let sample = Array(bytes.prefix(8192))
    var even = 0
    var odd = 0
    for (i, b) in sample.enumerated() where b == 0 {
      if i % 2 == 0 { even += 1 } else { odd += 1 }
    }
    if odd >= 4, odd >= 3 * even, isUTF16(sample, littleEndian: true) {
      return Found(description: "UTF-16 text (little-endian, no BOM)", iconvName: "UTF-16LE")
    }
    if even >= 4, even >= 3 * odd, isUTF16(sample, littleEndian: false) {
      return Found(description: "UTF-16 text (big-endian, no BOM)", iconvName: "UTF-16BE")
    }
    return nil
  }

  /// Whether the code units of `sample` pair their surrogates (a last unit cut off is allowed).
  private static func isUTF16(_ sample: [UInt8], littleEndian: Bool) -> Bool {
    let units = stride(from: 0, to: sample.count - 1, by: 2).map { i in
      littleEndian ? UInt16(sample[i]) | UInt16(sample[i + 1]) << 8 : UInt16(sample[i]) << 8 | UInt16(sample[i + 1])
    }
    var k = 0
    while k < units.count {
      switch units[k] {
      case 0xD800...0xDBFF:
        guard k + 1 < units.count else { return true }
        guard (0xDC00...0xDFFF).contains(units[k + 1]) else { return false }
        k += 2
      case 0xDC00...0xDFFF: return false
      default: k += 1
      }
    }
    return true
  }

  /// Big5, recognised from what its bytes decode to as GB18030: Big5's most
  /// common characters (lead bytes A4–A9 and the trail bytes 40–A0) land on
  /// GB18030's kana rows and private-use area, which Chinese policy text does
  /// not use. When at least a tenth of the non-ASCII characters (and 8) are
  /// such, and the bytes are valid Big5, the text is Big5.
  /// - Parameters:
  ///   - bytes: the file's bytes.
  ///   - gbText: the same bytes decoded as GB18030.
  public static func big5(_ bytes: [UInt8], gbText: String) -> Found? {
    var nonASCII = 0
    var implausible = 0
    for u in gbText.unicodeScalars where u.value >= 0x80 {
      nonASCII += 1
      switch u.value {
      case 0x3040...0x30FF, 0x3100...0x312F, 0xE000...0xF8FF: implausible += 1  // kana, bopomofo, private use
      default: break
      }
    }
    guard implausible >= 8, implausible * 10 >= nonASCII, isValidBig5(bytes) else { return nil }
    return Found(description: "Big5 text (traditional Chinese)", iconvName: "BIG5")
  }

  /// Whether iconv converts all of `bytes` from Big5 (a stray bad byte at the end, a cut file, is allowed).
  static func isValidBig5(_ bytes: [UInt8]) -> Bool {
    let cd = iconv_open("UTF-8", "BIG5")
    if cd == iconv_t(bitPattern: -1) { return false }
    defer { iconv_close(cd) }
    var input = bytes
    var out = [UInt8](repeating: 0, count: 64 * 1024)
    return input.withUnsafeMutableBufferPointer { inBuf -> Bool in
      guard let inBase = inBuf.baseAddress else { return false }
      var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase).assumingMemoryBound(to: CChar.self)
      var inLeft = inBuf.count
      while inLeft > 0 {
        let result = out.withUnsafeMutableBufferPointer { outBuf -> Int32 in
          guard let outBase = outBuf.baseAddress else { return EINVAL }
          var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase).assumingMemoryBound(to: CChar.self)
          var outLeft = outBuf.count
          return iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == -1 ? errno : 0
        }
        if result == E2BIG { continue }
        if result != 0 { return result == EINVAL || inLeft <= 1 }
      }
      return true
    }
  }
}
