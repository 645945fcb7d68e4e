import ArgumentParser
import Foundation
import ZhengceCore
import ZhengceParser

/// `zhengce parse [FILE|DIR]...`: the outline tree, or the JSON contract with `--json`.
struct ParseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse", abstract: "Parse documents into metadata, outline and measures.",
    discussion: """
      With --json --stdin, reads one record per line from standard input ({"path": FILE}, or \
      {"id": ID, "base64": BYTES} with an optional "path" naming them) and writes one contract line \
      per record, in order; a record that fails gets {"schemaVersion", "id", "line", "error"} in its place.
      """)

  @Argument(help: "Documents (.txt or .html, UTF-8 or GB18030) or directories; the bundled corpus when none are given.")
  var files: [String] = []

  @Flag(help: "Print the contract JSON, one object per line (JSON Lines).")
  var json = false

  @Flag(help: "With --json: read records from standard input, one JSON object per line, instead of files.")
  var stdin = false

  @OptionGroup var plugins: PluginOptions

  func validate() throws {
    if stdin, !json { throw ValidationError("--stdin writes the contract: add --json") }
    if stdin, !files.isEmpty { throw ValidationError("--stdin reads its documents from standard input: name no files") }
  }

  func run() throws {
    let run = try DocumentRun(plugins: plugins)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
    if stdin {
      guard try RecordStream(parser: run.parser, encoder: encoder).run() else { throw ExitCode(1) }
      return
    }
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
