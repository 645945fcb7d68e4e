import Foundation
import Testing
import ZhengceTestSupport

/// The variables the command line reads once and hands to the libraries
/// (`Environment`) still do what the README says they do.
@Suite struct EnvironmentCommandTests {
  @Test func htmlMaxMegabytesLimitsThePagesRead() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let paragraph = "<p>" + String(repeating: "各地要加强扶贫资金管理。", count: 40) + "</p>\n"
    let page = try scratch.write(
      "big.html", "<html><head><meta charset=\"utf-8\"><title>关于加强扶贫资金管理的通知</title></head><body>"
        + String(repeating: paragraph, count: 1_000) + "</body></html>")
    let limited = try CommandRunner.run(["parse", page], environment: ["ZHENGCE_HTML_MAX_MB": "1"])
    #expect(limited.status != 0)
    #expect(limited.stderr.contains("over the 1.0 MB limit (raise it with ZHENGCE_HTML_MAX_MB=MEGABYTES)"), "\(limited.stderr)")
    let raised = try CommandRunner.run(["parse", page], environment: ["ZHENGCE_HTML_MAX_MB": "2"])
    #expect(raised.status == 0, "\(raised.stderr)")
  }

  @Test func pythonNamesTheParquetWriter() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let python = scratch.path + "/no-such-python"
    let run = try CommandRunner.run(
      ["export", "--format", "parquet", "--output", scratch.path + "/tables", CorpusFixtures.path(CorpusFixtures.hunan)],
      environment: ["ZHENGCE_PYTHON": python])
    #expect(run.status != 0)
    #expect(run.stderr.hasPrefix("zhengce: ") && run.stderr.contains("\(python) -m zhengce.parquet"), "\(run.stderr)")
  }

  @Test func corpusNamesTheBundledCorpus() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try scratch.write("mine/README.md", "A corpus of one.\n")
    try scratch.write("mine/only-document.txt", "关于加强扶贫资金管理的通知\n一、加强资金监管。各县市区要建立扶贫资金公告公示制度。\n")
    let run = try CommandRunner.run(
      ["parse", "--json"], in: scratch.url, environment: ["ZHENGCE_CORPUS": scratch.path + "/mine"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("\"id\":\"only-document\"") || run.stdout.contains("\"id\" : \"only-document\""), "\(run.stdout.prefix(300))")
    #expect(!run.stdout.contains(CorpusFixtures.hunan))
  }
}
