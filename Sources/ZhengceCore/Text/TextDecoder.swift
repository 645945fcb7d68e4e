import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The encodings Zhengce reads. GBK and GB2312 are read as their superset GB18030.
public enum TextEncoding: String, Sendable, Hashable {
  case utf8 = "utf-8"
  case gb18030 = "gb18030"

  /// Maps a declared charset label (meta tag, HTTP header) to what we decode with.
  public init?(label: String) {
    switch label.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " \"'")) {
    case "utf-8", "utf8": self = .utf8
    case "gb2312", "gbk", "gb18030", "cp936", "x-gbk", "euc-cn", "windows-936": self = .gb18030
    default: return nil
    }
  }
}

/// Bytes → String, detecting UTF-8 (with or without BOM) or GB18030.
public enum TextDecoder {
  /// The decoded text and what it was decoded from.
  public struct Decoded: Sendable {
    public var text: String
    public var encoding: TextEncoding
    /// Byte sequences replaced by U+FFFD (GB18030 only; valid UTF-8 has none).
    public var replacements: Int
    /// Bytes skipped before the text (a BOM).
    public var prefixLength: Int
  }

  /// Decodes `bytes`, trying UTF-8 first and GB18030 second. UTF-8 with a few
  /// broken sequences (a file cut mid-character) stays UTF-8, each broken
  /// sequence replaced and counted.
  /// - Throws: `SourceError` when the bytes are empty, binary, UTF-16 or Big5,
  ///   neither encoding, or only whitespace.
  public static func decode(_ bytes: [UInt8], path: String, preferred: TextEncoding? = nil) throws(SourceError) -> Decoded {
    if bytes.isEmpty { throw .empty(path: path) }
    if let found = ForeignEncoding.utf16(bytes) {
      throw .unsupportedEncoding(path: path, found: found.description, iconvName: found.iconvName)
    }
    if looksBinary(bytes) { throw .binary(path: path) }
    let decoded = try decodeText(bytes, path: path, preferred: preferred)
    if decoded.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{FEFF}" }) {
      throw .blank(path: path)
    }
    return decoded
  }

  private static func decodeText(_ bytes: [UInt8], path: String, preferred: TextEncoding?) throws(SourceError) -> Decoded {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    if bytes.starts(with: bom) {
      let body = bytes.dropFirst(3)
      if let text = String(validating: body, as: UTF8.self) {
        return Decoded(text: text, encoding: .utf8, replacements: 0, prefixLength: 3)
      }
    }
    if preferred != .gb18030, let text = String(validating: bytes, as: UTF8.self) {
      return Decoded(text: text, encoding: .utf8, replacements: 0, prefixLength: 0)
    }
    if preferred != .gb18030 {
      // GB18030 text hardly ever forms valid UTF-8 multi-byte sequences, so ten
      // of them for each broken one is UTF-8 that was damaged or cut short.
      let check = UTF8Check(bytes)
      if check.invalid > 0, check.multibyte >= 10 * check.invalid {
        let prefix = bytes.starts(with: bom) ? 3 : 0
        let text = String(decoding: bytes[prefix...], as: UTF8.self)
        return Decoded(text: text, encoding: .utf8, replacements: check.invalid, prefixLength: prefix)
      }
    }
    let (text, invalid) = GB18030.decode(bytes)
    // A stray bad byte happens in real pages; a text mostly made of them is not GB18030.
    if invalid > Swift.max(2, bytes.count / 1000) {
      if preferred == .gb18030, let text = String(validating: bytes, as: UTF8.self) {
        return Decoded(text: text, encoding: .utf8, replacements: 0, prefixLength: 0)
      }
      throw .undecodable(path: path, invalidBytes: invalid)
    }
    if let found = ForeignEncoding.big5(bytes, gbText: text) {
      throw .unsupportedEncoding(path: path, found: found.description, iconvName: found.iconvName)
    }
    return Decoded(text: text, encoding: .gb18030, replacements: invalid, prefixLength: 0)
  }

  /// Many C0 controls (NUL included) mean the file is not text. A few stray
  /// ones are text with noise: the normaliser drops them and the parser says so.
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    let sample = bytes.prefix(8192)
    var controls = 0
    for b in sample where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C {
      controls += 1
    }
    return controls * 20 > sample.count
  }
}

