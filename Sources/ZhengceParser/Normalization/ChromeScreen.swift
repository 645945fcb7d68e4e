/// A quick test every chrome line passes, so `ChromeFilter.isChrome` (string
/// prefixes and searches) runs only on the few lines that might be chrome:
/// the first scalar of a prefix (or 首 of 首页), the first two scalars of a
/// fragment somewhere in the line, or the last scalar of a view counter.
struct ChromeScreen: Sendable {
  private var firsts: [Unicode.Scalar] = ["首"]
  private var fragmentHeads: [[Unicode.Scalar]] = []
  /// An empty prefix makes every line chrome.
  private var everyLine = false

  init(_ filter: ChromeFilter) {
    for prefix in filter.prefixes {
      guard let first = prefix.unicodeScalars.first else { everyLine = true; continue }
      if !firsts.contains(first) { firsts.append(first) }
    }
    for fragment in filter.fragments where !fragment.isEmpty {
      let head = Array(fragment.unicodeScalars.prefix(2))
      if !fragmentHeads.contains(head) { fragmentHeads.append(head) }
    }
  }

  /// False only when `line` cannot be chrome.
  func mayBeChrome(_ line: [Unicode.Scalar]) -> Bool {
    guard let first = line.first, let last = line.last else { return everyLine }
    if everyLine || firsts.contains(first) { return true }
    if last == "K" || last == "k" || last == "万" || last == "W" { return true }
    for head in fragmentHeads {
      var i = 0
      while i + head.count <= line.count {
        if line[i] == head[0], head.count == 1 || line[i + 1] == head[1] { return true }
        i += 1
      }
    }
    return false
  }
}
