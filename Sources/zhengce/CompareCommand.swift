import ArgumentParser
import Foundation
import ZhengceCore
import ZhengceCorpus
import ZhengceParser
import ZhengceSearch

/// `zhengce compare`: provinces (or documents) side by side on a topic or a query.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Compare provinces side by side on a topic or a query.",
    discussion: """
      With --topic, every argument is a document file or directory; without it the first argument \
      is the QUERY (the query language of `zhengce search`: words, "phrases", AND/OR/NOT, and filters \
      such as topic:NAME, province:NAME, dept:NAME) and the rest are \
      files. Without files the documents an index stores are compared, without parsing: --index DIR, \
      else $ZHENGCE_INDEX, else the bundled corpus's index (built on first use, as for search).
      Examples:
        zhengce compare --topic 易地扶贫搬迁
        zhengce compare --topic 教育扶贫 --provinces 湖南,辽宁 --format html > edu.html
        zhengce compare "宽带 覆盖" --by doc
      """)

  @Option(help: "Topic id, alias or group to compare, e.g. 易地扶贫搬迁, 危房改造, 基础设施.")
  var topic: String?

  @Option(help: "Comma-separated provinces to keep, in column order, e.g. 湖南,辽宁.")
  var provinces: String?

  @Option(help: ArgumentHelp("One column per province or per doc (document).", valueName: "province|doc"))
  var by: String = CompareGrouping.province.rawValue

  @Option(help: ArgumentHelp("Output format.", valueName: "table|markdown|csv|json|html"))
  var format: String = CompareFormat.table.rawValue

  @Flag(help: "Start CSV output with a UTF-8 byte-order mark (for Excel).")
  var bom = false

  @Option(help: "Index directory to compare from (default: $ZHENGCE_INDEX, else the bundled corpus's index).")
  var index: String?

  @OptionGroup var plugins: PluginOptions

  @Argument(help: "[QUERY] [FILES...]: the query (without --topic), then document files or directories.")
  var arguments: [String] = []

  func validate() throws {
    guard CompareGrouping(rawValue: by) != nil else { throw ValidationError("--by must be 'province' or 'doc', not '\(by)'") }
    guard CompareFormat(rawValue: format) != nil else {
      throw ValidationError("--format must be one of \(CompareFormat.allCases.map(\.rawValue).joined(separator: ", ")), not '\(format)'")
    }
    if topic == nil, arguments.isEmpty { throw ValidationError("give --topic NAME or a QUERY") }
    try DocumentSource.validate(files: Array(arguments.dropFirst(topic == nil ? 1 : 0)), index: index)
    if bom, format != CompareFormat.csv.rawValue { throw ValidationError("--bom applies to --format csv only") }
  }

  func run() throws {
    let grouping = CompareGrouping(rawValue: by) ?? .province
    let output = CompareFormat(rawValue: format) ?? .table
    var files = arguments
    let query = topic == nil ? files.removeFirst() : nil
    let registry = try plugins.registry()
    let wanted = (provinces ?? "").split(whereSeparator: { $0 == "," || $0 == "," || $0 == "、" })
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    let builder = ComparisonBuilder(grouping: grouping, provinces: wanted)
    let comparison: Comparison
    do {
      // An unknown topic is said before any document is read.
      let topicSelector = try topic.map { name throws(CompareError) in try TopicSelector(name) }
      switch try DocumentSource.choose(files: files, index: index, plugins: plugins) {
      case .files(let paths):
        var run = try DocumentRun(plugins: plugins)
        run.progress = Console.progressBar(label: "parsing")
        let (documents, ok) = run.documents(paths)
        guard ok else { throw ExitCode(1) }
        let selector = try Self.selector(topic: topicSelector, query: query, documents: documents, registry: registry)
        comparison = try builder.compare(documents, selecting: selector)
      case .index(let documents, let complete):
        guard complete else { throw ExitCode(1) }
        comparison = try builder.compare(
          documents, topic: topicSelector, query: query, departments: DepartmentQueryExpansion(registry: registry),
          progress: Console.progressBar(label: "reading"))
      }
    } catch let error as CompareError {
      throw fail("\(error)")
    } catch let error as IndexError {
      throw fail("\(error)")
    }
    FileHandle.standardOutput.write(Data(try output.render(comparison, terminalWidth: Console.terminalWidth, bom: bom).utf8))
  }

  /// The topic selector, or the query selector when no topic is given.
  private static func selector(
    topic: TopicSelector?, query: String?, documents: [ParsedDocument], registry: PluginRegistry
  ) throws(CompareError) -> any MeasureSelector {
    if let topic { return topic }
    return try SearchQuerySelector(query ?? "", documents: documents, departments: DepartmentQueryExpansion(registry: registry))
  }
}
