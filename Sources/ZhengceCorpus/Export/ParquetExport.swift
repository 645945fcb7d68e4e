import Foundation
import ZhengceCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `zhengce export --format parquet`: one Parquet file per table in a directory,
/// written by a real Parquet writer (pyarrow) through the Python package's
/// `zhengce.parquet` module, which reads the typed stream (`ExportStream`) on
/// its standard input. No Parquet byte is written here.
///
/// The writer puts the files in place only when the stream's end line arrives,
/// so a failed or interrupted export leaves the previous files as they were.
public final class ParquetExport: ExportWriter {
  /// The environment variable the command line reads for `python` (default `python3`),
  /// named in the advice when the writer cannot run.
  public static let pythonVariable = "ZHENGCE_PYTHON"

  private let directory: String
  private let python: String
  private let process = Process()
  private let input = Pipe()
  private let errors = ErrorText()
  private var stream = ExportStream()

  /// Starts the writer for `directory` (created if missing).
  /// - Parameter python: the interpreter that has the `zhengce` package and pyarrow.
  public init(directory: String, python: String = "python3") throws(ExportError) {
    self.directory = directory
    self.python = python
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [python, "-m", "zhengce.parquet", directory]
    process.standardInput = input
    let errorPipe = Pipe()
    process.standardError = errorPipe
    // A writer that exits early must make our writes fail (EPIPE), not kill us.
    signal(SIGPIPE, SIG_IGN)
    do {
      try process.run()
    } catch {
      throw .output(path: directory, reason: "cannot start \(python): \(error.localizedDescription)")
    }
    errors.collect(errorPipe.fileHandleForReading)
    try send(stream.header)
  }

  public var prepare: @Sendable (ParsedDocument) -> ExportStream.Lines { { ExportStream.lines(of: $0) } }

  public func add(_ lines: ExportStream.Lines) throws(ExportError) {
    try send(stream.counting(lines))
  }

  public func commit() throws(ExportError) {
    try send(stream.end)
    try finish()
  }

  public func discard() {
    // Without the end line the writer removes what it began.
    _ = try? finish()
  }

  private func send(_ text: String) throws(ExportError) {
    do {
      try input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    } catch {
      try finish()
      throw .output(path: directory, reason: "the Parquet writer stopped reading")
    }
  }

  /// Closes the stream and waits for the writer; a failure names what it said.
  private func finish() throws(ExportError) {
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw .output(path: directory, reason: Self.explain(python: python, status: process.terminationStatus, said: errors.text))
    }
  }

  /// The writer's last stderr line, with what to install when Python or a module is missing.
  static func explain(python: String, status: Int32, said: String) -> String {
    let last = said.split(separator: "\n").last.map(String.init) ?? "exit status \(status)"
    let missing = status == 127 || last.contains("No module named")
    let hint = missing
      ? "; Parquet is written by Python with pyarrow: pip install ./python pyarrow, or set \(pythonVariable) to a Python that has them"
      : ""
    return "\(python) -m zhengce.parquet: \(last)\(hint)"
  }
}

/// The text a child process writes to stderr, read as it comes so the child never blocks on a full pipe.
private final class ErrorText: @unchecked Sendable {
  private var data = Data()
  private let lock = NSLock()
  private let done = DispatchSemaphore(value: 0)

  func collect(_ handle: FileHandle) {
    Thread.detachNewThread { [self] in
      let all = handle.readDataToEndOfFile()
      lock.withLock { data = all }
      done.signal()
    }
  }

  /// Waits for the end of the stream (the child has exited) and gives its text.
  var text: String {
    done.wait()
    done.signal()
    return lock.withLock { String(decoding: data, as: UTF8.self) }
  }
}
