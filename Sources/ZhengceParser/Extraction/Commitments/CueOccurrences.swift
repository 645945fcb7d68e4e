import ZhengceCore

/// Where the words of one cue list are written in a measure, so that asking
/// "is a cue inside this clause?" for each quantity costs a binary search
/// instead of a scan of the clause.
struct CueOccurrences {
  /// (start, end) of every occurrence of every word, by start.
  fileprivate(set) var spans: [(start: Int, end: Int)] = []

  var isEmpty: Bool { spans.isEmpty }

  /// Drops the occurrences that overlap one of `masks` (a cue word inside a longer phrase
  /// that is no cue).
  mutating func remove(overlapping masks: CueOccurrences) {
    guard !masks.isEmpty, !spans.isEmpty else { return }
    spans.removeAll { span in masks.spans.contains { $0.start < span.end && span.start < $0.end } }
  }

  /// Adds the span `range`, which starts after every span held.
  mutating func add(_ range: Range<Int>) {
    spans.append((range.lowerBound, range.upperBound))
  }

  /// Adds `later`, all of which start after these.
  mutating func append(_ later: CueOccurrences) {
    spans += later.spans
  }

  /// Drops the occurrences that start where `shouldRemove` says.
  mutating func removeAll(startingWhere shouldRemove: (Int) -> Bool) {
    spans.removeAll { shouldRemove($0.start) }
  }

  /// Whether a cue is written wholly inside `range`.
  func any(in range: Range<Int>) -> Bool {
    var low = 0
    var high = spans.count
    while low < high {
      let mid = (low + high) / 2
      if spans[mid].start < range.lowerBound { low = mid + 1 } else { high = mid }
    }
    for span in spans[low...] {
      if span.start >= range.upperBound { return false }
      if span.end <= range.upperBound { return true }
    }
    return false
  }
}

/// Several cue lists searched in one pass over a text: one bit test per scalar,
/// whatever the number of lists.
struct CueSet: Sendable {
  /// Every word of every list, with the list it belongs to.
  private let words: [(word: [Unicode.Scalar], list: Int)]
  private let index: ScalarIndex
  private let listCount: Int

  init(_ lists: [[String]]) {
    words = lists.enumerated().flatMap { k, list in
      list.map { (Array($0.unicodeScalars), k) }.filter { !$0.0.isEmpty }
    }
    index = ScalarIndex(words.map(\.word))
    listCount = lists.count
  }

  /// Where each list's words are written in `text` (in `range` of it, when given), by list.
  func occurrences(in text: ScalarText, range: Range<Int>? = nil) -> [CueOccurrences] {
    var out = [CueOccurrences](repeating: CueOccurrences(), count: listCount)
    // Every scalar of a measure's quantity sentences is asked: read them unchecked.
    text.s.withUnsafeBufferPointer { s in
      for i in range ?? 0..<s.count where index.mayStart(s[i]) {
        for k in index.words(startingWith: s[i]) where s.has(words[k].word, at: i) {
          out[words[k].list].spans.append((i, i + words[k].word.count))
        }
      }
    }
    return out
  }
}
