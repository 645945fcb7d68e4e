import ZhengceCore

/// The `taskDue` pipeline stage: a task-table row takes the cell of its table's
/// 完成时限 column (`TableColumn.due`, read from the header once) as `due`.
public struct TaskDueStage: PipelineStage {
  public let name = "taskDue"
  public let reads: Set<MeasureData> = []
  public let writes: Set<MeasureData> = [.due]

  public init() {}

  public func run(_ document: inout ParsedDocument, context: PipelineContext, diagnostics: inout [Diagnostic]) {
    let tables = context.tree.tables
    guard tables.contains(where: { $0.column(.due) != nil }) else { return }
    let year = document.date.flatMap { Int($0.prefix(4)) }
    for i in document.measures.indices {
      guard let (table, row) = context.tree.row(at: document.measures[i].span), !row.isCategory,
        let column = tables[table].column(.due), column < row.cells.count
      else { continue }
      let span = row.cells[column]
      let cell = String(scalars: context.scalars[span.start..<span.end])
      guard !cell.isEmpty else { continue }
      document.measures[i].due = TaskDue(text: cell, date: DeadlineResolver.firstDate(in: cell, documentYear: year))
    }
  }
}
