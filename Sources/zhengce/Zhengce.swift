import ArgumentParser

/// The `zhengce` command: parse, index and query Chinese policy documents.
@main
struct Zhengce: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "zhengce",
    abstract: "Turn Chinese government policy documents into structured, searchable data.",
    subcommands: [
      ParseCommand.self, ParseBenchCommand.self, CommitmentsCommand.self, TasksCommand.self, PluginsCommand.self,
      CompareCommand.self, IndexCommand.self, SearchCommand.self, BenchCommand.self,
    ])
}
