import ArgumentParser
import Foundation
import ZhengceCorpus

/// `zhengce export`: the parsed documents as tidy tables for spreadsheets, notebooks and SQL.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export documents, measures, departments, commitments and citations as SQLite, CSV or JSON Lines.",
    discussion: """
      sqlite writes every table into one database (foreign keys, indexes), built in a temporary file \
      and renamed over --output only when complete. csv and jsonl write the one --table chosen, \
      to standard output or --output.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case sqlite, csv, jsonl
  }

  @Option(help: "sqlite, csv or jsonl.")
  var format: Format = .sqlite

  @Option(help: "For csv and jsonl: documents, measures, measure_topics, departments, commitments or citations.")
  var table: ExportTable?

  @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (required for sqlite; csv and jsonl default to standard output).", valueName: "FILE"))
  var output: String?

  @Flag(help: "Start CSV output with a UTF-8 byte-order mark (for Excel).")
  var bom = false

  @OptionGroup var plugins: PluginOptions

  @Argument(help: "Documents or directories; the bundled corpus when none are given.")
  var files: [String] = []

  func validate() throws {
    switch format {
    case .sqlite:
      guard output != nil else { throw ValidationError("--format sqlite needs --output FILE") }
      guard table == nil else { throw ValidationError("--table applies to csv and jsonl; sqlite writes every table") }
    case .csv, .jsonl:
      guard table != nil else {
        throw ValidationError("--format \(format.rawValue) needs --table (\(ExportTable.allCases.map(\.rawValue).joined(separator: ", ")))")
      }
    }
    if bom, format != .csv { throw ValidationError("--bom applies to csv only") }
  }

  func run() throws {
    var documents = try DocumentRun(plugins: plugins)
    documents.distinctIDs = true
    documents.progress = Console.progressBar(label: "exporting")
    let paths = try DocumentRun.paths(files)
    let target = output
    try Console.cleaningUp(onInterrupt: { if let target { Export.removeOwnTemporaries(of: target) } }) {
      try write(paths, parsingWith: documents)
    }
  }

  private func write(_ paths: [String], parsingWith documents: DocumentRun) throws {
    var inputsOK = true
    do {
      let writer: any ExportWriter
      switch (format, table) {
      case (.csv, let table?): writer = try TableTextExport(table: table, format: .csv, output: output, bom: bom)
      case (.jsonl, let table?): writer = try TableTextExport(table: table, format: .jsonl, output: output)
      default: writer = try SQLiteExport(path: output ?? "")
      }
      let skipped = try Export.run(writer) { add in
        inputsOK = try documents.forEach(paths) { try add($0.document) }
      }
      for problem in skipped { printError("\(problem)") }
      if !skipped.isEmpty { inputsOK = false }
    } catch let error as ExportError {
      throw fail("\(error)")
    }
    if !inputsOK { throw ExitCode(1) }
  }
}

extension ExportTable: ExpressibleByArgument {}
