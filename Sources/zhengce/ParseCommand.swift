import ArgumentParser
import Foundation
import ZhengceCore
import ZhengceCorpus
import ZhengceParser

/// `zhengce parse FILE...`: the outline tree, or the JSON contract with `--json`.
struct ParseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "parse", abstract: "Parse documents into outline and measures.")

  @Argument(help: "Document files (.txt or .html, UTF-8 or GB18030).")
  var files: [String]

  @Flag(help: "Print the contract JSON, one object per line.")
  var json = false

  // Plugin choice (issue 5): --plugin ID, --plugins DIR.
  @OptionGroup var plugins: PluginOptions

  func run() throws {
    let parser = Parser(registry: try plugins.registry())
    var failed = false
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
    for path in files {
      do {
        let source = try DocumentLoader.load(path)
        let result = parser.parse(source, pluginID: plugins.id)
        if json {
          print(String(decoding: try encoder.encode(result.document), as: UTF8.self))
        } else {
          print(OutlineReport(result: result).render())
        }
      } catch let error as SourceError {
        FileHandle.standardError.write(Data("zhengce: \(error)\n".utf8))
        failed = true
      }
    }
    if failed { throw ExitCode(1) }
  }
}
