import ArgumentParser
import Foundation
import ZhengceCore
import ZhengceCorpus
import ZhengceParser

/// `zhengce tasks --dept 财政`: a department's task register (任务分工) across documents.
struct TasksCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tasks",
    abstract: "List the measures a department leads, supports or is responsible for: its task register.",
    discussion: """
      Each row has the whole task text, the measure id (as in parse --json and export), the document, \
      province, path, heading, role, the other leads, the supporters and the due date. CSV and Markdown \
      have Chinese headers (单位, 其他牵头单位, 配合单位, 完成时限, 任务内容 …); JSON Lines have snake_case keys.
      Without files, the answer comes from an index's stored documents, without parsing: --index DIR, \
      else $ZHENGCE_INDEX, else the bundled corpus's index (built on first use, as for search).
      Exit status: 0 when a task is listed, 1 when none is, 2 on an error.
      """)

  @Option(name: .customLong("dept"), help: "A family (财政), a canonical name (省财政厅) or an alias (市人社局).")
  var department: String

  @Option(help: "Only this role: lead, support, responsible or consulted.")
  var role: DepartmentRole?

  @Option(help: "Only documents of this province (湖南, 陕西 …).")
  var province: String?

  @Option(help: "table, csv, markdown or json (JSON Lines).")
  var format: TaskTable.Format = .table

  @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
  var output: String?

  @Flag(help: "Start CSV output with a UTF-8 byte-order mark (for Excel).")
  var bom = false

  @Option(help: "Index directory to answer from (default: $ZHENGCE_INDEX, else the bundled corpus's index).")
  var index: String?

  @OptionGroup var plugins: PluginOptions

  @Argument(help: "Documents or directories to parse; without them the index answers.")
  var files: [String] = []

  func validate() throws {
    try DocumentSource.validate(files: files, index: index)
    if department.allSatisfy(\.isWhitespace) { throw ValidationError("--dept needs a department: a family (财政), a name or an alias") }
    if bom, format != .csv { throw ValidationError("--bom applies to --format csv only") }
  }

  func run() throws {
    try GrepStatus.run {
      let registry = try plugins.registry()
      Console.warnUnknown("--dept", department, known: KnownNames.departments(registry))
      if let province { Console.warnUnknown("--province", province, known: KnownNames.provinces(registry)) }
      let filter = TaskFilter(department: department, role: role, province: province)
      let rows: [TaskRow]
      let ok: Bool
      switch try DocumentSource.choose(files: files, index: index, plugins: plugins) {
      case .files(let paths):
        let (documents, read) = try DocumentRun(plugins: plugins).documents(paths)
        (rows, ok) = (TaskList.rows(documents, registry: registry, filter: filter), read)
      case .index(let documents, let complete):
        (rows, ok) = (try TaskList.rows(in: documents, registry: registry, filter: filter), complete)
      }
      let width = output == nil ? Console.terminalWidth : nil
      try OutputFile.write(TaskTable.render(rows, format: format, bom: bom, width: width), to: output)
      if !ok { throw ExitCode(2) }
      return !rows.isEmpty
    }
  }
}

extension DepartmentRole: ExpressibleByArgument {}
extension TaskTable.Format: ExpressibleByArgument {}
