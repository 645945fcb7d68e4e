import ZhengceCore

/// Finds documents cited in the text: 《title》 optionally followed by (文号),
/// and bare 文号 in parentheses. A cited 关于印发〈X〉的通知 is cited as X.
public struct CitationExtractor: Sendable {
  public init() {}

  public func citations(in s: [Unicode.Scalar], excludingTitle own: String? = nil) -> [Citation] {
    var out: [Citation] = []
    var seen = Set<Citation>()
    var consumedNumbers = Set<Int>()
    let numbers = DocNumberScanner.all(in: s)
    func add(_ c: Citation) {
      if seen.insert(c).inserted { out.append(c) }
    }
    var i = 0
    while i < s.count {
      guard s[i] == "《", let close = Self.matchingClose(s, from: i) else {
        i += 1
        continue
      }
      let title = Self.citedTitle(String(scalars: s[(i + 1)..<close]))
      // A 文号 right after the title, in parentheses, belongs to it.
      var number: String?
      if close + 1 < s.count, s[close + 1] == "(",
        let found = numbers.first(where: { $0.start == close + 2 && $0.end < s.count && s[$0.end] == ")" })
      {
        number = found.number
        consumedNumbers.insert(found.start)
      }
      if title != own, !title.isEmpty { add(Citation(title: title, docNumber: number)) }
      i = close + 1
    }
    for found in numbers where !consumedNumbers.contains(found.start) {
      let inParens = found.start > 0 && s[found.start - 1] == "(" && found.end < s.count && s[found.end] == ")"
      if inParens { add(Citation(title: nil, docNumber: found.number)) }
    }
    return out
  }

  /// The 》 closing the 《 at `open`, allowing nested 《》.
  static func matchingClose(_ s: [Unicode.Scalar], from open: Int) -> Int? {
    var depth = 0
    var i = open
    while i < s.count, i - open < 200 {
      if s[i] == "《" { depth += 1 }
      if s[i] == "》" {
        depth -= 1
        if depth == 0 { return i }
      }
      if s[i] == "\n" { return nil }
      i += 1
    }
    return nil
  }

  /// 中共中央办公厅国务院办公厅印发〈关于…的实施意见〉的通知 → 关于…的实施意见.
  static func citedTitle(_ title: String) -> String {
    guard title.hasSuffix("通知"),
      let open = title.firstIndex(where: { $0 == "〈" || $0 == "《" }),
      let close = title.lastIndex(where: { $0 == "〉" || $0 == "》" }), open < close
    else { return title }
    return String(title[title.index(after: open)..<close])
  }
}
