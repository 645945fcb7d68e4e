import Foundation
import Testing
import ZhengceCore
import ZhengceTestSupport

/// A portal page whose 任务分工 table groups its rows under category rows that
/// span the table (Fixtures/task-table-groups.html, numbering continuing across
/// groups): each category is a block of its own, its rows are its children and
/// still read the table's header for roles and 完成时限.
@Suite struct TaskTableGroupsCommandTests {
  static let page = Bundle.module.url(forResource: "task-table-groups", withExtension: "html", subdirectory: "Fixtures")

  @Test func groupRowsAreBlocksAndTheirRowsMeasures() throws {
    let page = try #require(Self.page)
    let (run, parsed) = try ValidatedParse.run(page.path)
    // The text before 一、 is the preamble measure (前言); the numbered measures follow it.
    #expect(parsed.measures.first.map { "\($0.kind.rawValue) \($0.path)" } == "preamble [\"前言\"]")
    var doc = parsed
    doc.measures.removeFirst()
    #expect(doc.measures.map { $0.path.joined(separator: "/") } == ["一", "二/一/1", "二/一/2", "二/二/3", "二/二/4", "三"])
    #expect(doc.measures.map(\.heading) == [
      "工作目标", "实施农村公路提质改造,新改建农村公路1000公里以上", "推进农村供水规模化建设,提高农村自来水普及率",
      "改善乡镇寄宿制学校办学条件", "推进村卫生室标准化建设", "保障措施",
    ])
    // The category rows are blocks with their headings, not measures.
    #expect(run.stdout.contains("\"marker\":\"一\",\"style\":\"cn\",\"title\":\"加快农村基础设施建设\""))
    #expect(run.stdout.contains("\"marker\":\"二\",\"style\":\"cn\",\"title\":\"提升农村公共服务水平\""))
    #expect(!doc.measures.contains { $0.text.contains("加快农村基础设施建设") || $0.text.contains("提升农村公共服务水平") })
    let rows = Array(doc.measures[1...4])
    #expect(rows.map { $0.departments.map { "\($0.name) \($0.role.rawValue)" } } == [
      ["省交通运输厅 lead", "省财政厅 support"],
      ["省水利厅 lead", "省发展和改革委员会 support", "省财政厅 support"],
      ["省教育厅 lead", "省财政厅 support"],
      ["省卫生健康委员会 lead"],
    ])
    #expect(rows.map { $0.due.map { "\($0.text) \($0.date ?? "-")" } ?? "none" } == [
      "2025年底前 2025-12-31", "2024年6月底前 2024-06-30", "长期坚持 -", "2025年12月底前 2025-12-31",
    ])
    #expect(rows[0].commitments.map { "\($0.surface) \($0.comparator.rawValue) \($0.deadline ?? "-")" } == [
      "1000公里以上 >= 2025-12-31",
    ])
    #expect(rows[3].text == "4\t推进村卫生室标准化建设。\t省卫生健康委\t\t2025年12月底前")
    #expect(doc.measures[0].due == nil && doc.measures[5].due == nil)
  }

  @Test func aDepartmentsTasksShowTheRowsPathsAndHeadings() throws {
    let page = try #require(Self.page)
    let run = try CommandRunner.run(["tasks", "--dept", "省财政厅", "--format", "csv", page.path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.split(separator: "\r\n").map(String.init) == [
      "文件,编号,标题,角色,单位,原文写法,其他牵头单位,配合单位,责任单位,完成时限,时限精度,时限原文,指标,指标类型,任务内容,更名,措施编号,省份,文件标题",
      "task-table-groups,二/一/1,\"实施农村公路提质改造,新改建农村公路1000公里以上\",support,省财政厅,省财政厅,省交通运输厅,,,2025-12-31,day,2025年底前,"
        + "1000公里以上,target,\"1\t实施农村公路提质改造,新改建农村公路1000公里以上。\t省交通运输厅\t省财政厅\t2025年底前\",,task-table-groups#3,湖南省,湖南省乡村建设行动重点任务分工方案",
      "task-table-groups,二/一/2,\"推进农村供水规模化建设,提高农村自来水普及率\",support,省财政厅,省财政厅,省水利厅,省发展和改革委员会,,2024-06-30,day,2024年6月底前,,,"
        + "\"2\t推进农村供水规模化建设,提高农村自来水普及率。\t省水利厅\t省发展改革委、省财政厅\t2024年6月底前\",,task-table-groups#4,湖南省,湖南省乡村建设行动重点任务分工方案",
      "task-table-groups,二/二/3,改善乡镇寄宿制学校办学条件,support,省财政厅,省财政厅,省教育厅,,,,,长期坚持,,,3\t改善乡镇寄宿制学校办学条件。\t省教育厅\t省财政厅\t长期坚持,,"
        + "task-table-groups#5,湖南省,湖南省乡村建设行动重点任务分工方案",
    ])
  }

  @Test func theLeadOfARowInTheSecondGroupIsListed() throws {
    let page = try #require(Self.page)
    let run = try CommandRunner.run(["tasks", "--dept", "省卫生健康委员会", "--format", "csv", page.path])
    #expect(run.status == 0, "\(run.stderr)")
    let rows = run.stdout.split(separator: "\r\n").map(String.init)
    #expect(rows.dropFirst() == [
      "task-table-groups,二/二/4,推进村卫生室标准化建设,lead,省卫生健康委员会,省卫生健康委,,,,2025-12-31,day,2025年12月底前,,,"
        + "4\t推进村卫生室标准化建设。\t省卫生健康委\t\t2025年12月底前,,task-table-groups#6,湖南省,湖南省乡村建设行动重点任务分工方案",
    ])
  }
}
