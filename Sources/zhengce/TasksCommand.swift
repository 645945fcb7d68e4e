import ArgumentParser
import Foundation
import ZhengceCore
import ZhengceCorpus
import ZhengceParser

/// `zhengce tasks --dept 财政`: a department's task list (任务分工) across documents.
struct TasksCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tasks", abstract: "List the measures a department leads, supports or is responsible for.")

  @Option(name: .customLong("dept"), help: "A family (财政), a canonical name (省财政厅) or an alias (市人社局).")
  var department: String

  @Option(help: "Only this role: lead, support, responsible or consulted.")
  var role: DepartmentRole?

  @Option(help: "Only documents of this province (湖南, 陕西 …).")
  var province: String?

  @Option(help: "table, csv, markdown or json.")
  var format: TaskTable.Format = .table

  @Flag(help: "Start CSV output with a UTF-8 byte-order mark (for Excel).")
  var bom = false

  @OptionGroup var plugins: PluginOptions

  @Argument(help: "Documents or directories; the bundled corpus when none are given.")
  var files: [String] = []

  func validate() throws {
    if department.allSatisfy(\.isWhitespace) { throw ValidationError("--dept needs a department: a family (财政), a name or an alias") }
  }

  func run() throws {
    let (parsed, ok) = try DocumentRun(plugins: plugins).all(try DocumentRun.paths(files))
    let rows = TaskList.rows(parsed, filter: TaskFilter(department: department, role: role, province: province))
    FileHandle.standardOutput.write(Data(TaskTable.render(rows, format: format, bom: bom).utf8))
    if !ok { throw ExitCode(1) }
  }
}

extension DepartmentRole: ExpressibleByArgument {}
extension TaskTable.Format: ExpressibleByArgument {}
