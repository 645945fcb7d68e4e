/// The reference semantics of a term: does `text` contain `term` as a
/// substring of Unicode scalars, letters and digits folded as the analyzer folds
/// them. The index must agree with this on every query; tests and
/// `zhengce bench` check it by scanning.
public enum SubstringScan {
  public static func contains(_ text: String, _ term: String) -> Bool {
    let needle = Array(Analyzer.folded(term).utf8)
    guard !needle.isEmpty else { return true }
    let hay = Array(Analyzer.folded(text).utf8)
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
