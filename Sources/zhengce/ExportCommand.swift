import ArgumentParser
import Foundation
import ZhengceCorpus
import ZhengceSearch

/// `zhengce export`: the parsed documents as tidy tables for spreadsheets, notebooks and SQL.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export documents, measures, departments, commitments and citations as SQLite, Parquet, CSV or JSON Lines, or for OpenSearch.",
    discussion: """
      sqlite writes every table into one database (foreign keys, indexes), built in a temporary file \
      and renamed over --output only when complete. csv and jsonl write the one --table chosen, \
      to standard output or --output. stream writes every table as one typed JSON Lines stream \
      (a line declaring the columns, then one line per row, then an end line), to standard output \
      or --output. parquet writes one file per table into the directory --output, through Python \
      and pyarrow (pip install ./python pyarrow; $ZHENGCE_PYTHON names the interpreter). \
      opensearch writes index-template.json and bulk.ndjson (one document per measure) into the \
      directory --output.
      Without files, the documents an index stores are exported, without parsing: --index DIR, \
      else $ZHENGCE_INDEX, else the bundled corpus's index (built on first use, as for search).
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case sqlite, csv, jsonl, stream, parquet, opensearch
  }

  @Option(help: "sqlite, csv, jsonl, stream, parquet or opensearch.")
  var format: Format = .sqlite

  @Option(help: "For csv and jsonl: documents, measures, measure_topics, departments, commitments or citations.")
  var table: ExportTable?

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "The file to write (required for sqlite; csv, jsonl and stream default to standard output), or the directory for parquet and opensearch.",
      valueName: "PATH"))
  var output: String?

  @Flag(help: "Start CSV output with a UTF-8 byte-order mark (for Excel).")
  var bom = false

  @Option(help: "Index directory to export from (default: $ZHENGCE_INDEX, else the bundled corpus's index).")
  var index: String?

  @OptionGroup var plugins: PluginOptions

  @Argument(help: "Documents or directories to parse; without them the index's documents are exported.")
  var files: [String] = []

  func validate() throws {
    try DocumentSource.validate(files: files, index: index)
    switch format {
    case .sqlite, .parquet, .opensearch:
      let what = format == .sqlite ? "FILE" : "DIR"
      guard output != nil else { throw ValidationError("--format \(format.rawValue) needs --output \(what)") }
      guard table == nil else { throw ValidationError("--table applies to csv and jsonl; \(format.rawValue) writes every table") }
    case .stream:
      guard table == nil else { throw ValidationError("--table applies to csv and jsonl; stream writes every table") }
    case .csv, .jsonl:
      guard table != nil else {
        throw ValidationError("--format \(format.rawValue) needs --table (\(ExportTable.allCases.map(\.rawValue).joined(separator: ", ")))")
      }
    }
    if bom, format != .csv { throw ValidationError("--bom applies to csv only") }
  }

  func run() throws {
    let source = try DocumentSource.choose(files: files, index: index, plugins: plugins)
    let targets = temporaryTargets
    try Console.cleaningUp(onInterrupt: { for target in targets { Export.removeOwnTemporaries(of: target) } }) {
      try write(from: source)
    }
  }

  /// The files written under temporary names until complete (the Parquet writer cleans up its own).
  private var temporaryTargets: [String] {
    guard let output else { return [] }
    switch format {
    case .opensearch: return [OpenSearchExport.bulkFile, OpenSearchExport.templateFile].map { output + "/" + $0 }
    case .parquet: return []
    case .sqlite, .csv, .jsonl, .stream: return [output]
    }
  }

  private func write(from source: DocumentSource) throws {
    do {
      switch (format, table) {
      case (.csv, let table?): try write(TableTextExport(table: table, format: .csv, output: output, bom: bom), from: source)
      case (.jsonl, let table?): try write(TableTextExport(table: table, format: .jsonl, output: output), from: source)
      case (.stream, _): try write(StreamExport(output: output), from: source)
      case (.parquet, _): try write(ParquetExport(directory: output ?? "", python: Environment.current.python), from: source)
      case (.opensearch, _): try write(OpenSearchExport(directory: output ?? ""), from: source)
      default: try write(SQLiteExport(path: output ?? ""), from: source)
      }
    } catch let error as ExportError {
      throw fail("\(error)")
    } catch let error as IndexError {
      throw fail("\(error)")
    }
  }

  /// Feeds `writer` every document of `source`; documents from an index are
  /// prepared (turned into rows) on the threads that decode them.
  private func write(_ writer: some ExportWriter, from source: DocumentSource) throws {
    var inputsOK = true
    let progress = Console.progressBar(label: "exporting")
    let skipped = try Export.run(writer) { feed in
      switch source {
      case .files(let paths):
        var documents = try DocumentRun(plugins: plugins)
        documents.distinctIDs = true
        documents.progress = progress
        inputsOK = try documents.forEach(paths) { try feed.add($0.document) }
      case .index(let documents, let complete):
        try documents.forEach(progress: progress, outline: false, transform: feed.prepare) { try feed.add($0) }
        inputsOK = complete
      }
    }
    for problem in skipped { Console.error("\(problem)") }
    if !skipped.isEmpty { inputsOK = false }
    if !inputsOK { throw ExitCode(1) }
  }
}

extension ExportTable: ExpressibleByArgument {}
