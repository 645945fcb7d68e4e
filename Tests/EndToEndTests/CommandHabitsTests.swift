import Foundation
import Testing
import ZhengceTestSupport

/// The habits of grep, ripgrep and git that `zhengce` keeps, run as a binary on the bundled corpus.
@Suite struct CommandHabitsTests {
  private let hunan = "corpus/hunan-2018-deep-poverty-plan.txt"

  @Test func searchTasksAndCommitmentsExitLikeGrep() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let cache = ["XDG_CACHE_HOME": scratch.path]
    #expect(try CommandRunner.run(["search", "易地扶贫搬迁", "--limit", "1"], environment: cache).status == 0)
    let none = try CommandRunner.run(["search", "不在任何文件里的词语"], environment: cache)
    #expect(none.status == 1)
    #expect(none.stdout == "0 matches for 不在任何文件里的词语\n")
    #expect(try CommandRunner.run(["tasks", "--dept", "水利", hunan]).status == 0)
    #expect(try CommandRunner.run(["tasks", "--dept", "水利", "--role", "support", hunan]).status == 1)
    #expect(try CommandRunner.run(["commitments", "--unit", "元/年", hunan]).status == 0)
    #expect(try CommandRunner.run(["commitments", "--unit", "光年", hunan]).status == 1)
    let missing = try CommandRunner.run(["tasks", "--dept", "水利", "missing.txt", hunan])
    #expect(missing.status == 2)
    #expect(missing.stderr == "zhengce: missing.txt: no such file\n")
  }

  @Test func anUnknownOptionIsRejectedNotSearchedFor() throws {
    let run = try CommandRunner.run(["search", "扶贫", "--jsn"])
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.hasPrefix(
      "Error: unknown option '--jsn'; did you mean '--json'? (a query that begins with - goes after --: zhengce search -- --jsn)\n"))
    let tasks = try CommandRunner.run(["tasks", "--dept", "水利", "--fromat", "csv"])
    #expect(tasks.status == 2)
    #expect(tasks.stderr.hasPrefix("Error: Unknown option '--fromat'. Did you mean '--format'?\n"))
  }

  @Test func anUnknownDepartmentIsWarnedWithTheNearestNames() throws {
    let run = try CommandRunner.run(["tasks", "--dept", "财正", hunan])
    #expect(run.status == 1)
    #expect(run.stderr == "zhengce: warning: --dept 财正 matches no known name; nearest: 财政\n")
    let province = try CommandRunner.run(["commitments", "--province", "湖男", hunan])
    #expect(province.stderr.hasPrefix("zhengce: warning: --province 湖男 matches no known name; nearest: 湖北, 湖南"))
    let known = try CommandRunner.run(["tasks", "--dept", "省财政厅", "--province", "湖南", hunan])
    #expect(known.stderr.isEmpty)
  }

  @Test func aMistypedCommandGetsDidYouMean() throws {
    let run = try CommandRunner.run(["serach", "扶贫"])
    #expect(run.status == 64)
    #expect(run.stderr == "zhengce: 'serach' is not a command; did you mean 'search'? (see zhengce --help)\n")
  }

  @Test func versionAndCompletions() throws {
    let version = try CommandRunner.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout.hasPrefix("zhengce 0.2.0 ("))
    #expect(version.stdout.contains("contract schemaVersion 6, export stream version 1)"))
    for shell in ["bash", "zsh", "fish"] {
      let script = try CommandRunner.run(["completions", shell])
      #expect(script.status == 0)
      #expect(script.stdout.contains("tasks") && script.stdout.contains("commitments"), "\(shell)")
    }
  }

  @Test func colorIsChosenByTheOption() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let cache = ["XDG_CACHE_HOME": scratch.path]
    let always = try CommandRunner.run(["search", "易地扶贫搬迁", "--limit", "1", "--color", "always"], environment: cache)
    #expect(always.stdout.contains("\u{1B}[1;31m易地扶贫搬迁\u{1B}[0m"))
    let never = try CommandRunner.run(["search", "易地扶贫搬迁", "--limit", "1", "--color", "never"], environment: cache)
    #expect(!never.stdout.contains("\u{1B}["))
    #expect(never.stdout.hasPrefix("5 matches for 易地扶贫搬迁 (1–1)\n"))
  }

  @Test func tablesFitTheTerminalWidth() throws {
    let run = try CommandRunner.run(["compare", "--topic", "易地扶贫搬迁"], environment: ["COLUMNS": "80"])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n").dropFirst()
    #expect(lines.allSatisfy { TextWidth.of(String($0)) <= 80 })
    let tasks = try CommandRunner.run(["tasks", "--dept", "水利", hunan], environment: ["COLUMNS": "60"])
    #expect(tasks.stdout.split(separator: "\n").allSatisfy { TextWidth.of(String($0)) <= 60 })
    // The whole task, wrapped in its column: its last words are there.
    #expect(tasks.stdout.contains("提升水利扶贫"))
  }

  @Test func everyRecordCommandWritesJSONLines() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let runs = [
      ["parse", "--json", hunan],
      ["search", "易地扶贫搬迁", "--json", "--limit", "3"],
      ["tasks", "--dept", "财政", "--format", "json", hunan],
      ["commitments", "--format", "json", hunan],
      ["export", "--format", "jsonl", "--table", "measure_topics", hunan],
    ]
    for args in runs {
      let run = try CommandRunner.run(args, environment: ["XDG_CACHE_HOME": scratch.path])
      #expect(run.status == 0, "\(args): \(run.stderr)")
      let lines = run.stdout.split(separator: "\n")
      #expect(!lines.isEmpty, "\(args)")
      for line in lines {
        #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any], "\(args): \(line.prefix(80))")
      }
    }
  }
}

/// Display columns of a terminal line (CJK two wide), for the width tests.
enum TextWidth {
  static func of(_ line: String) -> Int {
    line.unicodeScalars.reduce(0) { width, u in
      switch u.value {
      case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
        width + 2
      default: width + 1
      }
    }
  }
}
