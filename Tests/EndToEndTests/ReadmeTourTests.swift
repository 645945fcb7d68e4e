import Foundation
import Testing
import ZhengceTestSupport

/// Every command of the README's command-line tour runs and succeeds, in a
/// scratch folder holding the bundled corpus, as a new user would type it.
@Suite struct ReadmeTourTests {
  /// The tour's command lines: the block after "## Command-line tour", comments dropped.
  static func tour() throws -> [String] {
    let readme = try String(contentsOf: CorpusFixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
    let section = try #require(readme.range(of: "## Command-line tour"))
    let start = try #require(readme.range(of: "```sh\n", range: section.upperBound..<readme.endIndex))
    let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
    return readme[start.upperBound..<end.lowerBound].split(separator: "\n").map { line in
      // A comment starts with "  # " (a "#" inside a word is the shell's too: "#20").
      String(line.range(of: "  # ").map { line[..<$0.lowerBound] } ?? line[...]).trimmingCharacters(in: .whitespaces)
    }
  }

  /// Shell words: single quotes group, `> FILE` redirects standard output.
  static func words(_ line: String) -> (args: [String], output: String?) {
    var words: [String] = []
    var word = ""
    var quoted = false
    var any = false
    for c in line {
      if c == "'" {
        quoted.toggle()
        any = true
      } else if c == " ", !quoted {
        if any || !word.isEmpty { words.append(word) }
        word = ""
        any = false
      } else {
        word.append(c)
      }
    }
    if any || !word.isEmpty { words.append(word) }
    if let arrow = words.firstIndex(of: ">"), arrow + 1 < words.count {
      return (Array(words[..<arrow]), words[arrow + 1])
    }
    return (words, nil)
  }

  @Test func everyTourCommandSucceeds() throws {
    let lines = try Self.tour()
    #expect(lines.count >= 20)
    let scratch = try Scratch()
    defer { scratch.remove() }
    try FileManager.default.copyItem(
      at: CorpusFixtures.root.appendingPathComponent("corpus"), to: scratch.url.appendingPathComponent("corpus"))
    let environment = ["XDG_CACHE_HOME": scratch.url.appendingPathComponent("cache").path, "ZHENGCE_PLUGIN_PATH": ""]
    for line in lines {
      let (words, output) = Self.words(line)
      #expect(words.first == "zhengce", "\(line)")
      // A server runs until it is stopped: ServeCommandTests and the browser test drive `serve`.
      if words.dropFirst().first == "serve" { continue }
      let run = try CommandRunner.run(Array(words.dropFirst()), in: scratch.url, environment: environment)
      // search, tasks and commitments exit 1 when nothing matched, as grep does: still a tour answer.
      let grepStyle = ["search", "tasks", "commitments"].contains(words.dropFirst().first ?? "")
      #expect(run.status == 0 || (grepStyle && run.status == 1 && run.stderr.isEmpty), "\(line): \(run.stderr)")
      if let output { try Data(run.stdout.utf8).write(to: scratch.url.appendingPathComponent(output)) }
      #expect(!run.stdout.isEmpty || output != nil || words.contains("--output") || words.contains("index"), "\(line)")
    }
    for written in ["docs.jsonl", "tasks.csv", "edu.html", "corpus.db", "depts.csv", "policies.idx"] {
      #expect(FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent(written).path), "\(written)")
    }
  }
}
