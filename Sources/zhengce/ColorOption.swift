import ArgumentParser
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// `--color auto|always|never`, as grep, ripgrep and git spell it.
struct ColorOption: ParsableArguments {
  enum Choice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
  }

  @Option(help: "Highlight matches: auto (on a terminal, unless NO_COLOR is set), always or never.")
  var color: Choice = .auto

  /// Whether to write colour codes to standard output.
  var enabled: Bool {
    switch color {
    case .always: true
    case .never: false
    case .auto: isatty(STDOUT_FILENO) == 1 && !Environment.current.noColor
    }
  }
}
