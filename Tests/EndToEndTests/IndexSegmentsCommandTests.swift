import Foundation
import Testing
import ZhengceTestSupport

/// `zhengce index` on a folder whose files came, changed or went writes the
/// new and changed ones as one more segment and marks the previous documents
/// of the changed and gone ones deleted, linking the previous files as they
/// are; every answer read from the index is the one a fresh index of the same
/// files gives. An update that leaves more than a quarter of the records
/// deleted is then merged back into one segment.
@Suite struct IndexSegmentsCommandTests {
  private func copy(_ stem: String, to folder: String, in scratch: Scratch) throws {
    let text = try String(contentsOfFile: CorpusFixtures.path(stem), encoding: .utf8)
    try scratch.write("\(folder)/\(stem).txt", text)
  }

  /// The hits of `query` with their scores, in the order given.
  private func hits(_ query: String, index: String, in scratch: Scratch) throws -> [String] {
    let run = try CommandRunner.run(["search", "--index", index, query, "--json", "--limit", "0"], in: scratch.url)
    #expect(run.status <= 1, "\(run.stderr)")
    return run.stdout.split(separator: "\n").map(String.init)
  }

  @Test func updatesAddSegmentsAndMarkDeletionsUntilTheyMerge() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    for stem in [CorpusFixtures.hunan, CorpusFixtures.nanning] { try copy(stem, to: "docs", in: scratch) }
    let first = try CommandRunner.run(["index", "docs", "--index", "idx"], in: scratch.url)
    #expect(first.status == 0, "\(first.stderr)")
    let firstPostings = try FileManager.default.attributesOfItem(atPath: scratch.path + "/idx/gen-000001/postings.zx")[.systemFileNumber] as? Int

    // Two files come: parsed alone, and written as a second segment.
    for stem in [CorpusFixtures.ankang, CorpusFixtures.xiangxi] { try copy(stem, to: "docs", in: scratch) }
    let added = try CommandRunner.run(["index", "docs", "--index", "idx"], in: scratch.url)
    #expect(added.status == 0, "\(added.stderr)")
    #expect(added.stderr.hasPrefix("indexed 4 files (2 parsed, 2 unchanged, 0 dropped, 0 unreadable): "), "\(added.stderr)")
    #expect(added.stderr.hasSuffix(" measures in 2 segments → idx\n"), "\(added.stderr)")
    let generation = scratch.path + "/idx/gen-000002"
    #expect(try FileManager.default.contentsOfDirectory(atPath: generation).contains("seg-1"))
    // The first segment's files are the previous generation's, linked; that generation is gone.
    let postings = try FileManager.default.attributesOfItem(atPath: generation + "/postings.zx")[.systemFileNumber] as? Int
    #expect(firstPostings != nil && postings == firstPostings)
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/idx").sorted() == ["CURRENT", "LOCK", "gen-000002"])

    for stem in [CorpusFixtures.hunan, CorpusFixtures.nanning, CorpusFixtures.ankang, CorpusFixtures.xiangxi] {
      try copy(stem, to: "fresh", in: scratch)
    }
    #expect(try CommandRunner.run(["index", "fresh", "--index", "freshidx"], in: scratch.url).status == 0)
    // The same hits with the same scores; measures of the added files come after the others when tied.
    for query in ["扶贫", "易地扶贫搬迁", "province:湖南 产业", "dept:人社局", "教育 OR 医疗", "NOT 扶贫", "genre:意见 搬迁"] {
      let segmented = try hits(query, index: "idx", in: scratch)
      let fresh = try hits(query, index: "freshidx", in: scratch)
      #expect(segmented.sorted() == fresh.sorted(), "\(query)")
      #expect(!segmented.isEmpty || query == "NOT 扶贫")
    }
    // Answers from the stored documents too: a department's task list, the same rows.
    let tasks = try CommandRunner.run(["tasks", "--dept", "财政", "--format", "csv", "--index", "idx"], in: scratch.url)
    let freshTasks = try CommandRunner.run(["tasks", "--dept", "财政", "--format", "csv", "--index", "freshidx"], in: scratch.url)
    #expect(tasks.status == 0 && tasks.stdout.count > 200, "\(tasks.stderr)")
    #expect(tasks.stdout.split(separator: "\n").sorted() == freshTasks.stdout.split(separator: "\n").sorted())
    let verify = try CommandRunner.run(["index", "--verify", "--index", "idx"], in: scratch.url)
    #expect(verify.status == 0 && verify.stdout.contains("seg-1/postings.zx"), "\(verify.stdout)")
    #expect(verify.stdout.contains("sound: 15 files, "))

