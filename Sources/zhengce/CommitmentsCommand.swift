import ArgumentParser
import Foundation
import ZhengceCore
import ZhengceCorpus
import ZhengceParser

/// `zhengce commitments [FILES]`: every numeric commitment with its document, path and surface;
/// `--check` lists the stated totals and whether their parts add up.
struct CommitmentsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "commitments", abstract: "List numeric commitments (value, unit, comparator, deadline) of documents.",
    discussion: """
      Without files, the answer comes from an index's stored documents, without parsing: --index DIR, \
      else $ZHENGCE_INDEX, else the bundled corpus's index (built on first use, as for search).
      Exit status: 0 when a commitment is listed, 1 when none is, 2 on an error.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
  }

  @Argument(help: "Document files or directories to parse; without them the index answers.")
  var files: [String] = []

  @Option(help: "Index directory to answer from (default: $ZHENGCE_INDEX, else the bundled corpus's index).")
  var index: String?

  @Option(help: "Only documents of this province (e.g. 湖南 or 湖南省).")
  var province: String?

  @Option(help: "Only commitments in this unit (e.g. %, 元, 人, ratio).")
  var unit: String?

  @Option(help: "Only measures with this topic.")
  var topic: String?

  @Option(help: "Only commitments of this kind: target, baseline, allocation or standard.")
  var kind: QuantityKind?

  @Flag(help: "List stated totals with their parts and whether they agree, instead of the commitments.")
  var check = false

  @Option(help: "Output format: table, csv or json (JSON Lines).")
  var format: Format = .table

  @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
  var output: String?

  @Flag(help: "Start CSV output with a UTF-8 byte-order mark (for Excel).")
  var bom = false

  @OptionGroup var plugins: PluginOptions

  func validate() throws {
    try DocumentSource.validate(files: files, index: index)
    if bom, format != .csv { throw ValidationError("--bom applies to --format csv only") }
  }

  func run() throws {
    try GrepStatus.run {
      let registry = try plugins.registry()
      if let province { Console.warnUnknown("--province", province, known: KnownNames.provinces(registry)) }
      if let topic { Console.warnUnknown("--topic", topic, known: KnownNames.topics()) }
      var rows: [CommitmentRow] = []
      var checks: [SumCheckRow] = []
      let add = { (document: ParsedDocument) in
        if check {
          checks += SumCheckRow.rows(of: document, province: province, unit: unit)
        } else {
          rows += CommitmentRow.rows(of: document, province: province, unit: unit, topic: topic, kind: kind)
        }
      }
      let ok: Bool
      switch try DocumentSource.choose(files: files, index: index, plugins: plugins) {
      case .files(let paths): ok = try DocumentRun(plugins: plugins).forEach(paths) { add($0.document) }
      case .index(let documents, let complete):
        try documents.forEach(add)
        ok = complete
      }
      try OutputFile.write(check ? SumCheckRow.render(checks, format: format) : render(rows), to: output)
      if !ok { throw ExitCode(2) }
      return check ? !checks.isEmpty : !rows.isEmpty
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

extension QuantityKind: ExpressibleByArgument {}
