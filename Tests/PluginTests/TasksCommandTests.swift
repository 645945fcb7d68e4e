import Foundation
import Testing
import ZhengceTestSupport

/// `zhengce tasks` on the bundled corpus, run as a binary.
@Suite struct TasksCommandTests {
  /// (document, path, role, department) of each CSV row.
  private func rows(_ args: [String]) throws -> [[String]] {
    try table(args).map { [$0[0], $0[1], $0[3], $0[4]] }
  }

  private func table(_ args: [String]) throws -> [[String]] {
    let out = try CommandRunner.run(["tasks"] + args + ["--format", "csv"])
    #expect(out.status == 0, "\(out.stderr)")
    return Array(CSV.parse(out.stdout).dropFirst())
  }

  @Test func financeFamilyListsHunanAndAnkangTogether() throws {
    let found = try rows(["--dept", "财政"])
    #expect(found.count == 28)
    let hunan = found.filter { $0[0] == CorpusFixtures.hunan }
    #expect(hunan.map { $0[1] } == ["三/(一)", "三/(二)", "三/(三)", "三/(六)", "三/(七)", "四/(四)", "四/(五)", "四/(八)", "五/(四)"])
    #expect(Set(hunan.map { $0[3] }) == ["省财政厅"])
    #expect(hunan.first?[2] == "lead")
    let ankang = found.filter { $0[0] == CorpusFixtures.ankang }
    #expect(ankang.count == 17)
    #expect(ankang.first == [CorpusFixtures.ankang, "二/(十一)", "lead", "市财政局"])
    #expect(ankang.contains([CorpusFixtures.ankang, "二/(十二)", "support", "市财政局"]))
    #expect(ankang.last == [CorpusFixtures.ankang, "附件12/六", "responsible", "财政部门"])
  }

  @Test func aCanonicalNameListsOnlyThatBody() throws {
    let found = try rows(["--dept", "省财政厅"])
    #expect(found.count == 9)
    #expect(found.allSatisfy { $0[0] == CorpusFixtures.hunan && $0[3] == "省财政厅" })
  }

  @Test func anAliasFindsItsFamilyAcrossLevels() throws {
    let found = try rows(["--dept", "人社局"])
    #expect(found.contains([CorpusFixtures.ankang, "二/(二)", "lead", "市人力资源和社会保障局"]))
    #expect(found.contains([CorpusFixtures.hunan, "三/(八)", "lead (分别)", "省人力资源和社会保障厅"]))
    #expect(found.contains([CorpusFixtures.nanning, "四/(三)", "support", "人社部门"]))
    let written = Set(try table(["--dept", "人社局"]).map { $0[5] })
    #expect(written.isSuperset(of: ["市人社局", "省人力资源社会保障厅", "人社"]))
    let exact = try rows(["--dept", "市人社局"])
    #expect(Set(exact.map { $0[3] }) == ["市人力资源和社会保障局"])
  }

  @Test func anAliasResolvesToItsCanonicalBody() throws {
    let found = try rows(["--dept", "省扶贫办"])
    #expect(found.count == 12)
    #expect(found.allSatisfy { $0[0] == CorpusFixtures.hunan && $0[3] == "省乡村振兴局" })
  }

  @Test func roleAndProvinceFilters() throws {
    let found = try rows(["--dept", "财政", "--role", "support", "--province", "陕西"])
    #expect(found.map { $0[1] } == ["二/(十二)", "附件11/三/2", "附件12", "附件12/一", "附件12/二", "附件12/四", "附件12/五"])
  }

  @Test func csvIsQuotedAndMayStartWithABOM() throws {
    let out = try CommandRunner.run(["tasks", "--dept", "审计", "--format", "csv", "--bom", "corpus/\(CorpusFixtures.hunan).txt"])
    #expect(out.stdout.hasPrefix(
      "\u{FEFF}文件,编号,标题,角色,单位,原文写法,其他牵头单位,配合单位,责任单位,完成时限,时限精度,时限原文,指标,指标类型,任务内容,更名,措施编号,省份,文件标题\r\n"))
    #expect(out.stdout.contains("\r\n\(CorpusFixtures.hunan),五/(四),\"强化资金监管,提升使用效益\",lead (分别),省审计厅,省审计厅,省财政厅;省乡村振兴局,"))
  }

  @Test func markdownAndJSON() throws {
    let md = try CommandRunner.run(["tasks", "--dept", "水利", "--format", "markdown", "corpus/\(CorpusFixtures.hunan).txt"])
    #expect(md.stdout.split(separator: "\n").count == 3)
    #expect(md.stdout.contains("| \(CorpusFixtures.hunan) | 四/(三) | 保障贫困户饮水安全 | lead | 省水利厅 | 省水利厅 |"))
    let json = try CommandRunner.run(["tasks", "--dept", "水利", "--format", "json", "corpus/\(CorpusFixtures.hunan).txt"])
    let rows = try json.stdout.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    #expect(rows.count == 1)
    #expect(rows.first?["departments"] as? [String] == ["省水利厅"])
    #expect(rows.first?["measure_id"] as? String == "\(CorpusFixtures.hunan)#21")
    #expect(rows.first?["roles"] as? [String] == ["lead"])
  }
}
