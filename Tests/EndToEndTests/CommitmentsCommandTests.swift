import Foundation
import Testing
import ZhengceTestSupport

/// `zhengce commitments` as a user runs it: the built binary over the bundled corpus.
@Suite struct CommitmentsCommandTests {
  @Test func csvOfRatiosAcrossTheBundledCorpus() throws {
    let run = try CommandRunner.run(["commitments", "--unit", "ratio", "--format", "csv"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.components(separatedBy: "\r\n") == [
      "document_id,measure_id,path,surface,value,max,from_value,unit,comparator,deadline,deadline_date,deadline_precision,kind,subject,per",
      "guangxi-nanning-2015-precision-poverty-plan,guangxi-nanning-2015-precision-poverty-plan#18,三/(一)/4,不少于1:0.5,0.5,,,ratio,>=,,,,allocation,相关县(区)财政,",
      "hunan-2018-deep-poverty-plan,hunan-2018-deep-poverty-plan#14,三/(七),1/3,0.3333,,,ratio,=,2020,2020-12-31,year,target,新增生态护林员指标,每年",
      "",
    ])
  }

  /// The kind column beside the deadline, in CSV, the table and JSON Lines alike.
  @Test func theKindOfEachCommitment() throws {
    // hunan-2018-deep-poverty-plan.txt: 16周岁以上…的贫困重度残疾人 says who qualifies.
    let csv = try CommandRunner.run(["commitments", "corpus/hunan-2018-deep-poverty-plan.txt", "--kind", "standard", "--format", "csv"])
    #expect(csv.status == 0, "\(csv.stderr)")
    let rows = CSV.parse(csv.stdout)
    let kind = try #require(rows.first?.firstIndex(of: "kind"))
    #expect(rows.count > 2)
    #expect(rows.dropFirst().allSatisfy { $0[kind] == "standard" })
    #expect(rows.contains { $0.contains("16周岁以上") })
    let table = try CommandRunner.run(["commitments", "corpus/hunan-2018-deep-poverty-plan.txt", "--kind", "standard"])
    #expect(table.stdout.split(separator: "\n").first?.contains("kind") == true)
    let json = try CommandRunner.run(["commitments", "corpus/hunan-2018-deep-poverty-plan.txt", "--kind", "standard", "--format", "json"])
    let objects = try json.stdout.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    #expect(objects.count == rows.count - 1)
    #expect(objects.allSatisfy { $0["kind"] as? String == "standard" })
  }

  @Test func jsonLinesOfOneFile() throws {
    let run = try CommandRunner.run(["commitments", "corpus/hunan-2018-deep-poverty-plan.txt", "--unit", "元/年", "--format", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let rows = try run.stdout.split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
    }
    #expect(rows.count == 2)
    #expect(rows.first?["surface"] as? String == "由每人3000元/年提高到5000元/年")
    #expect(rows.first?["value"] as? Double == 5000)
    #expect(rows.first?["from"] as? Double == 3000)
    #expect(rows.first?["comparator"] as? String == "to")
    #expect(rows.first?["measure_id"] as? String == "hunan-2018-deep-poverty-plan#23")
    #expect(rows.first?["document_id"] as? String == "hunan-2018-deep-poverty-plan")
    #expect(rows.first?["deadline"] is NSNull)
  }

  @Test func provinceFilterAndTable() throws {
    let run = try CommandRunner.run(["commitments", "--province", "辽宁", "--unit", "times"])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.last?.contains("liaoning-2019-three-year-action-opinions") == true)
    #expect(lines.last?.contains("翻一番以上") == true)
  }

  @Test func everyCommitmentOfTheCorpusIsListed() throws {
    let run = try CommandRunner.run(["commitments", "--format", "csv"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.components(separatedBy: "\r\n").count == 1 + 257 + 1)
  }

  @Test func aMissingFileIsOneLineAndAFailure() throws {
    let run = try CommandRunner.run(["commitments", "missing.txt", "corpus/hunan-2018-deep-poverty-plan.txt", "--format", "csv"])
    // An error exits 2, as grep does, even with commitments listed.
    #expect(run.status == 2)
    #expect(run.stderr == "zhengce: missing.txt: no such file\n")
    #expect(run.stdout.components(separatedBy: "\r\n").count == 1 + 36 + 1)
  }
}
