import Foundation
import Testing
import ZhengceTestSupport

/// `zhengce index` under a small memory budget spills segments and merges
/// them in the background; killed (SIGKILL, no cleanup) while a merge is
/// writing, it leaves the previous generation current and readable, and the
/// next build clears what it left and publishes. An update publishes its
/// segment before it merges segments: killed during that merge, it leaves the
/// update current, and the next run finishes the merge.
@Suite struct MergeKillTests {
  @Test func killedDuringTheMergeAfterAnUpdateTheUpdateStays() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let stems = [CorpusFixtures.hunan, CorpusFixtures.ankang]
    for stem in stems {
      try scratch.write("docs/\(stem).txt", try String(contentsOfFile: CorpusFixtures.path(stem), encoding: .utf8))
    }
    #expect(try CommandRunner.run(["index", "docs", "--index", "idx"], in: scratch.url).status == 0)
    // Both files change: their previous documents are marked deleted (all of
    // the first segment, over a quarter), so the update is followed by a merge.
    for stem in stems {
      let path = scratch.path + "/docs/\(stem).txt"
      let text = try String(contentsOfFile: path, encoding: .utf8)
      try text.replacingOccurrences(of: "易地扶贫搬迁", with: "易地扶贫迁移").write(toFile: path, atomically: true, encoding: .utf8)
    }
    let hold = scratch.path + "/merging"
    let process = try scratch.start(["index", "docs", "--index", "idx"], environment: ["ZHENGCE_INDEX_HOLD_MERGE": hold]) {
      FileManager.default.fileExists(atPath: hold)
    }
    try #require(process.isRunning, "the update ended before its merge started")
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()

    // The update is current (two segments, the first all deleted) and answers with the changed text.
    let pointer = try String(contentsOfFile: scratch.path + "/idx/CURRENT", encoding: .utf8)
    #expect(pointer == "gen-000002\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/idx/gen-000002").contains("seg-1"))
    let verify = try CommandRunner.run(["index", "--verify", "--index", "idx"], in: scratch.url)
    #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    let changed = try CommandRunner.run(["search", "--index", "idx", "易地扶贫迁移", "--limit", "0"], in: scratch.url)
    #expect(changed.status == 0 && changed.stdout.contains("易地扶贫迁移"), "\(changed.stderr)")

    // Nothing changed since, but the merge is still due: the next run does it.
    let again = try CommandRunner.run(["index", "docs", "--index", "idx"], in: scratch.url)
    #expect(again.stderr.hasPrefix("index up to date: 2 files, "), "\(again.stderr)")
    #expect(again.stderr.contains(" measures in 2 segments → idx\nmerged 2 segments into one in "), "\(again.stderr)")
    #expect(again.stderr.hasSuffix(" measures → idx\n"), "\(again.stderr)")
    let left = try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/idx").sorted()
    #expect(left == ["CURRENT", "LOCK", "gen-000003"])
    #expect(try !FileManager.default.contentsOfDirectory(atPath: scratch.path + "/idx/gen-000003").contains("seg-1"))
    let merged = try CommandRunner.run(["search", "--index", "idx", "易地扶贫迁移", "--limit", "0"], in: scratch.url)
    #expect(merged.stdout == changed.stdout)
  }

  @Test func killedDuringAMergeTheIndexKeepsItsPreviousGeneration() throws {
    let scratch = try Scratch.indexedWithLargeRecords(
      count: 20_000, paragraph: "加大财政投入力度,省财政厅牵头,各市州配合,到2020年贫困发生率降至3%以下,易地扶贫搬迁", document: { "d\($0 / 40)" })
    defer { scratch.remove() }

    let hold = scratch.path + "/merging"
    let process = try scratch.start(
      ["index", "--records", "large.jsonl", "--index", "idx", "--memory", "1MB"], environment: ["ZHENGCE_INDEX_HOLD_MERGE": hold]
    ) { FileManager.default.fileExists(atPath: hold) }
    try #require(process.isRunning, "the build ended before a merge started")
    let merging = try String(contentsOfFile: hold, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(merging.hasPrefix("idx/.tmp-\(process.processIdentifier)-"), "\(merging)")
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)

    // The previous generation is current, whole, and answers as before.
    let pointer = try String(contentsOfFile: scratch.path + "/idx/CURRENT", encoding: .utf8)
    #expect(pointer == "gen-000001\n")
    let verify = try CommandRunner.run(["index", "--verify", "--index", "idx"], in: scratch.url)
    #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    let search = try CommandRunner.run(["search", "--index", "idx", "--json", "扶贫搬迁"], in: scratch.url)
    #expect(search.stdout.contains(#""measure_id":"old""#))
    #expect(!search.stdout.contains(#""measure_id":"r0""#))

    // The next build removes the dead writer's segments and publishes.
    let again = try CommandRunner.run(["index", "--records", "large.jsonl", "--index", "idx", "--memory", "1MB"], in: scratch.url)
    #expect(again.status == 0, "\(again.stderr)")
    let left = try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/idx").sorted()
    #expect(left == ["CURRENT", "LOCK", "gen-000002"])
    let count = try CommandRunner.run(
      ["search", "--index", "idx", "--batch"], in: scratch.url, stdin: #"{"terms": ["省财政厅牵头"], "province": null, "limit": 1}"# + "\n")
    #expect(count.stdout.replacingOccurrences(of: " ", with: "").contains(#""total":20000"#), "\(count.stdout)\(count.stderr)")
  }
}
