import Foundation
import Testing
import ZhengceTestSupport

/// `zhengce tasks --dept` with a body's current name also lists what its
/// predecessor was given in older documents, marked with the name written there.
@Suite struct TasksRenamingCommandTests {
  /// (document, path, role, department, as written, renamed) of each CSV row.
  private func rows(_ args: [String]) throws -> [[String]] {
    let out = try CommandRunner.run(["tasks"] + args + ["--format", "csv"])
    #expect(out.status == 0, "\(out.stderr)")
    let table = CSV.parse(out.stdout)
    let renamed = try #require(table.first?.firstIndex(of: "更名"))
    return table.dropFirst().map { [$0[0], $0[1], $0[3], $0[4], $0[5], $0[renamed]] }
  }

  @Test func theNewBureauListsTheFormerPovertyOfficesOfEveryYear() throws {
    let found = try rows(["--dept", "乡村振兴局"])
    #expect(found.count == 35)
    #expect(found.first == [
      CorpusFixtures.nanning, "三/(一)/5", "responsible", "市乡村振兴局", "市扶贫办", "市扶贫办 → 市乡村振兴局 (2021)",
    ])
    #expect(found.contains([CorpusFixtures.hunan, "五/(二)", "lead", "省乡村振兴局", "省扶贫办", "省扶贫办 → 省乡村振兴局 (2021)"]))
    #expect(found.contains([
      CorpusFixtures.ankang, "二/(十一)", "lead", "市乡村振兴局", "市扶贫开发局", "市扶贫开发局 → 市乡村振兴局 (2021)",
    ]))
    // The rest of the 扶贫 family, never renamed, carries no mark.
    #expect(found.contains([CorpusFixtures.ankang, "二/(十二)", "lead", "市脱贫攻坚领导小组办公室", "市脱贫办", ""]))
    #expect(found.filter { !$0[5].isEmpty }.count == 23)
  }

  @Test func aLevelledNewNameListsOnlyThatBody() throws {
    let found = try rows(["--dept", "省乡村振兴局"])
    #expect(found.map { $0[1] } == [
      "三/(二)", "三/(五)", "三/(六)", "三/(九)", "三/(十)", "四/(五)", "四/(六)", "四/(八)", "五/(二)", "五/(四)", "五/(五)", "五/(六)",
    ])
    #expect(found.allSatisfy { $0[0] == CorpusFixtures.hunan && $0[3] == "省乡村振兴局" && $0[4] == "省扶贫办" })
    #expect(try rows(["--dept", "市乡村振兴局"]).map { $0[0] } == [CorpusFixtures.nanning] + Array(repeating: CorpusFixtures.ankang, count: 10))
  }

  @Test func theAgricultureFamilyJoinsTheFormerCommitteeAndTheNewBureau() throws {
    let found = try rows(["--dept", "农业农村厅"])
    #expect(found.filter { $0[0] == CorpusFixtures.hunan } == [
      [CorpusFixtures.hunan, "三/(六)", "lead (分别)", "省农业农村厅", "省农委", "省农委 → 省农业农村厅 (2018)"],
      [CorpusFixtures.hunan, "四/(八)", "lead (分别)", "省农业农村厅", "省农委", "省农委 → 省农业农村厅 (2018)"],
    ])
    #expect(found.contains([CorpusFixtures.ankang, "二/(一)", "lead", "市农业农村局", "市农业农村局", ""]))
  }

  @Test func theTableMarksTheNameTheDocumentUsed() throws {
    let out = try CommandRunner.run(["tasks", "--dept", "湖南银保监局"])
    #expect(out.status == 0)
    let lines = out.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.last?.hasPrefix("\(CorpusFixtures.hunan)  三/(二)  lead (分别)  湖南银保监局 (原湖南银监局、湖南保监局)  ") == true)
    let forestry = try CommandRunner.run(["tasks", "--dept", "省林业局", "corpus/\(CorpusFixtures.hunan).txt"])
    #expect(forestry.stdout.contains("  省林业局 (原省林业厅)  "))
  }

  @Test func jsonCarriesTheRenaming() throws {
    let out = try CommandRunner.run(["tasks", "--dept", "省文化和旅游厅", "--format", "json", "corpus/\(CorpusFixtures.hunan).txt"])
    let rows = try out.stdout.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    #expect(rows.count == 1)
    #expect(rows.first?["path"] as? String == "三/(六)")
    #expect(rows.first?["departments"] as? [String] == ["省文化和旅游厅"])
    let renamed = try #require(rows.first?["renamed"] as? [[String: Any]])
    #expect(renamed.count == 1)
    #expect(renamed.first?["written"] as? String == "省旅发委")
    #expect(renamed.first?["former"] as? String == "省旅游发展委员会")
    #expect(renamed.first?["current"] as? String == "省文化和旅游厅")
    #expect(renamed.first?["year"] as? Int == 2018)
  }
}