/// GB18030 decoding through glibc iconv, tolerating bad bytes.
public enum GB18030 {
  /// Decodes `bytes`; each invalid sequence becomes one U+FFFD and is counted
  /// (`invalidLength` says how long a sequence is).
  public static func decode(_ bytes: [UInt8]) -> (text: String, invalid: Int) {
    guard let cd = iconvOpen() else { return (String(decoding: bytes, as: UTF8.self), bytes.count) }
    defer { iconv_close(cd) }
    var out = [UInt8]()
    out.reserveCapacity(bytes.count * 3 / 2 + 16)
    var invalid = 0
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    bytes.withUnsafeBufferPointer { input in
      guard let base = input.baseAddress else { return }
      var inPtr = UnsafeMutablePointer<CChar>(mutating: UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self))
      var inLeft = input.count
      while inLeft > 0 {
        let (written, result, err) = chunk.withUnsafeMutableBufferPointer { buf -> (Int, Int, Int32) in
          guard let outBase = buf.baseAddress else { return (0, -1, EINVAL) }
          var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase).assumingMemoryBound(to: CChar.self)
          var outLeft = buf.count
          var inOpt: UnsafeMutablePointer<CChar>? = inPtr
          let r = iconv(cd, &inOpt, &inLeft, &outPtr, &outLeft)
          let e = errno
          if let advanced = inOpt { inPtr = advanced }
          return (buf.count - outLeft, r, e)
        }
        out.append(contentsOf: chunk[0..<written])
        if result == -1 {
          if err == E2BIG { continue }
          // EILSEQ or EINVAL: replace the sequence and go on.
          let skip = invalidLength(input, at: input.count - inLeft)
          out.append(contentsOf: [0xEF, 0xBF, 0xBD])
          invalid += 1
          inPtr += skip
          inLeft -= skip
        }
      }
    }
    return (String(decoding: out, as: UTF8.self), invalid)
  }

  /// How many bytes at `i` one U+FFFD replaces when they do not decode. A
  /// four-byte sequence (lead, digit, lead, digit) is one character even when
  /// it is cut: at the end of the bytes all that is left of it goes, and a
  /// lead and digit whose sequence breaks off go together, so the digit is
  /// never read as a stray "2". Any other bad byte goes alone.
  static func invalidLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    let left = bytes.count - i
    guard left >= 2, isLead(bytes[i]), isDigit(bytes[i + 1]) else { return 1 }
    if left >= 4, isLead(bytes[i + 2]), isDigit(bytes[i + 3]) { return 4 }
    if left <= 3 { return left }
    return 2
  }

  private static func isLead(_ b: UInt8) -> Bool { b >= 0x81 && b <= 0xFE }
  private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  /// Where each character starts (plus the end), by the byte structure of
  /// GB18030: one byte below 0x80, four when the second byte is a digit, else
  /// two; a sequence that does not decode spans what the decoder replaces
  /// with one U+FFFD (`invalidLength`).
  public static func sequenceStarts(_ bytes: [UInt8]) -> [Int] {
    var starts: [Int] = []
    starts.reserveCapacity(bytes.count)
    bytes.withUnsafeBufferPointer { buffer in
      var i = 0
      while i < buffer.count {
        starts.append(i)
        let b = buffer[i]
        guard isLead(b), i + 1 < buffer.count else {
          i += 1
          continue
        }
        let next = buffer[i + 1]
        if isDigit(next) {
          i += invalidLength(buffer, at: i)
        } else if next >= 0x40, next <= 0xFE, next != 0x7F {
          i += 2
        } else {
          i += 1
        }
      }
    }
    starts.append(bytes.count)
    return starts
  }

  private static func iconvOpen() -> iconv_t? {
    let cd = iconv_open("UTF-8", "GB18030")
    if cd == iconv_t(bitPattern: -1) { return nil }
    return cd
  }

  /// Encodes a string as GB18030 (used by tests and fixtures).
  public static func encode(_ text: String) -> [UInt8]? { Iconv.encode(text, to: "GB18030") }
}
