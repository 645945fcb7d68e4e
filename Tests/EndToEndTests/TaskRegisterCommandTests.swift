import Foundation
import Testing
import ZhengceTestSupport

/// `zhengce tasks` as a register staff can keep: whole task texts, measure ids, `--output`.
@Suite struct TaskRegisterCommandTests {
  private let hunan = "corpus/hunan-2018-deep-poverty-plan.txt"

  @Test func theWholeTaskTextWithItsMeasureID() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let file = scratch.url.appendingPathComponent("水利.csv").path
    let run = try CommandRunner.run(["tasks", "--dept", "水利", "--format", "csv", "--bom", "--output", file, hunan])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.isEmpty)
    let rows = CSV.parse(try String(contentsOfFile: file, encoding: .utf8))
    #expect(rows.count == 2)
    let header = rows[0]
    let row = Dictionary(uniqueKeysWithValues: zip(header, rows[1]))
    #expect(row["措施编号"] == "hunan-2018-deep-poverty-plan#21")
    #expect(row["编号"] == "四/(三)")
    #expect(row["省份"] == "湖南省")
    // hunan-2018-deep-poverty-plan.txt, 四/(三): the measure whole, past the 60 characters an excerpt used to keep.
    let text = try #require(row["任务内容"])
    #expect(text.hasPrefix("保障贫困户饮水安全。加快实施农村饮水安全巩固提升工程,加大对深度贫困县和深度贫困村支持力度。"))
    #expect(text.unicodeScalars.count > 120)
    #expect(!text.contains("…"))
    // The export's measures table has the same text under the same id.
    let export = try CommandRunner.run(["export", "--format", "jsonl", "--table", "measures", hunan])
    let measure = try #require(export.stdout.split(separator: "\n").first { $0.contains("\"id\":\"hunan-2018-deep-poverty-plan#21\"") })
    let object = try #require(try JSONSerialization.jsonObject(with: Data(measure.utf8)) as? [String: Any])
    #expect(object["text"] as? String == text)
    #expect(object["province"] as? String == "湖南省")
  }

  @Test func markdownHasTheChineseHeaders() throws {
    let run = try CommandRunner.run(["tasks", "--dept", "水利", "--format", "markdown", hunan])
    #expect(run.stdout.hasPrefix("| 文件 | 编号 | 标题 | 角色 | 单位 | 原文写法 | 其他牵头单位 | 配合单位 | 责任单位 | 完成时限 | 时限精度 | 时限原文 | 指标 | 指标类型 | 任务内容 |"))
  }

  /// Each commitment's kind stands beside it, in the same order: 指标类型 in CSV and
  /// Markdown, `kind` in JSON Lines.
  @Test func eachCommitmentHasItsKind() throws {
    // hunan-2018-deep-poverty-plan.txt, 四/(八): 25户以及100人以上的自然村 picks out the
    // villages (a standard), 90%以上…有宽带网络覆盖 a share to reach (a target).
    let csv = try CommandRunner.run(["tasks", "--dept", "交通", "--format", "csv", hunan])
    #expect(csv.status == 0, "\(csv.stderr)")
    let rows = CSV.parse(csv.stdout)
    let header = try #require(rows.first)
    #expect(header.firstIndex(of: "指标类型") == header.firstIndex(of: "指标").map { $0 + 1 })
    let records = rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    let roads = try #require(records.first { $0["编号"] == "四/(八)" })
    let surfaces = try #require(roads["指标"]).split(separator: ";")
    let kinds = try #require(roads["指标类型"]).split(separator: ";", omittingEmptySubsequences: false)
    #expect(kinds.count == surfaces.count)
    #expect(kinds == ["standard", "standard", "target", "target"])
    let json = try CommandRunner.run(["tasks", "--dept", "交通", "--format", "json", hunan])
    let objects = try json.stdout.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    let object = try #require(objects.first { $0["path"] as? String == "四/(八)" })
    #expect((object["kind"] as? [String])?.count == (object["commitments"] as? [String])?.count)
    #expect((object["kind"] as? [String])?.first == "standard")
  }

  @Test func bomIsForCSVOnly() throws {
    let run = try CommandRunner.run(["tasks", "--dept", "水利", "--bom"])
    #expect(run.status == 2)
    #expect(run.stderr.hasPrefix("Error: --bom applies to --format csv only\n"))
  }
}
