import Foundation
import Testing
import ZhengceTestSupport

/// `bench` and `bench-parse` refuse impossible options and unwritable places in one line.
@Suite struct BenchOptionsCommandTests {
  @Test func negativeCountsAreUsageErrors() throws {
    for option in [["--measures=-5"], ["--measures", "-5"], ["--rounds", "-1"]] {
      let bench = try CommandRunner.run(["bench"] + option)
      #expect(bench.status == 64)
      #expect(bench.stderr.hasPrefix("Error: --measures, --queries, --rounds and --slowest must be ≥ 0\n"), "\(option)")
    }
    let parse = try CommandRunner.run(["bench-parse", "--megabytes=-1"])
    #expect(parse.status == 64)
    #expect(parse.stderr.hasPrefix("Error: --megabytes and --threads must be > 0\n"))
  }

  @Test func aFileInTheWayOfTheExportOrIndexIsNamed() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try scratch.write("taken", "x")
    let export = try CommandRunner.run(["bench", "--measures", "10", "--queries", "1", "--rounds", "1", "--export", "taken"], in: scratch.url)
    #expect(export.status == 1)
    #expect(export.stderr == "zhengce: taken: not a directory (--export names a directory for records.jsonl and queries.jsonl)\n")
    let index = try CommandRunner.run(["bench", "--measures", "10", "--queries", "1", "--rounds", "1", "--index", "taken"], in: scratch.url)
    #expect(index.status == 1)
    #expect(index.stderr == "zhengce: taken: is a file, not an index directory\n")
    let empty = try scratch.write("empty.txt", "")
    let parse = try CommandRunner.run(["bench-parse", "--megabytes", "1", empty])
    #expect(parse.status == 1)
    #expect(parse.stderr == "zhengce: \(empty): empty file\n")
  }
}

/// `tasks` needs a department to list.
@Suite struct TasksOptionsCommandTests {
  @Test func anEmptyDepartmentIsAUsageError() throws {
    let run = try CommandRunner.run(["tasks", "--dept", " "])
    #expect(run.status == 2)
    #expect(run.stdout == "")
    #expect(run.stderr.hasPrefix("Error: --dept needs a department: a family (财政), a name or an alias\n"))
  }
}
