/// Reads back what a `StoredRecordWriter` wrote for one record. Every read
/// returns nil instead of reading past the record, so damaged bytes give no record, never a crash.
public struct StoredRecordReader {
  private let base: UnsafePointer<UInt8>
  private let end: Int
  private var p = 0

  /// Reads `bytes`; nil for an empty (unmapped) buffer.
  init?(_ bytes: UnsafeRawBufferPointer) {
    guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
    self.base = base
    end = bytes.count
  }

  /// A count; nil past the end or for a count larger than the record could hold.
  public mutating func count() -> Int? {
    guard p < end else { return nil }
    var q = p
    var v: UInt64 = 0
    var shift: UInt64 = 0
    while q < end {
      let b = base[q]
      q += 1
      v |= UInt64(b & 0x7F) << shift
      if b < 0x80 {
        p = q
        return v <= UInt64(end) ? Int(v) : nil
      }
      shift += 7
      if shift > 35 { return nil }
    }
    return nil
  }

  public mutating func string() -> String? {
    guard let n = count(), p + n <= end else { return nil }
    let s = String(decoding: UnsafeBufferPointer(start: base + p, count: n), as: UTF8.self)
    p += n
    return s
  }

  /// A count, then that many strings.
  public mutating func list() -> [String]? {
    guard let n = count() else { return nil }
    var out: [String] = []
    for _ in 0..<n {
      guard let s = string() else { return nil }
      out.append(s)
    }
    return out
  }

  /// The UTF-8 of the record's text (it comes first), without decoding it or the rest.
  mutating func textBytes() -> UnsafeRawBufferPointer? {
    guard let n = count(), p + n <= end else { return nil }
    return UnsafeRawBufferPointer(start: base + p, count: n)
  }

  /// Decodes the whole record as `R`.
  mutating func record<R: IndexableRecord>(as: R.Type) -> R? {
    guard let text = string() else { return nil }
    return R(text: text, stored: &self)
  }
}
