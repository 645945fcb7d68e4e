import ArgumentParser
import ZhengceCore
import ZhengceCorpus

/// The `zhengce` command: parse, index and query Chinese policy documents.
@main
struct Zhengce: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "zhengce",
    abstract: "Turn Chinese government policy documents into structured, searchable data.",
    // What programs that drive the binary (the Python package) check before relying on it.
    version: "zhengce: contract schemaVersion \(ParsedDocument.currentSchemaVersion), export stream version \(ExportStream.version)",
    // Swift cannot discover commands at run time: this is the one list, in help order.
    subcommands: [
      SearchCommand.self, IndexCommand.self, ParseCommand.self, TasksCommand.self, CommitmentsCommand.self,
      CompareCommand.self, ExportCommand.self, CheckCommand.self, PluginsCommand.self, BenchCommand.self, ParseBenchCommand.self,
    ])
}
