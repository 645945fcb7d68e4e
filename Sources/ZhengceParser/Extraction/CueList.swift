import ZhengceCore

/// A list of cue words (确保, 列第一位者为牵头部门 …) indexed by their first scalar, so
/// that a scan over a text tests one bit per scalar and compares words only where
/// one may start.
struct CueList: Sendable {
  /// Longest first, so that a longer word wins over its prefix.
  let words: [[Unicode.Scalar]]
  let index: ScalarIndex

  init(_ list: [String]) {
    words = list.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    index = ScalarIndex(words)
  }

  /// Where the first cue written in `scalars` starts.
  func firstStart(in scalars: [Unicode.Scalar]) -> Int? {
    for i in scalars.indices where index.mayStart(scalars[i]) {
      for k in index.words(startingWith: scalars[i]) where scalars.has(words[k], at: i) { return i }
    }
    return nil
  }
}
