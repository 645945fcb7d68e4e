import ArgumentParser
import Foundation
import ZhengceCore
import ZhengceParser

/// `zhengce parse [FILE|DIR]...`: the outline tree, or the JSON contract with `--json`.
struct ParseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse", abstract: "Parse documents into metadata, outline and measures.")

  @Argument(help: "Documents (.txt or .html, UTF-8 or GB18030) or directories; the bundled corpus when none are given.")
  var files: [String] = []

  @Flag(help: "Print the contract JSON, one object per line (JSON Lines).")
  var json = false

  @OptionGroup var plugins: PluginOptions

  func run() throws {
    let run = try DocumentRun(plugins: plugins)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
    let ok = try run.forEach(try DocumentRun.paths(files)) { result in
      if json {
        print(String(decoding: try encoder.encode(result.document), as: UTF8.self))
      } else {
        print(OutlineReport(result: result).render())
      }
    }
    if !ok { throw ExitCode(1) }
  }
}
