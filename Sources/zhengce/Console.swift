import ArgumentParser
import Foundation
import ZhengceCorpus
import ZhengceSearch

#if canImport(Glibc)
import Glibc
#endif

/// Terminal helpers shared by the commands: one-line errors, notes, progress, colour.
/// Everything the tool writes to stderr goes through `write`.
enum Console {
  /// Prints `message` as one `zhengce: …` line on stderr.
  static func error(_ message: String) {
    note("zhengce: \(message)")
  }

  /// Prints `message` as a line on stderr.
  static func note(_ message: String) {
    write("\(message)\n")
  }

  private static func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// The width tables are fitted to: `$COLUMNS`, else the terminal's
  /// (TIOCGWINSZ on standard output); nil when writing to a file or a pipe.
  static var terminalWidth: Int? {
    if let columns = Environment.current.columns { return columns }
    var size = winsize()
    guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  /// Says on stderr that `value` of `option` names nothing known, with the nearest names.
  static func warnUnknown(_ option: String, _ value: String, known: [String]) {
    guard !KnownNames.matches(value, known) else { return }
    let nearest = KnownNames.nearest(value, among: known)
    note("zhengce: warning: \(option) \(value) matches no known name"
      + (nearest.isEmpty ? "" : "; nearest: " + nearest.joined(separator: ", ")))
  }

  static func bundledCorpus() throws -> String {
    guard let corpus = Environment.current.bundledCorpus else {
      throw IndexError.missing(path: "corpus/ (set ZHENGCE_CORPUS or give paths)")
    }
    return corpus
  }

  /// Runs `body`; meanwhile SIGINT (Ctrl-C) and SIGTERM run `cleanup` and exit
  /// with status 128 + the signal, so an interrupted command leaves no
  /// temporary files behind. Afterwards both signals act as before (a signal
  /// the shell had us ignore stays ignored).
  static func cleaningUp<T>(onInterrupt cleanup: @escaping @Sendable () -> Void, _ body: () throws -> T) rethrows -> T {
    // A queue of its own: the global queues may be busy with every core parsing.
    let queue = DispatchQueue(label: "zhengce.interrupt")
    let sources = [SIGINT, SIGTERM].compactMap { number -> (Int32, __sighandler_t?, any DispatchSourceSignal)? in
      let previous = signal(number, SIG_IGN)
      if Self.isIgnore(previous) {
        signal(number, previous)
        return nil
      }
      let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
      source.setEventHandler {
        cleanup()
        exit(128 + number)
      }
      source.resume()
      return (number, previous, source)
    }
    defer {
      for (number, previous, source) in sources {
        source.cancel()
        signal(number, previous)
      }
    }
    return try body()
  }

  /// Whether a disposition `signal` returned is SIG_IGN (C function pointers are not Equatable).
  private static func isIgnore(_ handler: __sighandler_t?) -> Bool {
    guard let handler else { return false }
    return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
  }

  /// Says on stderr why nothing happens while another process writes the index at `directory`.
  static func waitingNote(_ directory: String) -> () -> Void {
    { note("waiting for another zhengce writing the index \(directory)") }
  }

  /// A progress bar on stderr when it is a terminal, with the rate in files
  /// per second and the time left; `then` is printed on its own line once the
  /// last file is done, for work that follows it (writing the index).
  static func progressBar(label: String, then: String? = nil) -> (@Sendable (Int, Int) -> Void)? {
    guard isatty(STDERR_FILENO) == 1 else { return nil }
    let start = Date()
    return { done, total in
      let width = 30
      let filled = total == 0 ? width : width * done / total
      let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
      let seconds = Date().timeIntervalSince(start)
      let rate = seconds > 0 ? Double(done) / seconds : 0
      let left = rate > 0 ? Int((Double(total - done) / rate).rounded()) : 0
      let timing = done == total
        ? String(format: " %.0f files/s, %.1f s", rate, seconds)
        : String(format: " %.0f files/s, %d:%02d left", rate, left / 60, left % 60)
      var text = "\r\(label) \(bar) \(done)/\(total)\(timing)\u{1B}[K"
      if done == total { text += "\n" + (then.map { "\($0)\n" } ?? "") }
      write(text)
    }
  }
}

/// Prints `message` as one `zhengce: …` line on stderr and gives the exit status to throw.
func fail(_ message: String) -> ExitCode {
  Console.error(message)
  return ExitCode(1)
}
