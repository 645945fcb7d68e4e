import Foundation
import Testing
import ZhengceTestSupport

/// `zhengce check`: a scoreboard and misses with exit 0 whatever the score;
/// one error line and exit 1 for a file it cannot use.
@Suite struct CheckCommandTests {
  static func temporaryFolder() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-check-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  @Test func aMissIsListedAndTheExitStatusIsZero() throws {
    let dir = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.copyItem(atPath: CorpusFixtures.path(CorpusFixtures.ankang), toPath: dir.appendingPathComponent("ankang.txt").path)
    let record = #"{"file": "ankang.txt", "kind": "plan", "docNumber": "安脱贫发〔2020〕2号", "date": "1999-01-01"}"#
    try Data((record + "\n").utf8).write(to: dir.appendingPathComponent("mine.jsonl"))
    let out = try CommandRunner.run(["check", "mine.jsonl"], in: dir)
    #expect(out.status == 0)
    #expect(out.stdout.hasPrefix("1 documents\n"))
    #expect(out.stdout.contains("文号 (docNumber)"))
    #expect(out.stdout.contains("ankang.txt: date: expected \"1999-01-01\" got \"2020-02-14\"\n"))
    #expect(!out.stdout.contains("ankang.txt: docNumber:"))
  }

  @Test func jsonGivesOneObjectPerCheck() throws {
    let dir = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.copyItem(atPath: CorpusFixtures.path(CorpusFixtures.ankang), toPath: dir.appendingPathComponent("ankang.txt").path)
    try Data(#"{"file": "ankang.txt", "docNumber": "安脱贫发〔2020〕2号", "date": null}"#.utf8).write(to: dir.appendingPathComponent("mine.jsonl"))
    let out = try CommandRunner.run(["check", "--json", "mine.jsonl"], in: dir)
    #expect(out.status == 0)
    let lines = out.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    #expect(lines.compactMap { $0?["field"] as? String } == ["docNumber", "date", "measures"])
    #expect(lines.compactMap { $0?["passed"] as? Bool } == [true, false, true])
  }

  @Test func aMissingDocumentAndABadRecordAreErrors() throws {
    let dir = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("{\"file\": \"gone.txt\", \"title\": null}\n".utf8).write(to: dir.appendingPathComponent("a.jsonl"))
    try Data("{\"file\": 3}\n".utf8).write(to: dir.appendingPathComponent("b.jsonl"))
    let out = try CommandRunner.run(["check", "a.jsonl", "b.jsonl"], in: dir)
    #expect(out.status == 1)
    let errors = out.stderr.split(separator: "\n")
    #expect(errors.count == 2)
    #expect(errors.first?.hasPrefix("zhengce: a.jsonl:1: ") == true && errors.first?.contains("gone.txt") == true)
    #expect(errors.last == "zhengce: b.jsonl:1: not an expectation record: wrong type at file")
  }

  @Test func theBaselineRoundTripsAndNamesARegression() throws {
    let dir = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.copyItem(atPath: CorpusFixtures.path(CorpusFixtures.ankang), toPath: dir.appendingPathComponent("ankang.txt").path)
    try Data(#"{"file": "ankang.txt", "docNumber": "安脱贫发〔2020〕2号"}"#.utf8).write(to: dir.appendingPathComponent("mine.jsonl"))
    #expect(try CommandRunner.run(["check", "mine.jsonl", "--write-baseline", "base.txt"], in: dir).status == 0)
    let base = try String(contentsOf: dir.appendingPathComponent("base.txt"), encoding: .utf8)
    #expect(base.hasSuffix("ankang.txt\tdocNumber\nankang.txt\tmeasures\n"))
    try Data(#"{"file": "ankang.txt", "docNumber": "别的〔2020〕2号"}"#.utf8).write(to: dir.appendingPathComponent("mine.jsonl"))
    let out = try CommandRunner.run(["check", "mine.jsonl", "--baseline", "base.txt", "--no-misses"], in: dir)
    #expect(out.status == 0)
    #expect(out.stdout.contains("against base.txt: 1 regressions, 0 new passes\nregressed: ankang.txt: docNumber\n"))
  }
}
