import Foundation
import Testing
import ZhengceTestSupport

/// `index` and `search` given the wrong place, a damaged index or a malformed query.
@Suite struct IndexBadInputCommandTests {
  static let records = """
    {"id": "r1", "province": "湖南省", "doc": "d1", "text": "扶贫搬迁"}
    {"id": "r2", "province": "湖南省", "doc": "d1", "text": "扶贫扶贫"}
    {"id": "r3", "province": "陕西省", "doc": "d2", "text": "产业扶贫"}

    """

  /// A scratch directory holding `records.jsonl` and its index `idx`.
  private func indexed() throws -> Scratch {
    let scratch = try Scratch()
    try scratch.write("records.jsonl", Self.records)
    let run = try CommandRunner.run(["index", "--records", "records.jsonl", "--index", "idx"], in: scratch.url)
    #expect(run.status == 0, "\(run.stderr)")
    return scratch
  }

  @Test func aFileOrAForeignFolderIsNotTakenForAnIndex() throws {
    let scratch = try indexed()
    defer { scratch.remove() }
    for args in [["index", "--records", "records.jsonl", "--index", "records.jsonl"], ["search", "--index", "records.jsonl", "扶贫"]] {
      let run = try CommandRunner.run(args, in: scratch.url)
      // search exits 2 on an error, as grep does; index exits 1.
      #expect(run.status == (args[0] == "search" ? 2 : 1))
      #expect(run.stderr == "zhengce: records.jsonl: is a file, not an index directory\n")
    }
    try scratch.write("docs/notes.txt", "一、总体要求")
    let run = try CommandRunner.run(["index", "--records", "records.jsonl", "--index", "docs"], in: scratch.url)
    #expect(run.status == 1)
    #expect(run.stderr == "zhengce: docs: not an index directory (it holds notes.txt); name a new or empty directory\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/docs") == ["notes.txt"])
    let folder = try CommandRunner.run(["index", "--records", "idx", "--index", "idx2"], in: scratch.url)
    #expect(folder.stderr == "zhengce: idx: is a directory, not a records file\n")
  }

  @Test func aDamagedOrOlderIndexIsNamedAndRebuilt() throws {
    let scratch = try indexed()
    defer { scratch.remove() }
    let generation = "idx/gen-000001"
    let store = scratch.url.appendingPathComponent(generation + "/store.zx")
    var bytes = try Data(contentsOf: store)
    bytes[bytes.count - 3] ^= 0xFF
    try bytes.write(to: store)
    let damaged = try CommandRunner.run(["search", "--index", "idx", "扶贫"], in: scratch.url)
    #expect(damaged.status == 2)
    // The search reads the records of its hits, each checked with its block alone.
    #expect(damaged.stderr.hasPrefix("zhengce: \(generation)/store.zx: corrupt index (the record of "))
    #expect(damaged.stderr.hasSuffix(" is unreadable: its block is damaged); rebuild with zhengce index\n"))
    #expect(damaged.stderr.split(separator: "\n").count == 1)
    // A full check reads the whole file.
    let verified = try CommandRunner.run(["index", "--verify", "--index", "idx"], in: scratch.url)
    #expect(verified.status != 0)
    #expect(verified.stdout.contains("store.zx: corrupt index (checksum mismatch)") || verified.stderr.contains("store.zx: corrupt index (checksum mismatch)"))
    let meta = scratch.url.appendingPathComponent(generation + "/meta.json")
    // Format 6 is the layout before each posting list carried its own CRC-32.
    let older = try String(contentsOf: meta, encoding: .utf8).replacingOccurrences(of: "\"version\" : 7", with: "\"version\" : 6")
    try older.write(to: meta, atomically: true, encoding: .utf8)
    let old = try CommandRunner.run(["search", "--index", "idx", "扶贫"], in: scratch.url)
    #expect(old.stderr == "zhengce: \(generation)/meta.json: index format version 6, this zhengce reads version 7: rebuild with zhengce index\n")
    let rebuilt = try CommandRunner.run(["index", "--records", "records.jsonl", "--index", "idx"], in: scratch.url)
    #expect(rebuilt.status == 0)
    #expect(try CommandRunner.run(["search", "--index", "idx", "扶贫"], in: scratch.url).stdout.hasPrefix("3 matches for 扶贫 (1–3)\n"))
  }

