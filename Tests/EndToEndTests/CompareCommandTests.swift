import Foundation
import Testing
import ZhengceTestSupport

/// `zhengce compare` as a user runs it: the built binary over the bundled corpus.
@Suite struct CompareCommandTests {
  @Test func relocationAsJSON() throws {
    let run = try CommandRunner.run(["compare", "--topic", "易地扶贫搬迁", "--provinces", "湖南,辽宁", "--format", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let columns = try #require(json["columns"] as? [[String: Any]])
    #expect(columns.map { $0["key"] as? String } == ["湖南省", "辽宁省"])
    let hunan = try #require(columns.first?["measures"] as? [[String: Any]])
    #expect(hunan.map { $0["heading"] as? String } == ["加大易地扶贫搬迁实施力度", "易地搬迁脱贫一批", "易地搬迁脱贫工程"])
    #expect((columns.last?["measures"] as? [Any])?.isEmpty == true)
  }

  @Test func queryComparesTheMatchingMeasures() throws {
    let run = try CommandRunner.run(["compare", "宽带 90%", "--format", "csv"])
    #expect(run.status == 0, "\(run.stderr)")
    let measures = run.stdout.split(separator: "\r\n").filter { $0.hasPrefix("measure,") }
    #expect(measures.count == 2)
    #expect(run.stdout.contains(",I1,宽带网络覆盖,90%以上,90,,,%,>=,"))
  }

  @Test func htmlPageForOneFile() throws {
    let run = try CommandRunner.run(["compare", "--topic", "教育扶贫", "--by", "doc", "--format", "html", "corpus/hunan-2018-deep-poverty-plan.txt"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\""))
    #expect(run.stdout.contains("加大教育扶贫力度"))
  }

  @Test func badInputIsOneLineAndAFailure() throws {
    let topic = try CommandRunner.run(["compare", "--topic", "不存在"])
    #expect(topic.status == 1)
    #expect(topic.stderr.hasPrefix("zhengce: unknown topic '不存在'; known topics: 产业扶贫, "))
    #expect(topic.stderr.split(separator: "\n").count == 1)
    let province = try CommandRunner.run(["compare", "--topic", "教育扶贫", "--provinces", "河北"])
    #expect(province.status == 1)
    #expect(province.stderr == "zhengce: no document from 河北; the documents are from 广西, 湖南, 辽宁, 陕西\n")
    let file = try CommandRunner.run(["compare", "--topic", "教育扶贫", "missing.txt"])
    #expect(file.status == 1)
    #expect(file.stderr == "zhengce: missing.txt: no such file\n")
    #expect(file.stdout.isEmpty)
    let nothing = try CommandRunner.run(["compare"])
    #expect(nothing.status != 0)
  }
}
