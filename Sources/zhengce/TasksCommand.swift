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

  @OptionGroup var plugins: PluginOptions

  @Argument(help: "Documents or directories; the bundled corpus when none are given.")
  var files: [String] = []

  func validate() throws {
    if department.allSatisfy(\.isWhitespace) { throw ValidationError("--dept needs a department: a family (财政), a name or an alias") }
    if bom, format != .csv { throw ValidationError("--bom applies to --format csv only") }
  }

  func run() throws {
    try GrepStatus.run {
      let registry = try plugins.registry()
      Console.warnUnknown("--dept", department, known: KnownNames.departments(registry))
      if let province { Console.warnUnknown("--province", province, known: KnownNames.provinces(registry)) }
      let (parsed, ok) = try DocumentRun(plugins: plugins).all(try DocumentRun.paths(files))
      let rows = TaskList.rows(parsed, filter: TaskFilter(department: department, role: role, province: province))
      let width = output == nil ? Console.terminalWidth : nil
      try OutputFile.write(TaskTable.render(rows, format: format, bom: bom, width: width), to: output)
      if !ok { throw ExitCode(2) }
      return !rows.isEmpty
    }
  }
}

extension DepartmentRole: ExpressibleByArgument {}
extension TaskTable.Format: ExpressibleByArgument {}
