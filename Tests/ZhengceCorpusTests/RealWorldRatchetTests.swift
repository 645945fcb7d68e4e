import Foundation
import Testing
import ZhengceCorpus
import ZhengceParser
import ZhengceTestSupport

/// The real-world corpus as a ratchet: every expectation that passed when the
/// baseline was written still passes, and the README shows today's scoreboard.
@Suite struct RealWorldRatchetTests {
  static let folder = CorpusFixtures.root.appendingPathComponent("Tests/Fixtures/realworld")
  static let baselinePath = folder.appendingPathComponent("baseline.txt").path
  static let update = "scripts/update-accuracy.sh"

  /// Every record of every expectation file, checked once for the suite.
  static let report: Result<CheckReport, Error> = Result {
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("expectations").path)
      .filter { $0.hasSuffix(".jsonl") }.sorted()
    let records = try files.flatMap { try ExpectationFile.read(folder.appendingPathComponent("expectations/\($0)").path) }
    let parser = CorpusParser(parser: Parser(registry: try PluginSetup.registry(pluginDirectories: [])))
    let (report, errors) = ExpectationCheck(parser: parser).run(records, documents: folder.path)
    guard errors.isEmpty else { throw CheckError.badRecord(origin: "realworld", reason: errors.joined(separator: "; ")) }
    return report
  }

  @Test func noExpectationThatPassedHasRegressed() throws {
    let regressions = try CheckBaseline.read(Self.baselinePath).regressions(in: try Self.report.get())
    #expect(regressions.isEmpty, "expectations that passed in baseline.txt and fail now:\n\(regressions.joined(separator: "\n"))")
  }

  @Test func theBaselineRecordsEveryPass() throws {
    let improvements = try CheckBaseline.read(Self.baselinePath).improvements(in: try Self.report.get())
    #expect(improvements.isEmpty, "\(improvements.count) expectations pass that baseline.txt does not list; record them with\n\(Self.update)\n\(improvements.prefix(20).joined(separator: "\n"))")
  }

  @Test func theReadmeTableIsTheScoreboard() throws {
    let readme = try String(contentsOf: CorpusFixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
    let start = try #require(readme.range(of: "<!-- check:begin -->\n"))
    let end = try #require(readme.range(of: "<!-- check:end -->", range: start.upperBound..<readme.endIndex))
    let shown = String(readme[start.upperBound..<end.lowerBound])
    #expect(shown == ScoreboardRenderer(report: try Self.report.get()).markdown, "update the README's tables with\n\(Self.update)")
  }

  @Test func theCorpusCoversTheCountry() throws {
    let report = try Self.report.get()
    #expect(report.documents.count >= 150)
    let kinds = Set(report.kinds)
    for kind in ["plan", "opinions", "funds-notice", "announcement", "rules", "work-points", "task-division", "assessment", "program"] {
      #expect(kinds.contains(kind), "no document of kind \(kind)")
    }
    #expect(report.tally(.quantityValue).checked >= 400)
    #expect(report.tally(.department).checked >= 60)
  }
}
