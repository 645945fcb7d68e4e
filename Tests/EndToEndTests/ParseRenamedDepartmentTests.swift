import Foundation
import Testing
import ZhengceCore
import ZhengceTestSupport

/// `zhengce parse --json` adds `renamedFrom`/`renamedIn` to a department written under a former name, and only there.
@Suite struct ParseRenamedDepartmentTests {
  @Test func ankangsPovertyBureauIsTodaysRuralRevitalisationBureau() throws {
    let run = try CommandRunner.run(["parse", "--json", "corpus/\(CorpusFixtures.ankang).txt"])
    #expect(run.status == 0, "\(run.stderr)")
    let validator = try JSONSchemaValidator(
      schemaData: Data(contentsOf: try #require(ParseCommandTests.schemaURL)))
    #expect(try validator.validate(Data(run.stdout.utf8)).isEmpty)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let measures = try #require(json["measures"] as? [[String: Any]])
    let measure = try #require(measures.first { $0["path"] as? [String] == ["二", "(十一)"] })
    let departments = try #require(measure["departments"] as? [[String: Any]])
    #expect(departments.map { $0["name"] as? String } == ["市财政局", "市乡村振兴局", "市审计局"])
    let bureau = departments[1]
    #expect(bureau["surface"] as? String == "市扶贫开发局")
    #expect(bureau["renamedFrom"] as? String == "市扶贫开发局")
    #expect(bureau["renamedIn"] as? Int == 2021)
    #expect(bureau["family"] as? String == "扶贫")
    #expect(bureau["role"] as? String == "lead")
    #expect(departments[0]["renamedFrom"] == nil && departments[0].keys.contains("renamedIn") == false)
  }
}
