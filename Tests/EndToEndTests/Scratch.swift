import Foundation
import Testing
import ZhengceTestSupport

/// A fresh temporary directory for one test; `remove()` it in a `defer`.
struct Scratch {
  let url: URL
  var path: String { url.path }

  init(_ name: String = #function) throws {
    let tag = name.prefix { $0.isLetter }
    url = FileManager.default.temporaryDirectory.appendingPathComponent("zc-e2e-\(tag)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// Writes `bytes` to `name` (folders created) and returns its path.
  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
    return file.path
  }

  @discardableResult
  func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

  func remove() { try? FileManager.default.removeItem(at: url) }
}

extension Scratch {
  /// A scratch folder whose `idx` holds a one-record index (the measure
  /// `old`, built from `small.jsonl`), with `large.jsonl` beside it: `count`
  /// records of `paragraph` (numbered), filed under the documents `document`
  /// names. Tests interrupt a build of the large file and check that the
  /// small index survives.
  static func indexedWithLargeRecords(
    count: Int, paragraph: String, document: (Int) -> String, name: String = #function
  ) throws -> Scratch {
    let scratch = try Scratch(name)
    try scratch.write("small.jsonl", #"{"id": "old", "province": null, "doc": "d", "text": "扶贫搬迁"}"# + "\n")
    let first = try CommandRunner.run(["index", "--records", "small.jsonl", "--index", "idx"], in: scratch.url)
    #expect(first.status == 0, "\(first.stderr)")
    let lines = (0..<count).map { #"{"id": "r\#($0)", "province": "湖南省", "doc": "\#(document($0))", "text": "\#(paragraph)\#($0)"}"# }
    try scratch.write("large.jsonl", lines.joined(separator: "\n") + "\n")
    return scratch
  }

  /// Starts `zhengce` with `arguments` in this folder, its stderr discarded,
  /// and waits until `ready` holds or the process ends (two minutes at most).
  func start(
    _ arguments: [String], environment: [String: String] = [:], until ready: () -> Bool
  ) throws -> Process {
    let process = Process()
    process.executableURL = try CommandRunner.binary()
    process.arguments = arguments
    process.currentDirectoryURL = url
    if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(120)
    while process.isRunning, Date() < deadline, !ready() { usleep(2_000) }
    return process
  }
}
