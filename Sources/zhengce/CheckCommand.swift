import ArgumentParser
import Foundation
import ZhengceCorpus
import ZhengceParser

/// `zhengce check EXPECTATIONS…`: how well the parser reads documents whose
/// contents a person has written down, field by field, with every miss.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Score the parser against hand-written expectations (JSON Lines): a scoreboard and every miss.",
    discussion: """
      Each expectation record names a document and what it states (title, 文号, date, issuers, region, \
      outline paths, departments with roles, quantities); the record format is in the README. \
      The exit status is 0 whatever the score; 1 when a file cannot be read or a record is malformed.
      """)

  @Argument(help: "DocumentExpectation files, one JSON object per line.")
  var expectations: [String]

  @Option(help: "Folder the records' `file` paths are relative to (default: the folder of each expectation file, or the one above it).")
  var docs: String?

  @Flag(help: "One JSON object per checked expectation (file, field, key, passed, expected, got) instead of the scoreboard.")
  var json = false

  @Flag(help: "Print the scoreboard as the README's Markdown tables.")
  var markdown = false

  @Flag(help: "Do not list the misses under the scoreboard.")
  var noMisses = false

  @Option(help: ArgumentHelp("Compare with a baseline: list the expectations that passed there and fail now, and the new passes.", valueName: "FILE"))
  var baseline: String?

  @Option(help: ArgumentHelp("Write the expectations that pass to FILE (atomically), as a baseline.", valueName: "FILE"))
  var writeBaseline: String?

  @OptionGroup var plugins: PluginOptions

  func validate() throws {
    if expectations.isEmpty { throw ValidationError("give at least one expectation file") }
    if json && markdown { throw ValidationError("--json and --markdown exclude each other") }
  }

  func run() throws {
    let check = ExpectationCheck(parser: try DocumentRun(plugins: plugins).parser)
    var documents: [DocumentScore] = []
    var ok = true
    for path in expectations {
      let records: [DocumentExpectation]
      do {
        records = try ExpectationFile.read(path)
      } catch {
        Console.error("\(error)")
        ok = false
        continue
      }
      let folder = docs ?? URL(fileURLWithPath: path).deletingLastPathComponent().path
      let (report, errors) = check.run(records, documents: folder)
      errors.forEach(Console.error)
      ok = ok && errors.isEmpty
      documents += report.documents
    }
    let report = CheckReport(documents: documents)
    if !report.documents.isEmpty { print(render(report), terminator: "") }
    if let baseline { try compare(report, with: baseline) }
    if let writeBaseline {
      do {
        try CheckBaseline(passing: report.passingKeys).write(to: writeBaseline)
      } catch {
        Console.error("\(error)")
        throw ExitCode(1)
      }
    }
    if !ok { throw ExitCode(1) }
  }

  private func render(_ report: CheckReport) -> String {
    if json { return report.items.map(Self.jsonLine).joined() }
    let renderer = ScoreboardRenderer(report: report)
    if markdown { return renderer.markdown }
    var out = renderer.text
    let misses = report.items.filter { !$0.passed }
    if !noMisses, !misses.isEmpty {
      out += "\nmisses (\(misses.count))\n"
      for item in misses { out += "\(item.file): \(item.field.rawValue): expected \(item.expected) got \(item.got)\n" }
    }
    return out
  }

  private func compare(_ report: CheckReport, with path: String) throws {
    let base: CheckBaseline
    do {
      base = try CheckBaseline.read(path)
    } catch {
      Console.error("\(error)")
      throw ExitCode(1)
    }
    let regressions = base.regressions(in: report)
    let improvements = base.improvements(in: report)
    print("\nagainst \(path): \(regressions.count) regressions, \(improvements.count) new passes")
    for key in regressions { print("regressed: " + key.replacingOccurrences(of: "\t", with: ": ")) }
    for key in improvements { print("now passes: " + key.replacingOccurrences(of: "\t", with: ": ")) }
  }

  private static func jsonLine(_ item: CheckItem) -> String {
    let object: [String: Any] = [
      "file": item.file, "kind": item.documentKind, "field": item.field.rawValue, "key": item.key,
      "passed": item.passed, "expected": item.expected, "got": item.got,
    ]
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
