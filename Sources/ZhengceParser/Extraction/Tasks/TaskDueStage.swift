import ZhengceCore

/// The `taskDue` pipeline stage: a task-table row (a measure on one line with
/// TAB-separated cells) takes the cell of its table's 完成时限 column as `due`.
public struct TaskDueStage: PipelineStage {
  public let name = "taskDue"

  public init() {}

  public func run(_ document: inout ParsedDocument, context: PipelineContext, diagnostics: inout [Diagnostic]) {
    var headers: TableHeaderIndex?
    var dueColumns: [Int: Int?] = [:]
    let year = document.date.flatMap { Int($0.prefix(4)) }
    for i in document.measures.indices {
      let measure = document.measures[i]
      guard DepartmentStage.hasTab(measure.text), !measure.text.utf8.contains(0x0A) else { continue }
      let index = headers ?? TableHeaderIndex(context.text, labels: context.manifest.roles)
      headers = index
      guard let k = index.headerNumber(before: measure.span.start) else { continue }
      if dueColumns[k] == nil { dueColumns[k] = index.cells(k).firstIndex(where: Self.isDueColumn) }
      guard let column = dueColumns[k] ?? nil else { continue }
      let cells = measure.text.split(separator: "\t", omittingEmptySubsequences: false)
      guard column < cells.count else { continue }
      let cell = String(cells[column])
      guard !cell.isEmpty else { continue }
      document.measures[i].due = TaskDue(text: cell, date: DeadlineResolver.firstDate(in: cell, documentYear: year))
    }
  }

  /// 完成时限, 完成时间, 时间节点, 完成期限, 时限要求 …
  static func isDueColumn(_ cell: String) -> Bool {
    cell.count <= 8 && (cell.contains("时限") || cell.contains("期限") || cell.contains("时间") || cell.contains("节点"))
  }
}
