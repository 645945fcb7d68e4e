import Foundation
import Testing
import ZhengceCore
import ZhengceTestSupport

/// `zhengce parse` as a user runs it: the built binary, real files.
@Suite struct ParseCommandTests {
  /// The contract's schema, where the repository keeps it (`contract/`).
  static let schemaURL: URL? = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("contract/document.schema.json")

  @Test func jsonOfEveryCorpusDocumentValidatesAgainstTheContract() throws {
    let paths = CorpusFixtures.all.map { "corpus/\($0).txt" }
    let run = try CommandRunner.run(["parse", "--json"] + paths)
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.count == 5)
    let validator = try JSONSchemaValidator(schemaData: Data(contentsOf: try #require(Self.schemaURL)))
    for (line, stem) in zip(lines, CorpusFixtures.all) {
      let violations = try validator.validate(Data(line.utf8))
      #expect(violations.isEmpty, "\(stem): \(violations.prefix(3))")
      let doc = try JSONDecoder().decode(ParsedDocument.self, from: Data(line.utf8))
      #expect(doc.id == stem)
      #expect(doc.source.path == "corpus/\(stem).txt")
    }
  }

  @Test func theValidatorRejectsABrokenDocument() throws {
    let validator = try JSONSchemaValidator(schemaData: Data(contentsOf: try #require(Self.schemaURL)))
    let broken = #"{"schemaVersion":1,"id":"","source":{"path":"a","format":"pdf","encoding":"utf-8","sha256":"xyz"},"title":"t","noticeTitle":null,"genre":"memo","genreSource":"guess","docNumber":null,"issuers":[],"date":"2020/1/1","region":{"province":null,"city":null},"plugin":"generic","outline":[],"measures":[{"id":"a#1","path":[],"kind":"numbered","heading":"","text":"x","span":{"start":-1,"end":1},"departments":[{"name":"x","surface":"x","role":"boss","separately":false}],"commitments":[],"topics":[]}],"citations":[]}"#
    let paths = Set(try validator.validate(Data(broken.utf8)).map(\.path))
    #expect(paths == ["$.schemaVersion", "$.id", "$.source.format", "$.source.sha256", "$.genre", "$.genreSource", "$.date", "$.region",
                      "$.measures[0].span.start", "$.measures[0].departments[0].role"])
  }

  @Test func badInputsGetOneLineEachAndTheGoodFileIsStillParsed() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zhengce-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data().write(to: dir.appendingPathComponent("empty.txt"))
    try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00]).write(to: dir.appendingPathComponent("binary.txt"))
    try Data((0..<400).map { $0 % 2 == 0 ? 0x81 : 0x20 }).write(to: dir.appendingPathComponent("latin.txt"))
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("folder.txt"), withIntermediateDirectories: true)
    let good = CorpusFixtures.path(CorpusFixtures.hunan)
    let args = ["parse", "--json", "empty.txt", "binary.txt", good, "latin.txt", "folder.txt", "missing.txt"]
    let run = try CommandRunner.run(args, in: dir)
    #expect(run.status == 1)
    #expect(run.stdout.split(separator: "\n").count == 1)
    #expect(run.stdout.contains("\"id\":\"hunan-2018-deep-poverty-plan\""))
    let errors = run.stderr.split(separator: "\n").map(String.init)
    #expect(errors == [
      "zhengce: empty.txt: empty file",
      "zhengce: binary.txt: binary data, not a text or HTML document",
      "zhengce: latin.txt: neither UTF-8 nor GB18030 text (200 invalid byte sequences)",
      "zhengce: folder.txt: is a directory with no documents (.txt, .htm, .html) in it",
      "zhengce: missing.txt: no such file",
    ])
  }

  @Test func withNoFilesTheBundledCorpusIsParsedAndDirectoriesAreWalked() throws {
    let bundled = try CommandRunner.run(["parse", "--json"])
    #expect(bundled.status == 0)
    let ids = bundled.stdout.split(separator: "\n").compactMap { line in
      try? JSONDecoder().decode(ParsedDocument.self, from: Data(line.utf8)).id
    }
    #expect(ids == CorpusFixtures.all.sorted())
    let walked = try CommandRunner.run(["parse", "--json", "corpus"])
    #expect(walked.stdout == bundled.stdout.replacingOccurrences(of: CorpusFixtures.root.path + "/", with: ""))
  }

  @Test func theTreeViewShowsMetadataAndTheOutline() throws {
    let run = try CommandRunner.run(["parse", "corpus/\(CorpusFixtures.ankang).txt"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("  文号:     安脱贫发〔2020〕2号"))
    // The cover notice 关于印发《安康市巩固提升脱贫攻坚成果实施方案》的通知 carries a 实施方案.
    #expect(run.stdout.contains("  genre:    plan (方案)"))
    // 142 numbered measures and the two preamble ones (the cover notice's text, the plan's opening).
    #expect(run.stdout.contains("  measures: 144 (2 preamble)"))
    #expect(run.stdout.contains("  文号:     安脱贫发〔2020〕2号  ← from line 10 (文号 line)"))
    #expect(run.stdout.contains("├─ 附件5 关于提升兜底保障质量巩固脱贫攻坚成果实施方案  [1]"))
  }
}
