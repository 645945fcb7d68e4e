import Glibc

/// Encodes test text into encodings Zhengce refuses (Big5), through glibc iconv.
enum IconvEncoding {
  static func encode(_ text: String, to encoding: String) -> [UInt8]? {
    let cd = iconv_open(encoding, "UTF-8")
    if cd == iconv_t(bitPattern: -1) { return nil }
    defer { iconv_close(cd) }
    var input = Array(text.utf8)
    var out = [UInt8](repeating: 0, count: input.count * 4 + 16)
    let written = input.withUnsafeMutableBufferPointer { inBuf -> Int? in
      out.withUnsafeMutableBufferPointer { outBuf -> Int? in
        guard let inBase = inBuf.baseAddress, let outBase = outBuf.baseAddress else { return nil }
        var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase).assumingMemoryBound(to: CChar.self)
        var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase).assumingMemoryBound(to: CChar.self)
        var inLeft = inBuf.count
        var outLeft = outBuf.count
        if iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == -1 { return nil }
        return outBuf.count - outLeft
      }
    }
    return written.map { Array(out[0..<$0]) }
  }
}
