import Foundation
import Testing
import ZhengceTestSupport

/// Ctrl-C during a build: the previous index stays current and no temporary is left.
@Suite struct InterruptCommandTests {
  @Test func sigintWhileIndexingKeepsThePreviousIndexAndRemovesTheTemporary() throws {
    let scratch = try Scratch.indexedWithLargeRecords(
      count: 60_000, paragraph: "加大财政投入力度,省财政厅牵头,各市州配合,到2020年贫困发生率降至3%以下。", document: { _ in "d" })
    defer { scratch.remove() }
    // Interrupt once the new generation is being written.
    let index = scratch.path + "/idx"
    let process = try scratch.start(["index", "--records", "large.jsonl", "--index", "idx"]) {
      ((try? FileManager.default.contentsOfDirectory(atPath: index)) ?? []).contains { $0.hasPrefix(".tmp-") }
    }
    try #require(process.isRunning, "the build ended before it could be interrupted")
    process.interrupt()
    process.waitUntilExit()
    #expect(process.terminationReason == .exit && process.terminationStatus == 130)
    let left = try FileManager.default.contentsOfDirectory(atPath: index).sorted()
    #expect(left == ["CURRENT", "LOCK", "gen-000001"], "\(left): \(left.map { try? FileManager.default.contentsOfDirectory(atPath: index + "/" + $0) })")
    let search = try CommandRunner.run(["search", "--index", "idx", "--json", "扶贫"], in: scratch.url)
    #expect(search.stdout.contains(#""measure_id":"old""#))
  }

  @Test func sigintWhileExportingKeepsThePreviousFileAndRemovesTheTemporary() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try scratch.write("out.db", "previous")
    for k in 0..<60 {
      for stem in CorpusFixtures.all { try scratch.write("docs/\(stem)-\(k).txt", try CorpusFixtures.bytes(stem)) }
    }
    let process = try scratch.start(["export", "-o", "out.db", "docs"]) {
      ((try? FileManager.default.contentsOfDirectory(atPath: scratch.path)) ?? []).contains { $0.hasPrefix(".out.db.tmp-") }
    }
    try #require(process.isRunning, "the export ended before it could be interrupted")
    process.interrupt()
    process.waitUntilExit()
    #expect(process.terminationReason == .exit && process.terminationStatus == 130)
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted() == ["docs", "out.db"])
    #expect(try String(contentsOfFile: scratch.path + "/out.db", encoding: .utf8) == "previous")
  }
}
