import Foundation
import Testing
import ZhengceCore
import ZhengceTestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Issue 20's inputs, through the built binary: an unreadable folder, a file
/// name that is not UTF-8, queries that would eat the machine, and the
/// decoder's edge cases.
@Suite struct HostileInputCommandTests {
  /// A folder that cannot be read is named on stderr, the exit status is 1,
  /// and the documents beside it are still parsed and indexed. Root reads any
  /// folder, so as root the commands run as `nobody` (through setpriv).
  @Test(.enabled(if: Unprivileged.available, "needs a non-root user, or setpriv and the user nobody"))
  func anUnreadableFolderIsReportedAndTheRestProcessed() throws {
    let scratch = try Scratch()
    defer {
      chmod(scratch.path + "/docs/locked", 0o755)
      scratch.remove()
    }
    let hunan = try String(contentsOfFile: CorpusFixtures.path(CorpusFixtures.hunan), encoding: .utf8)
    let ankang = try String(contentsOfFile: CorpusFixtures.path(CorpusFixtures.ankang), encoding: .utf8)
    try scratch.write("docs/open/hunan.txt", hunan)
    try scratch.write("docs/locked/ankang.txt", ankang)
    #expect(chmod(scratch.path, 0o777) == 0 && chmod(scratch.path + "/docs/locked", 0) == 0)
    let locked = scratch.path + "/docs/locked"
    let message = "zhengce: \(locked): cannot be read (Permission denied: the documents in it are skipped)"

    let parse = try Unprivileged.run(["parse", "--json", scratch.path + "/docs"])
    #expect(parse.status == 1)
    #expect(parse.stderr == message + "\n")
    #expect(parse.stdout.split(separator: "\n").count == 1)
    #expect(parse.stdout.contains(#""id":"hunan""#))

    let index = try Unprivileged.run(["index", scratch.path + "/docs", "--index", scratch.path + "/index"])
    #expect(index.status == 1)
    #expect(index.stderr.hasPrefix(message + "\nindexed 1 files (1 parsed, 0 unchanged, 0 dropped, 1 unreadable): "))

    let named = try Unprivileged.run(["parse", locked])
    #expect(named.status == 1)
    #expect(named.stderr == message + "\n")
  }

  /// 中.txt written by a GBK system (D6 D0): read, indexed, given an id that keeps its bytes, and shown escaped.
  @Test func aFileNameThatIsNotUTF8IsRead() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let gbk: [UInt8] = [0xD6, 0xD0]
    let hunan = try String(contentsOfFile: CorpusFixtures.path(CorpusFixtures.hunan), encoding: .utf8)
    try Self.create(scratch.path + "/docs/" + FileName.string(gbk + Array(".txt".utf8)), Array(hunan.utf8))
    try scratch.write("docs/liaoning.txt", try String(contentsOfFile: CorpusFixtures.path(CorpusFixtures.liaoning), encoding: .utf8))

    let index = try CommandRunner.run(["index", scratch.path + "/docs", "--index", scratch.path + "/index"])
    #expect(index.status == 0, "\(index.stderr)")
    #expect(index.stderr.hasPrefix("indexed 2 files (2 parsed, 0 unchanged, 0 dropped, 0 unreadable): "))
    let again = try CommandRunner.run(["index", scratch.path + "/docs", "--index", scratch.path + "/index"])
    #expect(again.stderr.hasPrefix("index up to date: 2 files"), "\(again.stderr)")

    let parse = try CommandRunner.run(["parse", "--json", scratch.path + "/docs"])
    #expect(parse.status == 0)
    let ids = parse.stdout.split(separator: "\n").compactMap { line in
      (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
    }
    #expect(ids == ["liaoning", FileName.string(gbk)])

    try Self.create(scratch.path + "/empty/" + FileName.string(gbk + Array(".txt".utf8)), [])
    let empty = try CommandRunner.run(["parse", scratch.path + "/empty"])
    #expect(empty.status == 1)
    #expect(empty.stderr == "zhengce: \(scratch.path)/empty/\\xd6\\xd0.txt: empty file\n")
  }

  /// A 300k-character term is refused within a second; 5,000 repeats of one
  /// term are answered within a second and 200 MB (issue 20: 1.7 GB for 3,333).
  @Test func queriesAreBounded() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let index = scratch.path + "/index"
    let build = try CommandRunner.run(["index", "--records", try StressRecords.write(.hunan, in: scratch), "--index", index])
    #expect(build.status == 0, "\(build.stderr)")

