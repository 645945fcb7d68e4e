import Foundation
import Testing
import ZhengceCore
import ZhengceTestSupport

/// A 实施方案 converted from PDF with `pdftotext -layout`
/// (Fixtures/task-table-layout.txt): its prose wraps at the page's width, and
/// its annex 任务分工表 is laid out with runs of spaces, task texts and
/// department lists wrapping onto a second line, a page number and a form feed
/// between rows. Every row is a measure with its departments and `due`, the
/// prose is joined again, and `zhengce tasks` lists a department's rows.
@Suite struct SpaceTableCommandTests {
  static let file = Bundle.module.url(forResource: "task-table-layout", withExtension: "txt", subdirectory: "Fixtures")

  @Test func rowsAreMeasuresOfTheContract() throws {
    let file = try #require(Self.file)
    let (_, parsed) = try ValidatedParse.run(file.path)
    // The text before 一、 is the preamble measure (前言); the numbered measures follow it.
    #expect(parsed.measures.first.map { "\($0.kind.rawValue) \($0.path)" } == "preamble [\"前言\"]")
    var doc = parsed
    doc.measures.removeFirst()
    #expect(doc.measures.count == 11)
    #expect(doc.measures.map { $0.path.joined(separator: "/") } == [
      "一", "二/(一)", "二/(二)", "二/(三)", "二/(四)", "三", "附件1/1", "附件1/2", "附件1/3", "附件1/4", "附件1",
    ])
    // The table's rows are no page lines: the prose around it, wrapped at 70 columns, is joined again.
    #expect(doc.measures[0].text == "总体要求\n坚持城乡统筹、建管并重、因地制宜,以县域为单元推进农村供水工程标准化建设和规范化管理。"
      + "到2025年底,全省农村自来水普及率达到90%以上,规模化供水工程覆盖农村人口比例达到60%以上。")
    let rows = Array(doc.measures[6...9])
    #expect(rows.map(\.heading) == [
      "编制全省农村供水保障规划,明确城乡供水一体化布局", "落实农村供水工程建设资金,新建和改造供水工程200处以上",
      "加强水源地保护和水质检测", "完善农村供水工程运行管护机制",
    ])
    #expect(rows[0].text == "1\t编制全省农村供水保障规划,明确城乡供水一体化布局\t省水利厅\t省发展改革委、省财政厅、省自然资源厅\t2025年6月底前")
    #expect(rows[3].text == "4\t完善农村供水工程运行管护机制\t省水利厅\t\t2025年12月底前")
    #expect(rows.map { $0.departments.map { "\($0.name) \($0.role.rawValue)" } } == [
      ["省水利厅 lead", "省发展和改革委员会 support", "省财政厅 support", "省自然资源厅 support"],
      ["省财政厅 lead", "省水利厅 support"],
      ["省生态环境厅 lead", "省卫生健康委员会 support", "省水利厅 support"],
      ["省水利厅 lead"],
    ])
    #expect(rows.map { $0.due.map { "\($0.text) \($0.date ?? "-")" } ?? "none" } == [
      "2025年6月底前 2025-06-30", "2025年12月底前 2025-12-31", "长期坚持 -", "2025年12月底前 2025-12-31",
    ])
    // The quantity in a wrapped task cell takes the row's 完成时限 as its deadline.
    #expect(rows[1].commitments.map { "\($0.surface) \($0.deadline ?? "-")" } == ["200处以上 2025-12-31"])
    // The header is set aside, the page number between the pages is dropped, and the note after the table stays text.
    #expect(!doc.measures.contains { $0.text.contains("牵头单位\t") || $0.text.contains("— 6 —") })
    #expect(doc.measures[10].text == "注:各牵头单位每季度末将任务进展情况报省水利厅。")
    #expect(doc.measures[0...5].allSatisfy { $0.due == nil && !$0.text.contains("\t") })
  }

  @Test func aDepartmentsTaskListReadsTheWrappedColumns() throws {
    let file = try #require(Self.file)
    let run = try CommandRunner.run(["tasks", "--dept", "省财政厅", "--format", "csv", file.path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.split(separator: "\r\n").map(String.init) == [
      "文件,编号,标题,角色,单位,原文写法,其他牵头单位,配合单位,责任单位,完成时限,时限精度,时限原文,指标,指标类型,任务内容,更名,措施编号,省份,文件标题",
      "task-table-layout,附件1/1,\"编制全省农村供水保障规划,明确城乡供水一体化布局\",support,省财政厅,省财政厅,省水利厅,省发展和改革委员会;省自然资源厅,,"
        + "2025-06-30,day,2025年6月底前,,,\"1\t编制全省农村供水保障规划,明确城乡供水一体化布局\t省水利厅\t省发展改革委、省财政厅、省自然资源厅\t2025年6月底前\",,"
        + "task-table-layout#8,江西省,江西省农村供水保障提升行动实施方案",
      "task-table-layout,附件1/2,\"落实农村供水工程建设资金,新建和改造供水工程200处以上\",lead,省财政厅,省财政厅,,省水利厅,,2025-12-31,day,2025年12月底前,200处以上,target,"
        + "\"2\t落实农村供水工程建设资金,新建和改造供水工程200处以上\t省财政厅\t省水利厅\t2025年12月底前\",,task-table-layout#9,江西省,江西省农村供水保障提升行动实施方案",
    ])
  }

  @Test func theTableShowsARolesRowsAndWhenTheyAreDue() throws {
    let file = try #require(Self.file)
    let run = try CommandRunner.run(["tasks", "--dept", "省水利厅", "--role", "lead", file.path])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines.dropFirst().map { $0.split(separator: " ", omittingEmptySubsequences: true).prefix(4).joined(separator: " ") } == [
      "task-table-layout 附件1/1 lead 省水利厅", "task-table-layout 附件1/4 lead 省水利厅",
    ])
    #expect(lines.dropFirst().map { $0.contains("  2025-06-30  ") || $0.contains("  2025-12-31  ") } == [true, true])
  }
}
