import Foundation
import Testing
import ZhengceTestSupport

/// Issue 20's acceptance: writers and readers of one index at the same time,
/// as separate `zhengce` processes. No search may fail, no writer may report
/// success while its generation is not current, and the final index must
/// answer like a fresh build. Each test is bounded in time.
@Suite(.serialized) struct ConcurrencyStressTests {
  /// Two `index` runs on a folder that does not exist yet, 50 times: both
  /// succeed (the second waits for the first), and the index then answers
  /// like a build made alone.
  @Test func twoWritersOnANewFolder() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let records = try StressRecords.write(.hunan, in: scratch)
    let fresh = try StressRecords.freshAnswer(records, in: scratch)
    for round in 0..<50 {
      let index = scratch.path + "/index-\(round)"
      let runs = Parallel.run(2) { _ in try CommandRunner.run(["index", "--records", records, "--index", index]) }
      for run in runs {
        #expect(run?.status == 0, "round \(round): \(run?.stderr ?? "did not run")")
        #expect(run?.stderr.contains("indexed") == true, "round \(round): \(run?.stderr ?? "")")
      }
      let current = try String(contentsOfFile: index + "/CURRENT", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
      #expect(FileManager.default.fileExists(atPath: index + "/" + current + "/meta.json"), "round \(round): CURRENT names \(current)")
      // Reading every round's answer would double the test's time; every tenth is read.
      if round % 10 == 9 { #expect(try StressRecords.answer(index: index) == fresh, "round \(round)") }
    }
  }

  /// For 20 s one writer switches the index between two record sets while two
  /// readers search it: every search succeeds with the answer of one set or the
  /// other, never "corrupt", and the last write is what the index answers.
  @Test func writersAndReadersInterleaved() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let sets = [try StressRecords.write(.hunan, in: scratch), try StressRecords.write(.ankang, in: scratch)]
    let answers = try sets.map { try StressRecords.freshAnswer($0, in: scratch) }
    let index = scratch.path + "/index"
    _ = try CommandRunner.run(["index", "--records", sets[0], "--index", index])
    let deadline = Date().addingTimeInterval(20)
    let results = Parallel.run(3) { worker -> (writes: Int, searches: Int, problems: [String], last: Int) in
      var (writes, searches, problems, last) = (0, 0, [String](), 0)
      while Date() < deadline {
        if worker == 0 {
          last = writes % 2 == 0 ? 1 : 0
          let run = try CommandRunner.run(["index", "--records", sets[last], "--index", index])
          if run.status != 0 { problems.append("write: \(run.stderr)") }
          writes += 1
        } else {
          let run = try CommandRunner.run(["search", "--index", index, "--batch"], stdin: StressRecords.query + "\n")
          searches += 1
          if run.status != 0 || !answers.contains(run.stdout) { problems.append("search: \(run.stdout) \(run.stderr)") }
        }
      }
      return (writes, searches, problems, last)
    }
    let writer = try #require(results[0])
    #expect(writer.writes >= 5)
    #expect(results.compactMap { $0?.searches }.reduce(0, +) >= 20)
    for result in results { #expect(result?.problems == [], "\(result?.problems.prefix(3) ?? [])") }
    #expect(try StressRecords.answer(index: index) == answers[writer.last])
  }

  /// Eight `zhengce search` runs at once on an empty cache (the README's first
  /// command, in parallel): all answer the same, and one of them built the
  /// index while the others waited, so there is a single generation.
  @Test func eightDefaultSearchesOnAnEmptyCache() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let environment = ["XDG_CACHE_HOME": scratch.path + "/cache"]
    let runs = Parallel.run(8) { _ in try CommandRunner.run(["search", "易地扶贫搬迁", "--limit", "3"], environment: environment) }
    let first = try #require(runs[0])
    #expect(first.stdout.hasPrefix("5 matches for 易地扶贫搬迁 (1–3)"), "\(first.stdout)")
    for run in runs {
      #expect(run?.status == 0, "\(run?.stderr ?? "did not run")")
      #expect(run?.stdout == first.stdout)
    }
    let index = scratch.path + "/cache/zhengce/index"
    let generations = try FileManager.default.contentsOfDirectory(atPath: index).filter { $0.hasPrefix("gen-") }
    #expect(generations == ["gen-000001"])
  }
}

/// Record sets made of real measures' text, and the batch answer they give.
enum StressRecords {
  /// Every query of the stress tests: 扶贫 in any province, every match listed.
  static let query = #"{"terms": ["扶贫"], "province": null, "limit": 0}"#

  /// Writes the lines of a bundled document as `--records` JSON Lines (one record per line of text).
  static func write(_ stem: String, in scratch: Scratch) throws -> String {
    let text = try String(contentsOfFile: CorpusFixtures.path(stem), encoding: .utf8)
    let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    var out = ""
    for (i, line) in lines.enumerated() {
      let object: [String: String] = ["id": "\(stem)-\(i)", "doc": stem, "text": line]
      out += String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self) + "\n"
    }
    return try scratch.write(stem + ".jsonl", out)
  }

  /// The batch answer of an index built from `records` alone.
  static func freshAnswer(_ records: String, in scratch: Scratch) throws -> String {
    let index = scratch.path + "/fresh-" + UUID().uuidString
    let build = try CommandRunner.run(["index", "--records", records, "--index", index])
    #expect(build.status == 0, "\(build.stderr)")
    return try answer(index: index)
  }

  static func answer(index: String) throws -> String {
    let run = try CommandRunner.run(["search", "--index", index, "--batch"], stdin: query + "\n")
    #expect(run.status == 0, "\(run.stderr)")
    return run.stdout
  }
}

extension String {
  static let hunan = CorpusFixtures.hunan
  static let ankang = CorpusFixtures.ankang
}

/// Runs `count` bodies at once, each on a thread of its own (processes they
/// start must really overlap, which a pool sized to the cores would not ensure).
enum Parallel {
  static func run<T: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) throws -> T) -> [T?] {
    let results = Results<T>(count: count)
    let group = DispatchGroup()
    for i in 0..<count {
      group.enter()
      Thread.detachNewThread {
        results.set(i, try? body(i))
        group.leave()
      }
    }
    group.wait()
    return results.values
  }

  private final class Results<T: Sendable>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: T?) { lock.withLock { slots[i] = value } }
    var values: [T?] { lock.withLock { slots } }
  }
}
