#if canImport(Glibc)
import Glibc
#endif

/// Encoding text through glibc iconv, for tests and fixtures (GB18030 pages, Big5 files).
public enum Iconv {
  /// `text` in `encoding` (an iconv name: GB18030, BIG5 …); nil when iconv cannot convert it.
  public static func encode(_ text: String, to encoding: String) -> [UInt8]? {
    let cd = iconv_open(encoding, "UTF-8")
    if cd == iconv_t(bitPattern: -1) { return nil }
    defer { iconv_close(cd) }
    var input = Array(text.utf8)
    var out = [UInt8](repeating: 0, count: input.count * 4 + 16)
    let ok = input.withUnsafeMutableBufferPointer { inBuf -> Int? in
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
    guard let n = ok else { return nil }
    return Array(out[0..<n])
  }
}
