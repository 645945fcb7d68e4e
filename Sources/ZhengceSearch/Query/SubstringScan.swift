/// The reference semantics of a term: does `text` contain `term` as a
/// substring of Unicode scalars, letters and digits folded as the analyzer folds
/// them. The index must agree with this on every query; tests and
/// `zhengce bench` check it by scanning.
public enum SubstringScan {
  public static func contains(_ text: String, _ term: String) -> Bool {
    contains(bytes: Array(Analyzer.folded(text).utf8), Array(Analyzer.folded(term).utf8))
  }

  /// The same on already folded UTF-8.
  public static func contains(bytes hay: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty else { return true }
    guard needle.count <= hay.count else { return false }
    let first = needle[0]
    for i in 0...(hay.count - needle.count) where hay[i] == first {
      var k = 1
      while k < needle.count, hay[i + k] == needle[k] { k += 1 }
      if k == needle.count { return true }
    }
    return false
  }
}
