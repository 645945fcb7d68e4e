import ArgumentParser
import Foundation
import ZhengceCore
import ZhengceCorpus

/// The `zhengce` command: parse, index and query Chinese policy documents.
@main
struct Zhengce: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "zhengce",
    abstract: "Turn Chinese government policy documents into structured, searchable data.",
    version: BuildInfo.description,
    // Swift cannot discover commands at run time: this is the one list, in help order.
    subcommands: [
      SearchCommand.self, IndexCommand.self, ParseCommand.self, TasksCommand.self, CommitmentsCommand.self,
      CompareCommand.self, ServeCommand.self, ExportCommand.self, CheckCommand.self, PluginsCommand.self, BenchCommand.self, ParseBenchCommand.self,
      CompletionsCommand.self,
    ])

  /// Parses and runs as ArgumentParser does, with two habits of git and grep
  /// added: a mistyped command gets "did you mean", and the usage errors of
  /// `search`, `tasks` and `commitments` exit 2. An async command (`serve`)
  /// runs as one.
  static func main() async {
    // The arguments as the system gave them: a file name that is not UTF-8
    // keeps its bytes (`FileName`) instead of becoming U+FFFD.
    let arguments = (1..<Int(CommandLine.argc)).map { i in
      CommandLine.unsafeArgv[i].map { FileName.string(UnsafeBufferPointer(start: $0, count: strlen($0)).map(UInt8.init(bitPattern:))) } ?? ""
    }
    if let first = arguments.first, !first.hasPrefix("-") {
      let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
      if !names.contains(first) {
        let nearest = KnownNames.nearest(first, among: names, limit: 1)
        Console.error("'\(first)' is not a command" + (nearest.first.map { "; did you mean '\($0)'?" } ?? "") + " (see zhengce --help)")
        Foundation.exit(ExitCode.validationFailure.rawValue)
      }
    }
    var command: any ParsableCommand
    do {
      command = try parseAsRoot(arguments)
    } catch {
      exitAfter(error, grepStyle: arguments.first.map(GrepStatus.commands.contains) ?? false)
    }
    do {
      if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch {
      exit(withError: error)
    }
  }

  private static func exitAfter(_ error: any Error, grepStyle: Bool) -> Never {
    let code = exitCode(for: error)
    guard grepStyle, code != .success else { exit(withError: error) }
    Console.note(fullMessage(for: error))
    Foundation.exit(GrepStatus.usageError)
  }
}

/// What `zhengce --version` prints: the version, the build and the contract it writes.
enum BuildInfo {
  static let version = "0.2.0"

  static var description: String {
    #if DEBUG
    let build = "debug"
    #else
    let build = "release"
    #endif
    #if arch(x86_64)
    let arch = "x86_64"
    #elseif arch(arm64)
    let arch = "arm64"
    #else
    let arch = "other"
    #endif
    #if os(Linux)
    let os = "linux"
    #else
    let os = "macos"
    #endif
    // The Python package reads the last two figures before it relies on the binary.
    return "zhengce \(version) (\(build) build, \(arch)-\(os), contract schemaVersion \(ParsedDocument.currentSchemaVersion), export stream version \(ExportStream.version))"
  }
}

/// `zhengce completions bash|zsh|fish`: the shell completion script, from ArgumentParser.
struct CompletionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "completions",
    abstract: "Print a shell completion script.",
    discussion: """
      bash: zhengce completions bash > ~/.local/share/bash-completion/completions/zhengce
      zsh: zhengce completions zsh > ~/.zfunc/_zhengce (with fpath+=~/.zfunc before compinit)
      fish: zhengce completions fish > ~/.config/fish/completions/zhengce.fish
      """)

  @Argument(help: "bash, zsh or fish.")
  var shell: CompletionShell

  func run() {
    print(Zhengce.completionScript(for: shell))
  }
}

extension CompletionShell: @retroactive ExpressibleByArgument {}
