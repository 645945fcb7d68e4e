import ArgumentParser

/// The `zhengce` command: parse, index and query Chinese policy documents.
@main
struct Zhengce: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "zhengce",
    abstract: "Turn Chinese government policy documents into structured, searchable data.",
    // Swift cannot discover commands at run time: this is the one list, in help order.
    subcommands: [
      SearchCommand.self, IndexCommand.self, ParseCommand.self, TasksCommand.self, CommitmentsCommand.self,
      CompareCommand.self, ServeCommand.self, ExportCommand.self, CheckCommand.self, PluginsCommand.self, BenchCommand.self, ParseBenchCommand.self,
    ])
}