  @Test func malformedQueriesAndOptionsAreOneLine() throws {
    let scratch = try indexed()
    defer { scratch.remove() }
    let deep = String(repeating: "(", count: 500) + "扶贫" + String(repeating: ")", count: 500)
    let nested = try CommandRunner.run(["search", "--index", "idx", deep], in: scratch.url)
    #expect(nested.status == 2)
    #expect(nested.stderr == "zhengce: bad query at column 101: parentheses nested deeper than 100\n")
    let long = try CommandRunner.run(["search", "--index", "idx", String(repeating: "扶贫", count: 5000)], in: scratch.url)
    #expect(long.status == 2)
    #expect(long.stderr == "zhengce: bad query at column 2001: query longer than 2000 characters\n")
    let past = try CommandRunner.run(["search", "--index", "idx", "--offset", "9223372036854775807", "扶贫"], in: scratch.url)
    #expect(past.status == 0, "\(past.stderr)")
    #expect(past.stdout == "3 matches for 扶贫\n")
    for option in [["--limit=-1"], ["--limit", "-1"], ["--offset", "-3"]] {
      let negative = try CommandRunner.run(["search", "--index", "idx"] + option + ["扶贫"], in: scratch.url)
      #expect(negative.status == 2)
      #expect(negative.stderr.hasPrefix("Error: --limit and --offset must be ≥ 0\n"), "\(option)")
    }
  }

  @Test func doubleDashEndsTheOptionsAndIsNotSearchedFor() throws {
    let scratch = try indexed()
    defer { scratch.remove() }
    let plain = try CommandRunner.run(["search", "--index", "idx", "扶贫", "-搬迁"], in: scratch.url)
    let dashed = try CommandRunner.run(["search", "--index", "idx", "--", "扶贫", "-搬迁"], in: scratch.url)
    #expect(plain.stdout.hasPrefix("2 matches for 扶贫 -搬迁 (1–2)\n"))
    #expect(dashed.stdout == plain.stdout)
  }

  @Test func everyBatchLineGetsOneAnswerLineAndBadLinesSayWhy() throws {
    let scratch = try indexed()
    defer { scratch.remove() }
    let input = [
      #"{"terms": ["扶贫"], "province": "湖南省", "limit": 1}"#, "not json", "",
      #"{"terms": ["扶贫"], "limit": "3"}"#, #"{"terms": "扶贫"}"#, #"{"terms": ["产业"], "province": 5}"#,
      #"{"terms": ["产业"], "limit": 0, "other": true}"#,
    ].joined(separator: "\n") + "\n"
    let run = try CommandRunner.run(["search", "--index", "idx", "--batch"], in: scratch.url, stdin: input)
    #expect(run.status == 0)
    #expect(run.stdout.split(separator: "\n") == [
      #"{"ids": ["r2"], "total": 2}"#,
      #"{"ids": [], "total": 0, "error": "line 2: not a JSON object"}"#,
      #"{"ids": [], "total": 0, "error": "line 4: \"limit\" must be a whole number ≥ 0"}"#,
      #"{"ids": [], "total": 0, "error": "line 5: \"terms\" must be an array of strings"}"#,
      #"{"ids": [], "total": 0, "error": "line 6: \"province\" must be a string or null"}"#,
      #"{"ids": ["r3"], "total": 1}"#,
    ])
    #expect(run.stderr.split(separator: "\n") == [
      "zhengce: stdin:2: not a JSON object",
      #"zhengce: stdin:4: "limit" must be a whole number ≥ 0"#,
      #"zhengce: stdin:5: "terms" must be an array of strings"#,
      #"zhengce: stdin:6: "province" must be a string or null"#,
    ])
  }

  /// `--no-total` answers a query with a limit by its best hits alone, total
  /// null; a query for every match (limit 0) still gets its total.
  @Test func batchWithoutTotalsGivesTheSameHitsAndANullTotal() throws {
    let scratch = try indexed()
    defer { scratch.remove() }
    let input = [
      #"{"terms": ["扶贫"], "province": "湖南省", "limit": 1}"#, #"{"terms": ["产业"], "limit": 0}"#, "not json",
    ].joined(separator: "\n") + "\n"
    let run = try CommandRunner.run(["search", "--index", "idx", "--batch", "--no-total"], in: scratch.url, stdin: input)
    #expect(run.status == 0)
    #expect(run.stdout.split(separator: "\n") == [
      #"{"ids": ["r2"], "total": null}"#,
      #"{"ids": ["r3"], "total": 1}"#,
      #"{"ids": [], "total": 0, "error": "line 3: not a JSON object"}"#,
    ])
    let alone = try CommandRunner.run(["search", "--index", "idx", "--no-total", "扶贫"], in: scratch.url)
    #expect(alone.status == 2)
    #expect(alone.stderr.hasPrefix("Error: --no-total goes with --batch\n"))
  }
}
