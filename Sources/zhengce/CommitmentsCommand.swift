import ArgumentParser
import Foundation
import ZhengceCore
import ZhengceCorpus
import ZhengceParser

/// `zhengce commitments [FILES]`: every numeric commitment with its document, path and surface;
/// `--check` lists the stated totals and whether their parts add up.
struct CommitmentsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "commitments", abstract: "List numeric commitments (value, unit, comparator, deadline) of documents.")

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

  @Option(help: "Only commitments of this kind: target, baseline, allocation or standard.")
  var kind: QuantityKind?

  @Flag(help: "List stated totals with their parts and whether they agree, instead of the commitments.")
  var check = false

  @Option(help: "Output format: table, csv or json (one object per line).")
  var format: Format = .table

  @OptionGroup var plugins: PluginOptions

  func run() throws {
    var rows: [CommitmentRow] = []
    var checks: [SumCheckRow] = []
    let ok = try DocumentRun(plugins: plugins).forEach(try DocumentRun.paths(files)) { parsed in
      if check {
        checks += SumCheckRow.rows(of: parsed.document, province: province, unit: unit)
      } else {
        rows += CommitmentRow.rows(of: parsed.document, province: province, unit: unit, topic: topic, kind: kind)
      }
    }
    print(check ? SumCheckRow.render(checks, format: format) : render(rows), terminator: "")
    if !ok { throw ExitCode(1) }
  }

  private func render(_ rows: [CommitmentRow]) -> String {
    switch format {
    case .table: return CommitmentRow.table(rows)
    case .csv: return CommitmentRow.csv(rows)
    case .json: return CommitmentRow.jsonLines(rows)
    }
  }
}

extension QuantityKind: ExpressibleByArgument {}
