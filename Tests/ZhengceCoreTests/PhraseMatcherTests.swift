import Testing
import ZhengceCore

/// The trie behind topics and plugin detection: leftmost-longest matches for
/// scoring, every occurrence for detection, and the first-pair filter that
/// must never hide a phrase.
@Suite struct PhraseMatcherTests {
  private func matcher(_ phrases: [String]) -> PhraseMatcher {
    var m = PhraseMatcher()
    for (id, phrase) in phrases.enumerated() { m.insert(phrase, id: id) }
    return m
  }

  private func scalars(_ text: String) -> ArraySlice<Unicode.Scalar> { Array(text.unicodeScalars)[...] }

  @Test func longestMatchWinsAndScanningResumesAfterIt() {
    let m = matcher(["易地扶贫搬迁", "扶贫搬迁", "搬迁", "扶贫"])
    var found: [(Int, Range<Int>)] = []
    m.forEachMatch(in: scalars("实施易地扶贫搬迁和扶贫搬迁工程")) { found.append(($0, $1)) }
    #expect(found.map(\.0) == [0, 1])
    #expect(found.map(\.1) == [2..<8, 9..<13])
  }

  @Test func everyOccurrenceIncludesOverlaps() {
    let m = matcher(["湖南", "湖南省", "南省", "长沙"])
    var ids: [Int] = []
    m.forEachOccurrence(in: scalars("湖南省长沙市")) { ids.append($0) }
    #expect(ids == [0, 1, 2, 3])
  }

  @Test func singleScalarPhrasesAndPhrasesAtTheEndAreFound() {
    // A one-scalar phrase has no second scalar for the pair filter; a phrase
    // that ends the text must still be walked to its last scalar.
    let m = matcher(["桂", "陕西"])
    var ids: [Int] = []
    m.forEachOccurrence(in: scalars("桂政发陕西")) { ids.append($0) }
    #expect(ids == [0, 1])
    ids = []
    m.forEachOccurrence(in: scalars("陕")) { ids.append($0) }
    #expect(ids.isEmpty)
  }

  @Test func phrasesBeyondTheBasicPlaneAreFound() {
    let m = matcher(["𠮷野", "野家"])
    var ids: [Int] = []
    m.forEachOccurrence(in: scalars("𠮷野家")) { ids.append($0) }
    #expect(ids == [0, 1])
  }

  @Test func aTextWithNoPhraseGivesNothing() {
    let m = matcher(["扶贫", "乡村振兴"])
    var ids: [Int] = []
    m.forEachOccurrence(in: scalars("扶持贫困户发展产业,振兴乡村")) { ids.append($0) }
    m.forEachMatch(in: scalars("扶持贫困户发展产业,振兴乡村")) { id, _ in ids.append(id) }
    #expect(ids.isEmpty)
  }
}
