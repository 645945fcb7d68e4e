import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// The commitments of the five corpus documents against their golden files
/// (Golden/commitments-<stem>.tsv), asserted on real measures through the parser.
@Suite struct CommitmentsGoldenTests {
  @Test(arguments: CorpusFixtures.all)
  func commitmentsMatchTheGoldenFile(stem: String) throws {
    let golden = try CommitmentsGolden(stem: stem)
    let result = try CorpusFixtures.parse(stem)
    #expect(result.document.measures.reduce(0) { $0 + $1.commitments.count } == golden.total, "total of \(stem)")
    // Compared as values (nil is not ""); the rows are only for the message.
    let found = golden.measures.map { place, _ in
      CorpusFixtures.measure(result, place.path, occurrence: place.occurrence)?.commitments.map { c in
        var c = c
        c.kind = nil
        return c
      }
    }
    guard found != golden.measures.map(\.commitments) else { return }
    let expected = golden.measures.flatMap { place, commitments in commitments.map { CommitmentsGolden.row(place, $0) } }
    let actual = zip(golden.measures, found).flatMap { measure, commitments in
      commitments?.map { CommitmentsGolden.row(measure.place, $0) } ?? ["(no measure \(measure.place.path) #\(measure.place.occurrence))"]
    }
    Issue.record("\(stem): commitments differ from \(CommitmentsGolden.url(stem).lastPathComponent)\n\(CommitmentsGolden.diff(expected: expected, actual: actual))")
  }
}
