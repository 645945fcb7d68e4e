import Foundation
import Testing
import ZhengceTestSupport

/// The `zhengce` binary copied alone into an empty folder runs there: rules,
/// manifests and gazetteer are compiled into it, not read from `*.resources`
/// folders beside it.
@Suite struct StandaloneBinaryTests {
  @Test func searchParseAndTasksRunFromAnEmptyFolder() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let copy = scratch.url.appendingPathComponent("bin/zhengce")
    try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: try CommandRunner.binary(), to: copy)
    let work = scratch.url.appendingPathComponent("work")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    // hunan-2018-deep-poverty-plan.txt, 四/(三), shortened: a measure led by 省水利厅.
    try Data("湖南省深度贫困地区脱贫攻坚实施方案\n一、保障贫困户饮水安全。加快实施农村饮水安全巩固提升工程。(省水利厅牵头负责)\n".utf8)
      .write(to: work.appendingPathComponent("plan.txt"))
    let environment = ["XDG_CACHE_HOME": scratch.url.appendingPathComponent("cache").path, "ZHENGCE_PLUGIN_PATH": ""]

    let parse = try CommandRunner.run(["parse", "--json", "plan.txt"], in: work, environment: environment, executable: copy)
    #expect(parse.status == 0, "\(parse.stderr)")
    #expect(parse.stdout.contains("\"name\":\"省水利厅\""))
    #expect(parse.stdout.contains("\"province\":\"湖南省\""))

    let tasks = try CommandRunner.run(["tasks", "--dept", "水利", "--format", "csv", "plan.txt"], in: work, environment: environment, executable: copy)
    #expect(tasks.status == 0, "\(tasks.stderr)")
    #expect(tasks.stdout.contains(",lead,省水利厅,省水利厅,"))

    let search = try CommandRunner.run(["search", "易地扶贫搬迁", "--limit", "1"], in: work, environment: environment, executable: copy)
    #expect(search.status == 0, "\(search.stderr)")
    #expect(search.stdout.hasPrefix("5 matches for 易地扶贫搬迁 (1–1)\n"))
  }
}
