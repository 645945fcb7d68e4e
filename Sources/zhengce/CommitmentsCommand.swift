import ArgumentParser
import Foundation
import ZhengceCore
import ZhengceCorpus
import ZhengceParser

/// `zhengce commitments [FILES]`: every numeric commitment with its document, path and surface.
struct CommitmentsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "commitments", abstract: "List numeric commitments (value, unit, comparator, deadline) of documents.",
    discussion: "Exit status: 0 when a commitment is listed, 1 when none is, 2 on an error.")

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
  }

  @Argument(help: "Document files or directories (default: the bundled corpus).")
  var files: [String] = []

  @Option(help: "Only documents of this province (e.g. 湖南 or 湖南省).")
  var province: String?

  @Option(help: "Only commitments in this unit (e.g. %, 元, 人, ratio).")
  var unit: String?

  @Option(help: "Only measures with this topic.")
  var topic: String?

  @Option(help: "Output format: table, csv or json (JSON Lines).")
  var format: Format = .table

  @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
  var output: String?

  @Flag(help: "Start CSV output with a UTF-8 byte-order mark (for Excel).")
  var bom = false

  @OptionGroup var plugins: PluginOptions

  func validate() throws {
    if bom, format != .csv { throw ValidationError("--bom applies to --format csv only") }
  }

  func run() throws {
    try GrepStatus.run {
      let registry = try plugins.registry()
      if let province { Console.warnUnknown("--province", province, known: KnownNames.provinces(registry)) }
      if let topic { Console.warnUnknown("--topic", topic, known: KnownNames.topics()) }
      var rows: [CommitmentRow] = []
      let ok = try DocumentRun(plugins: plugins).forEach(try DocumentRun.paths(files)) { parsed in
        rows += CommitmentRow.rows(of: parsed.document, province: province, unit: unit, topic: topic)
      }
      try OutputFile.write(render(rows), to: output)
      if !ok { throw ExitCode(2) }
      return !rows.isEmpty
    }
  }

  private func render(_ rows: [CommitmentRow]) -> String {
    switch format {
    case .table: CommitmentRow.table(rows, width: output == nil ? Console.terminalWidth : nil)
    case .csv: CommitmentRow.csv(rows, bom: bom)
    case .json: JSONLines.encode(rows)
    }
  }
}
