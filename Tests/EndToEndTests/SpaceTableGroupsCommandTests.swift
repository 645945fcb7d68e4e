import Foundation
import Testing
import ZhengceCore
import ZhengceTestSupport

/// The category rows of a task table laid out with spaces
/// (Fixtures/task-table-layout-groups.txt: 序号 restarting at 1 in each group,
/// wrapped cells, a page number between rows): each category is a block, its
/// rows are its children, and the table goes on after it to the note below.
@Suite struct SpaceTableGroupsCommandTests {
  static let file = Bundle.module.url(forResource: "task-table-layout-groups", withExtension: "txt", subdirectory: "Fixtures")

  @Test func groupRowsKeepTheTableOpenAndNestItsRows() throws {
    let file = try #require(Self.file)
    let (run, parsed) = try ValidatedParse.run(file.path)
    // The text before 一、 is the preamble measure (前言); the numbered measures follow it.
    #expect(parsed.measures.first.map { "\($0.kind.rawValue) \($0.path)" } == "preamble [\"前言\"]")
    var doc = parsed
    doc.measures.removeFirst()
    #expect(doc.measures.map { $0.path.joined(separator: "/") } == [
      "一", "二", "附件1/一/1", "附件1/一/2", "附件1/二/1", "附件1/二/2", "附件1",
    ])
    #expect(run.stdout.contains("\"marker\":\"一\",\"style\":\"cn\",\"title\":\"加快农村基础设施建设\""))
    #expect(run.stdout.contains("\"marker\":\"二\",\"style\":\"cn\",\"title\":\"提升农村公共服务水平\""))
    let rows = Array(doc.measures[2...5])
    #expect(rows.map(\.heading) == [
      "实施农村公路提质改造,新改建农村公路1000公里以上", "推进农村供水规模化建设,提高农村自来水普及率",
      "改善乡镇寄宿制学校办学条件", "推进村卫生室标准化建设",
    ])
    #expect(rows[1].text == "2\t推进农村供水规模化建设,提高农村自来水普及率\t省水利厅\t省发展改革委、省财政厅\t2024年6月底前")
    #expect(rows.map { $0.departments.map { "\($0.name) \($0.role.rawValue)" } } == [
      ["省交通运输厅 lead", "省财政厅 support"],
      ["省水利厅 lead", "省发展和改革委员会 support", "省财政厅 support"],
      ["省教育厅 lead", "省财政厅 support"],
      ["省卫生健康委员会 lead"],
    ])
    #expect(rows.map { $0.due.map { "\($0.text) \($0.date ?? "-")" } ?? "none" } == [
      "2025年底前 2025-12-31", "2024年6月底前 2024-06-30", "长期坚持 -", "2025年12月底前 2025-12-31",
    ])
    // The note after the table stays text; no group heading or page number is in a measure.
    #expect(doc.measures[6].text == "注:各牵头单位每半年将任务进展情况报省农业农村厅。")
    #expect(!doc.measures.contains { $0.text.contains("基础设施建设\t") || $0.text.contains("— 7 —") })
  }

  @Test func aDepartmentsTasksShowTheRowsPaths() throws {
    let file = try #require(Self.file)
    let run = try CommandRunner.run(["tasks", "--dept", "省财政厅", "--format", "csv", file.path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.split(separator: "\r\n").map(String.init) == [
      "文件,编号,标题,角色,单位,原文写法,其他牵头单位,配合单位,责任单位,完成时限,时限精度,时限原文,指标,指标类型,任务内容,更名,措施编号,省份,文件标题",
      "task-table-layout-groups,附件1/一/1,\"实施农村公路提质改造,新改建农村公路1000公里以上\",support,省财政厅,省财政厅,省交通运输厅,,,2025-12-31,day,2025年底前,"
        + "1000公里以上,target,\"1\t实施农村公路提质改造,新改建农村公路1000公里以上\t省交通运输厅\t省财政厅\t2025年底前\",,task-table-layout-groups#4,湖南省,湖南省乡村建设行动实施方案",
      "task-table-layout-groups,附件1/一/2,\"推进农村供水规模化建设,提高农村自来水普及率\",support,省财政厅,省财政厅,省水利厅,省发展和改革委员会,,2024-06-30,day,"
        + "2024年6月底前,,,\"2\t推进农村供水规模化建设,提高农村自来水普及率\t省水利厅\t省发展改革委、省财政厅\t2024年6月底前\",,task-table-layout-groups#5,湖南省,湖南省乡村建设行动实施方案",
      "task-table-layout-groups,附件1/二/1,改善乡镇寄宿制学校办学条件,support,省财政厅,省财政厅,省教育厅,,,,,长期坚持,,,"
        + "1\t改善乡镇寄宿制学校办学条件\t省教育厅\t省财政厅\t长期坚持,,task-table-layout-groups#6,湖南省,湖南省乡村建设行动实施方案",
    ])
  }
}
