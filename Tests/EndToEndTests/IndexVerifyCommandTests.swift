import Foundation
import Testing
import ZhengceTestSupport

/// `zhengce index --verify`, and a damaged part found by the first command
/// that reads it: one line naming the file, and a failing exit status.
@Suite struct IndexVerifyCommandTests {
  /// A scratch directory holding the records of `IndexBadInputCommandTests` and their index `idx`.
  private func indexed() throws -> Scratch {
    let scratch = try Scratch()
    try scratch.write("records.jsonl", IndexBadInputCommandTests.records)
    let run = try CommandRunner.run(["index", "--records", "records.jsonl", "--index", "idx"], in: scratch.url)
    #expect(run.status == 0, "\(run.stderr)")
    return scratch
  }

  /// Damages `file`: its third last byte, or in the postings every byte of
  /// every list (the 8 bytes of padding after them are read by no search).
  private func flip(_ file: String, in scratch: Scratch) throws {
    let url = scratch.url.appendingPathComponent("idx/gen-000001/" + file)
    var bytes = try Data(contentsOf: url)
    if file == "postings.zx" {
      for k in 24..<(bytes.count - 8) { bytes[k] ^= 0xFF }
    } else {
      bytes[bytes.count - 3] ^= 0xFF
    }
    try bytes.write(to: url)
  }

  @Test func aSoundIndexVerifiesWithOneLinePerFile() throws {
    let scratch = try indexed()
    defer { scratch.remove() }
    let run = try CommandRunner.run(["index", "--verify", "--index", "idx"], in: scratch.url)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.isEmpty)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    let files = ["meta.json", "terms.zx", "postings.zx", "positions.zx", "docs.zx", "ids.zx", "store.zx", "stored.zx"]
    #expect(lines.count == files.count + 1)
    for (line, file) in zip(lines, files) {
      #expect(line.hasPrefix(file) && line.hasSuffix(" bytes  ok"), "\(line)")
    }
    #expect(lines.last?.hasPrefix("sound: 8 files, ") == true && lines.last?.hasSuffix("idx/gen-000001") == true, "\(run.stdout)")
  }

  @Test(arguments: ["postings.zx", "store.zx"])
  func aDamagedPartFailsTheFirstSearchAndTheCheck(file: String) throws {
    let scratch = try indexed()
    defer { scratch.remove() }
    try flip(file, in: scratch)
    let message = "zhengce: idx/gen-000001/\(file): corrupt index (checksum mismatch); rebuild with zhengce index\n"
    let search = try CommandRunner.run(["search", "--index", "idx", "扶贫"], in: scratch.url)
    #expect(search.status == 2)
    if file == "store.zx" {
      // The search reads the records it shows, each checked with its block alone.
      #expect(search.stderr.hasPrefix("zhengce: idx/gen-000001/store.zx: corrupt index (the record of "))
      #expect(search.stderr.hasSuffix(" is unreadable: its block is damaged); rebuild with zhengce index\n"))
    } else {
      // The search reads one posting list, checked on its own.
      #expect(
        search.stderr == "zhengce: idx/gen-000001/postings.zx: corrupt index (the postings of the term 扶贫 fail their checksum); rebuild with zhengce index\n")
    }
    let verify = try CommandRunner.run(["index", "--verify", "--index", "idx"], in: scratch.url)
    #expect(verify.status == 1)
    #expect(verify.stderr == message)
    #expect(verify.stdout.contains("\(file)") && verify.stdout.contains(" bytes  damaged\n"), "\(verify.stdout)")
    #expect(!verify.stdout.contains("sound:"))
  }

  @Test func verifyTakesNoPaths() throws {
    let run = try CommandRunner.run(["index", "--verify", "corpus"])
    #expect(run.status != 0)
    #expect(run.stderr.contains("--verify checks an index: give no paths or --records with it"))
  }
}
