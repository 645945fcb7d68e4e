import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Invariants of every commitment over the whole corpus.
@Suite struct CommitmentsPropertyTests {
  @Test(arguments: CorpusFixtures.all)
  func surfacesAreNumbersOfTheirMeasure(_ stem: String) throws {
    let document = try CorpusFixtures.parse(stem).document
    var count = 0
    for measure in document.measures {
      for c in measure.commitments {
        count += 1
        #expect(measure.text.contains(c.surface), "\(measure.id): \(c.surface)")
        #expect(c.surface.unicodeScalars.contains { ("0"..."9").contains($0) || ChineseNumber.isNumeral($0) }, "\(c.surface)")
      }
    }
    #expect(count > 0)
  }

  @Test(arguments: CorpusFixtures.all)
  func fieldsAreConsistent(_ stem: String) throws {
    let document = try CorpusFixtures.parse(stem).document
    for c in document.measures.flatMap(\.commitments) {
      if let deadline = c.deadline {
        #expect([4, 7, 10].contains(deadline.count) && Int(deadline.prefix(4)).map { (1949...2100).contains($0) } == true, "\(deadline)")
      }
      #expect((c.comparator == .range) == (c.max != nil), "\(c.surface)")
      if let max = c.max { #expect(max > c.value, "\(c.surface)") }
      if c.from != nil { #expect(c.comparator == .to || c.comparator == .atLeast || c.comparator == .atMost, "\(c.surface)") }
      #expect(!c.unit.isEmpty && c.value >= 0, "\(c.surface)")
    }
  }
}
