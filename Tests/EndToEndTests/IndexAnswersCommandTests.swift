import Foundation
import Testing
import ZhengceTestSupport

/// `tasks`, `commitments`, `compare` and `export` answer from an index's stored
/// documents exactly as from the files: the same bytes from the files parsed,
/// from `--index DIR`, and from the bundled corpus's cached index (no files).
@Suite(.serialized) struct IndexAnswersCommandTests {
  /// A scratch folder with the corpus, its index in `idx`, and an environment
  /// whose cached index is the scratch's own.
  private struct Indexed {
    let scratch: Scratch
    let environment: [String: String]
    var corpus: String { scratch.path + "/corpus" }

    init(_ name: String = #function) throws {
      scratch = try Scratch(name)
      try FileManager.default.copyItem(
        at: CorpusFixtures.root.appendingPathComponent("corpus"), to: scratch.url.appendingPathComponent("corpus"))
      environment = ["XDG_CACHE_HOME": scratch.path + "/cache", "ZHENGCE_INDEX": "", "ZHENGCE_PLUGIN_PATH": ""]
      let built = try CommandRunner.run(["index", corpus, "--index", "idx"], in: scratch.url, environment: environment)
      #expect(built.status == 0, "\(built.stderr)")
    }

    func run(_ args: [String]) throws -> CommandRunner.Output {
      try CommandRunner.run(args, in: scratch.url, environment: environment)
    }
  }

  /// Each command line (options only), then where its files go: after the options.
  static let commands: [[String]] = [
    ["tasks", "--dept", "财政", "--format", "csv"],
    ["tasks", "--dept", "财政", "--format", "json"],
    ["tasks", "--dept", "省乡村振兴局", "--role", "lead", "--format", "json"],
    ["tasks", "--dept", "市人社局", "--format", "markdown"],
    ["commitments", "--format", "csv"],
    ["commitments", "--format", "json"],
    ["commitments", "--unit", "%", "--province", "湖南", "--format", "csv"],
    ["commitments", "--check", "--format", "json"],
    ["compare", "--topic", "易地扶贫搬迁", "--format", "csv"],
    ["compare", "--topic", "教育扶贫", "--provinces", "湖南,辽宁", "--format", "json"],
    ["compare", "宽带 覆盖", "--by", "doc", "--format", "json"],
    ["compare", "dept:财政 role:lead", "--format", "csv"],
    ["export", "--format", "csv", "--table", "documents"],
    ["export", "--format", "csv", "--table", "measures"],
    ["export", "--format", "csv", "--table", "departments"],
    ["export", "--format", "jsonl", "--table", "commitments"],
    ["export", "--format", "jsonl", "--table", "measure_topics"],
    ["export", "--format", "stream"],
  ]

  @Test func everyAnswerIsTheSameFromFilesAndFromTheIndex() throws {
    let indexed = try Indexed()
    defer { indexed.scratch.remove() }
    for command in Self.commands {
      let files = try indexed.run(command + [indexed.corpus])
      #expect(files.status == 0, "\(command): \(files.stderr)")
      #expect(!files.stdout.isEmpty, "\(command)")
      let index = try indexed.run(command + ["--index", "idx"])
      #expect(index.status == 0 && index.stderr.isEmpty, "\(command): \(index.stderr)")
      #expect(index.stdout == files.stdout, "\(command) --index")
      let cached = try indexed.run(command)
      #expect(cached.status == 0 && cached.stderr.isEmpty, "\(command): \(cached.stderr)")
      #expect(cached.stdout == files.stdout, "\(command) without files")
    }
  }

  @Test func theSQLiteDatabaseIsTheSame() throws {
    let indexed = try Indexed()
    defer { indexed.scratch.remove() }
    #expect(try indexed.run(["export", "--output", "files.db", indexed.corpus]).status == 0)
    #expect(try indexed.run(["export", "--output", "index.db", "--index", "idx"]).status == 0)
    let files = try Data(contentsOf: indexed.scratch.url.appendingPathComponent("files.db"))
    let index = try Data(contentsOf: indexed.scratch.url.appendingPathComponent("index.db"))
    #expect(!files.isEmpty && files == index)
    #expect(try SQLiteQuery(path: indexed.scratch.path + "/index.db").rows("select count(*) from commitments") == [["257"]])
  }

  @Test func aDamagedOrStaleStoreIsOneLineAndAFailure() throws {
    let indexed = try Indexed()
    defer { indexed.scratch.remove() }
    let generation = "idx/gen-000001"
    let stored = indexed.scratch.url.appendingPathComponent(generation + "/stored.zx")
    let good = try Data(contentsOf: stored)
    var damaged = good
    damaged[damaged.count / 2] ^= 0xFF
    try damaged.write(to: stored)
    let checksum = "zhengce: \(generation)/stored.zx: corrupt index (checksum mismatch); rebuild with zhengce index\n"
    let tasks = try indexed.run(["tasks", "--dept", "财政", "--index", "idx"])
    #expect(tasks.status == 2 && tasks.stderr == checksum && tasks.stdout.isEmpty, "\(tasks.stderr)")
    let export = try indexed.run(["export", "--format", "stream", "--index", "idx"])
    #expect(export.status == 1 && export.stderr == checksum && export.stdout.isEmpty, "\(export.stderr)")

    // The stored documents of another index (one document) in this generation: meta.json disagrees.
    let other = try indexed.run(["index", indexed.corpus + "/hunan-2018-deep-poverty-plan.txt", "--index", "one"])
    #expect(other.status == 0)
    try FileManager.default.removeItem(at: stored)
    try FileManager.default.copyItem(at: indexed.scratch.url.appendingPathComponent("one/gen-000001/stored.zx"), to: stored)
    for command in [["commitments"], ["compare", "--topic", "教育扶贫"], ["export", "--format", "stream"]] {
      let stale = try indexed.run(command + ["--index", "idx"])
      #expect(stale.status == (command == ["commitments"] ? 2 : 1), "\(command)")
      #expect(stale.stderr.hasPrefix("zhengce: \(generation)/stored.zx: corrupt index ("), "\(command): \(stale.stderr)")
      #expect(stale.stderr.hasSuffix("meta.json says \(good.count)); rebuild with zhengce index\n"), "\(stale.stderr)")
      #expect(stale.stderr.split(separator: "\n").count == 1)
    }
  }

  @Test func filesAndAnIndexTogetherAreRefused() throws {
    let run = try CommandRunner.run(["tasks", "--dept", "财政", "--index", "idx", "corpus"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("--index answers from an index: name no files with it"))
    let missing = try CommandRunner.run(["export", "--format", "stream", "--index", "/nonexistent/idx"])
    #expect(missing.status == 1)
    #expect(missing.stderr == "zhengce: /nonexistent/idx: no index here (build one with zhengce index)\n")
  }
}
