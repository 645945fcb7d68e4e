import ZhengceCore

/// Decides how to decode a page's bytes: the declared charset is honoured, but
/// the bytes have the last word (a page labelled gb2312 that is valid UTF-8 is
/// UTF-8; one labelled UTF-8 full of invalid sequences is GB18030).
enum CharsetDetector {
  /// The charset a `<meta>` tag declares in the first 4 KB (`charset=gb2312`,
  /// `<meta charset="utf-8">`), mapped to what we decode with; nil if none or unknown.
  static func declared(in bytes: [UInt8]) -> TextEncoding? {
    let head = Array(bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 })
    let key = Array("charset".utf8)
    var i = 0
    while i + key.count < head.count {
      guard head[i] == key[0], head[i..<(i + key.count)].elementsEqual(key), isInsideMeta(head, i) else {
        i += 1
        continue
      }
      var j = i + key.count
      while j < head.count && (head[j] == 0x20 || head[j] == 0x09) { j += 1 }
      guard j < head.count, head[j] == UInt8(ascii: "=") else {
        i = j
        continue
      }
      j += 1
      while j < head.count && (head[j] == 0x20 || head[j] == 0x22 || head[j] == 0x27) { j += 1 }
      var label: [UInt8] = []
      while j < head.count, label.count < 40, isLabelByte(head[j]) {
        label.append(head[j])
        j += 1
      }
      return TextEncoding(label: String(decoding: label, as: UTF8.self))
    }
    return nil
  }

  /// Decodes `bytes` for the HTML path.
  /// - Throws: `SourceError` when the bytes are empty, binary, or neither encoding.
  static func decode(_ bytes: [UInt8], path: String) throws(SourceError) -> Decoded {
    if bytes.isEmpty { throw .empty(path: path) }
    let declared = declared(in: bytes)
    let utf8 = UTF8Check(bytes)
    if utf8.invalid == 0 {
      return Decoded(try TextDecoder.decode(bytes, path: path, preferred: .utf8))
    }
    // Mostly valid UTF-8 with a few broken sequences: GB18030 would read those bytes as
    // mojibake without complaint, so keep UTF-8 and replace the broken ones. A page that
    // declares UTF-8 needs less evidence than one that declares GB or nothing.
    let factor = declared == .utf8 ? 1 : 10
    if utf8.multibyte >= factor * utf8.invalid {
      if bytes.prefix(8192).contains(0) { throw .binary(path: path) }
      return Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: .utf8, replacements: utf8.invalid)
    }
    return Decoded(try TextDecoder.decode(bytes, path: path, preferred: .gb18030))
  }

  /// Decoded page text, where it came from, and how many sequences were replaced.
  struct Decoded {
    var text: String
    var encoding: TextEncoding
    var replacements: Int

    init(text: String, encoding: TextEncoding, replacements: Int) {
      self.text = text
      self.encoding = encoding
      self.replacements = replacements
    }

    init(_ d: TextDecoder.Decoded) {
      self.init(text: d.text, encoding: d.encoding, replacements: d.replacements)
    }
  }

  private static func isLabelByte(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F
  }

  /// Whether position `i` sits inside a `<meta …>` tag.
  private static func isInsideMeta(_ head: [UInt8], _ i: Int) -> Bool {
    var k = i
    while k > 0 {
      k -= 1
      if head[k] == UInt8(ascii: ">") { return false }
      if head[k] == UInt8(ascii: "<") {
        return head[(k + 1)...].starts(with: Array("meta".utf8))
      }
    }
    return false
  }
}
