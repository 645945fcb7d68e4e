import Foundation

/// Runs the built `zhengce` binary and captures what it prints.
public enum CommandRunner {
  public struct Output: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    public init(status: Int32, stdout: String, stderr: String) {
      self.status = status
      self.stdout = stdout
      self.stderr = stderr
    }
  }

  /// The `zhengce` executable next to the test bundle (SwiftPM puts both in one folder).
  public static func binary() throws -> URL {
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("zhengce")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "zhengce binary near \(CommandLine.arguments[0])"])
  }

  /// Runs `zhengce args…` in `directory` (default: the repository root);
  /// `executable` is another copy of the binary to run.
  public static func run(
    _ args: [String], in directory: URL = CorpusFixtures.root, environment: [String: String] = [:], stdin: String? = nil,
    executable: URL? = nil
  ) throws -> Output {
    let process = Process()
    process.executableURL = try executable ?? binary()
    process.arguments = args
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    // Read both pipes before waiting, so a large output cannot block the child.
    let errData = ReadAll(err.fileHandleForReading)
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                  stderr: String(decoding: errData.wait(), as: UTF8.self))
  }
}

/// Reads a pipe to its end on a background thread.
private final class ReadAll: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)
  init(_ handle: FileHandle) {
    Thread.detachNewThread { [self] in
      data = handle.readDataToEndOfFile()
      done.signal()
    }
  }
  func wait() -> Data {
    done.wait()
    return data
  }
}