    // A changed file: its previous document is marked deleted, the new one is a third segment.
    let hunan = scratch.path + "/docs/\(CorpusFixtures.hunan).txt"
    let text = try String(contentsOfFile: hunan, encoding: .utf8)
    try text.replacingOccurrences(of: "易地扶贫搬迁", with: "易地扶贫迁移").write(toFile: hunan, atomically: true, encoding: .utf8)
    let changed = try CommandRunner.run(["index", "docs", "--index", "idx"], in: scratch.url)
    #expect(changed.stderr.hasPrefix("indexed 4 files (1 parsed, 3 unchanged, 0 dropped, 0 unreadable): "), "\(changed.stderr)")
    #expect(changed.stderr.hasSuffix(" measures in 3 segments → idx\n"), "\(changed.stderr)")
    try FileManager.default.removeItem(atPath: scratch.path + "/fresh/\(CorpusFixtures.hunan).txt")
    try scratch.write("fresh/\(CorpusFixtures.hunan).txt", try String(contentsOfFile: hunan, encoding: .utf8))
    // A gone file: only marked deleted (the changed file's and this one's records are under a quarter of all).
    try FileManager.default.removeItem(atPath: scratch.path + "/docs/\(CorpusFixtures.xiangxi).txt")
    try FileManager.default.removeItem(atPath: scratch.path + "/fresh/\(CorpusFixtures.xiangxi).txt")
    let gone = try CommandRunner.run(["index", "docs", "--index", "idx"], in: scratch.url)
    #expect(gone.stderr.hasPrefix("indexed 3 files (0 parsed, 3 unchanged, 1 dropped, 0 unreadable): "), "\(gone.stderr)")
    #expect(gone.stderr.hasSuffix(" measures in 3 segments → idx\n"), "\(gone.stderr)")
    #expect(try CommandRunner.run(["index", "fresh", "--index", "freshidx"], in: scratch.url).status == 0)
    for query in ["扶贫", "易地扶贫搬迁", "易地扶贫迁移", "province:湖南", "dept:人社局", "NOT 扶贫", "genre:意见 搬迁"] {
      #expect(try hits(query, index: "idx", in: scratch).sorted() == hits(query, index: "freshidx", in: scratch).sorted(), "\(query)")
    }
    #expect(try hits("易地扶贫迁移", index: "idx", in: scratch).count > 0)
    #expect(try hits("doc:\(CorpusFixtures.xiangxi)", index: "idx", in: scratch).isEmpty)
    let ankang = try hits("doc:\(CorpusFixtures.ankang)", index: "idx", in: scratch)
    let freshAnkang = try hits("doc:\(CorpusFixtures.ankang)", index: "freshidx", in: scratch)
    #expect(!ankang.isEmpty && ankang.sorted() == freshAnkang.sorted())
    let marked = try CommandRunner.run(["tasks", "--dept", "财政", "--format", "csv", "--index", "idx"], in: scratch.url)
    let freshMarked = try CommandRunner.run(["tasks", "--dept", "财政", "--format", "csv", "--index", "freshidx"], in: scratch.url)
    #expect(marked.stdout.split(separator: "\n").sorted() == freshMarked.stdout.split(separator: "\n").sorted())

    // Every file changed: more than a quarter of the records would be deleted, so the segments merge into one.
    for stem in [CorpusFixtures.hunan, CorpusFixtures.ankang, CorpusFixtures.nanning] {
      let path = scratch.path + "/docs/\(stem).txt"
      try (try String(contentsOfFile: path, encoding: .utf8) + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
    let merged = try CommandRunner.run(["index", "docs", "--index", "idx"], in: scratch.url)
    #expect(merged.stderr.hasPrefix("indexed 3 files (3 parsed, 0 unchanged, 0 dropped, 0 unreadable): "), "\(merged.stderr)")
    // The update is reported as soon as it is published, then the merge after it.
    #expect(merged.stderr.contains(" measures in 4 segments → idx\nmerged 4 segments into one in "), "\(merged.stderr)")
    #expect(merged.stderr.hasSuffix(" measures → idx\n"), "\(merged.stderr)")
    let current = try String(contentsOfFile: scratch.path + "/idx/CURRENT", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(try !FileManager.default.contentsOfDirectory(atPath: scratch.path + "/idx/" + current).contains("seg-1"))
    #expect(try hits("扶贫", index: "idx", in: scratch).sorted() == hits("扶贫", index: "freshidx", in: scratch).sorted())
  }

  /// `--merge` rewrites the index as one segment on request, with the same answers.
  @Test func mergeOnRequest() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try copy(CorpusFixtures.hunan, to: "docs", in: scratch)
    #expect(try CommandRunner.run(["index", "docs", "--index", "idx"], in: scratch.url).status == 0)
    try copy(CorpusFixtures.ankang, to: "docs", in: scratch)
    let added = try CommandRunner.run(["index", "docs", "--index", "idx"], in: scratch.url)
    #expect(added.stderr.hasSuffix(" measures in 2 segments → idx\n"), "\(added.stderr)")
    let before = try hits("扶贫", index: "idx", in: scratch)
    let merged = try CommandRunner.run(["index", "docs", "--index", "idx", "--merge"], in: scratch.url)
    #expect(merged.status == 0)
    #expect(merged.stderr.hasPrefix("indexed 2 files (0 parsed, 2 unchanged, 0 dropped, 0 unreadable): "), "\(merged.stderr)")
    #expect(!merged.stderr.contains("segments"), "\(merged.stderr)")
    #expect(try !FileManager.default.contentsOfDirectory(atPath: scratch.path + "/idx/gen-000003").contains("seg-1"))
    #expect(try hits("扶贫", index: "idx", in: scratch).sorted() == before.sorted())
    let again = try CommandRunner.run(["index", "docs", "--index", "idx", "--merge"], in: scratch.url)
    #expect(again.stderr.hasPrefix("index up to date: 2 files, "), "\(again.stderr)")
    let refused = try CommandRunner.run(["index", "--verify", "--merge", "--index", "idx"], in: scratch.url)
    #expect(refused.status != 0 && refused.stderr.contains("--merge rewrites an index of documents"))
  }
}