    let session = try BatchSession(index: index)
    let long = #"{"terms": [""# + String(repeating: "贫", count: 300_000) + #""], "limit": 3}"#
    let refused = try session.ask(long)
    #expect(refused.answer == #"{"ids": [], "total": 0, "error": "line 1: query longer than 2000 characters (300000)"}"#)
    #expect(refused.seconds < 1)
    let repeated = #"{"terms": ["# + Array(repeating: #""深度贫困""#, count: 5_000).joined(separator: ", ") + #"], "limit": 3}"#
    let answered = try session.ask(repeated)
    let single = try session.ask(#"{"terms": ["深度贫困"], "limit": 3}"#)
    #expect(answered.answer == single.answer)
    #expect(answered.answer.hasPrefix(#"{"ids": ["hunan-"#))
    #expect(answered.seconds < 1)
    #expect(try session.peakMegabytes() < 200)
    session.finish()

    // One argument holds at most 128 KiB (MAX_ARG_STRLEN): 40,000 characters on the command line.
    let start = Date()
    let search = try CommandRunner.run(["search", "--index", index, String(repeating: "贫", count: 40_000)])
    #expect(Date().timeIntervalSince(start) < 1)
    #expect(search.status == 2)
    #expect(search.stderr == "zhengce: bad query at column 2001: query longer than 2000 characters\n")
  }

  /// GB18030 cut inside a four-byte character: one U+FFFD and no stray digit;
  /// a NUL in the text: gone from the JSON.
  @Test func decoderEdgeCases() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    // The first lines of corpus/hunan-2018-deep-poverty-plan.txt.
    let text = try String(contentsOfFile: CorpusFixtures.path(CorpusFixtures.hunan), encoding: .utf8)
      .split(separator: "\n").prefix(8).joined(separator: "\n")
    let gb = try #require(GB18030.encode(text))
    let cut = try scratch.write("cut.txt", gb + [0x81, 0x36])  // • (81 36 A6 31) cut after two bytes
    let parsed = try CommandRunner.run(["parse", "--json", cut])
    #expect(parsed.status == 0, "\(parsed.stderr)")
    #expect(parsed.stdout.components(separatedBy: "\u{FFFD}").count == 2)
    #expect(parsed.stdout.contains("邵阳市城步县。\u{FFFD}\""))

    let nul = try scratch.write("nul.txt", text.replacingOccurrences(of: "一、总体要求", with: "一、总体\u{0}要求"))
    let withNUL = try CommandRunner.run(["parse", "--json", nul])
    #expect(withNUL.status == 0, "\(withNUL.stderr)")
    #expect(!withNUL.stdout.contains("\\u0000"))
    #expect(withNUL.stdout.contains(#""title":"总体要求""#))
  }

  /// Writes `bytes` to `path` through its raw bytes (`FileName`), folders created.
  static func create(_ path: String, _ bytes: [UInt8]) throws {
    try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    let fd = FileName.withCString(path) { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
    try #require(fd >= 0)
    defer { close(fd) }
    #expect(bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == bytes.count)
  }
}

/// Runs `zhengce` as a user who cannot read a folder of mode 000: the current
/// user when it is not root, else `nobody` through `setpriv`.
enum Unprivileged {
  static let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }
  static var available: Bool { geteuid() != 0 || (setpriv != nil && getpwnam("nobody") != nil) }

  static func run(_ args: [String]) throws -> CommandRunner.Output {
    guard geteuid() == 0, let setpriv else { return try CommandRunner.run(args) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: setpriv)
    process.arguments = ["--reuid=nobody", "--regid=\(getpwnam("nobody")?.pointee.pw_gid ?? 65534)", "--clear-groups",
                         try CommandRunner.binary().path] + args
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment["XDG_CACHE_HOME"] = NSTemporaryDirectory()
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandRunner.Output(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}

/// One `zhengce search --batch` process kept open: each line sent is timed to
/// its answer, and the peak memory of the process read while it still runs.
final class BatchSession {
  private let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private var pending = Data()

  init(index: String) throws {
    process.executableURL = try CommandRunner.binary()
    process.arguments = ["search", "--index", index, "--batch"]
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
  }

  func ask(_ line: String) throws -> (answer: String, seconds: Double) {
    let start = Date()
    input.fileHandleForWriting.write(Data((line + "\n").utf8))
    while !pending.contains(0x0A) {
      let chunk = output.fileHandleForReading.availableData
      try #require(!chunk.isEmpty, "zhengce --batch stopped")
      pending += chunk
    }
    let newline = try #require(pending.firstIndex(of: 0x0A))
    let answer = String(decoding: pending[..<newline], as: UTF8.self)
    pending = Data(pending[(newline + 1)...])
    return (answer, Date().timeIntervalSince(start))
  }

  /// The process's peak resident memory so far (VmHWM), in MB.
  func peakMegabytes() throws -> Int {
    let status = try String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)
    let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") })
    let kilobytes = try #require(Int(line.split(separator: " ").dropFirst().first ?? ""))
    return kilobytes / 1024
  }

  func finish() {
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
  }
}
