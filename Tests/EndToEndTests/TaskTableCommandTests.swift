import Foundation
import Testing
import ZhengceCore
import ZhengceTestSupport

/// A portal page whose 任务分工 is a table (Fixtures/task-table.html): every row
/// is a measure, and `zhengce tasks` lists a department's rows with its role.
@Suite struct TaskTableCommandTests {
  static let page = Bundle.module.url(forResource: "task-table", withExtension: "html", subdirectory: "Fixtures")

  @Test func rowsAreMeasuresOfTheContract() throws {
    let page = try #require(Self.page)
    let (run, parsed) = try ValidatedParse.run(page.path)
    // The text before 一、 is the preamble measure (前言); the numbered measures follow it.
    #expect(parsed.measures.first.map { "\($0.kind.rawValue) \($0.path)" } == "preamble [\"前言\"]")
    var doc = parsed
    doc.measures.removeFirst()
    #expect(doc.measures.map { $0.path.joined(separator: "/") } == ["一", "二/1", "二/2", "二/3", "三"])
    #expect(doc.measures[3].heading == "支持贫困地区特色产业发展,每个贫困县培育2个以上主导产业")
    // The row's 完成时限 cell is the deadline of the quantity in its task cell.
    #expect(doc.measures[3].commitments.map { "\($0.surface) \($0.comparator.rawValue) \($0.deadline ?? "-")" } == ["2个以上 >= 2020-12-31"])
    #expect(doc.measures[1...3].map { $0.due.map { "\($0.text) \($0.date ?? "-")" } ?? "none" } == [
      "2020年12月底 2020-12-31", "长期坚持 -", "2020年底 2020-12-31",
    ])
    #expect(run.stdout.contains("\"due\":{\"date\":null,\"text\":\"长期坚持\"}"))
    #expect(doc.measures[1].departments.map { "\($0.name) \($0.role.rawValue)" } == [
      "省乡村振兴局 lead", "省民政厅 support", "省人力资源和社会保障厅 support",
    ])
  }

  @Test func theTableShowsWhenTasksAreDue() throws {
    let page = try #require(Self.page)
    let run = try CommandRunner.run(["tasks", "--dept", "省财政厅", page.path])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.contains("  完成时限  ") == true)
    #expect(lines.dropFirst().map { $0.contains("  长期坚持  ") || $0.contains("  2020-12-31  ") } == [true, true])
  }

  @Test func aDepartmentsTaskListReadsTheColumns() throws {
    let page = try #require(Self.page)
    let run = try CommandRunner.run(["tasks", "--dept", "省财政厅", "--format", "csv", page.path])
    #expect(run.status == 0, "\(run.stderr)")
    let rows = run.stdout.split(separator: "\r\n").map(String.init)
    #expect(rows.count == 3)
    // The row's 完成时限: a full date with its precision when it states one, and the words as written.
    #expect(rows[1].hasPrefix("task-table,二/2,\"落实农村低保兜底保障政策,将符合条件的贫困人口全部纳入\",support,省财政厅,省财政厅,省民政厅,,,,,长期坚持,,"))
    #expect(rows[2].hasPrefix(
      "task-table,二/3,\"支持贫困地区特色产业发展,每个贫困县培育2个以上主导产业\",support,省财政厅,省财政厅,省农业农村厅,省乡村振兴局,,2020-12-31,day,2020年底,2个以上,"))
    // The whole task text and the measure id that joins it to the export.
    #expect(rows[2].hasSuffix(",\"3\t支持贫困地区特色产业发展,每个贫困县培育2个以上主导产业。\t省农业农村厅\t省财政厅、省扶贫办\t2020年底\",,task-table#5,湖南省,湖南省巩固脱贫成果重点任务分工方案"))
  }
}
