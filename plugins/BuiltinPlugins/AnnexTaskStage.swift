import ZhengceCore

/// Annex N carries out task (N) of the main plan: its measures without
/// departments of their own inherit that task's departments.
///
/// Code, because data cannot say it: Ankang's plans (陕西) list their tasks in
/// the main text (`二、(一)… 由市农业农村局牵头,…配合`) and implement task N in
/// `附件N`. The shaanxi manifest names this stage in `stages`.
public struct AnnexTaskStage: PipelineStage {
  public let name = "shaanxi.annexTasks"
  public let reads: Set<MeasureData> = [.departments]
  public let writes: Set<MeasureData> = [.departments]

  public init() {}

  public func run(_ document: inout ParsedDocument, context: PipelineContext, diagnostics: inout [Diagnostic]) {
    // Each measure's markers, typed: 附件12 is an annex with ordinal 12, (十一) a cnParen with 11.
    let paths = context.tree.markerPaths()
    let markers = document.measures.map { paths[$0.span.start] ?? [] }
    func annex(_ k: Int) -> Int? { markers[k].first.flatMap { $0.style == .annex ? $0.ordinal : nil } }
    let annexes = Set(document.measures.indices.compactMap(annex))
    guard annexes.count >= 2 else { return }
    var tasks: [[String]: [Int: Int]] = [:]
    for (index, measure) in document.measures.enumerated() where markers[index].count >= 2 {
      guard annex(index) == nil, let last = markers[index].last, last.style == .cnParen, let n = last.ordinal,
        !measure.departments.isEmpty
      else { continue }
      tasks[Array(measure.path.dropLast()), default: [:]][n] = tasks[Array(measure.path.dropLast())]?[n] ?? index
    }
    guard let section = tasks.values.first(where: { annexes.isSubset(of: Set($0.keys)) }) else { return }
    for i in document.measures.indices where document.measures[i].departments.isEmpty {
      guard let n = annex(i), let task = section[n] else { continue }
      let from = document.measures[task].path.joined(separator: "/")
      document.measures[i].departments = document.measures[task].departments.map {
        var inherited = $0
        inherited.inheritedFrom = from
        return inherited
      }
      diagnostics.append(
        Diagnostic(
          "department.inherited", .note,
          "附件\(n) carries out task (\(n)): departments taken from \(document.measures[task].path.joined())",
          span: document.measures[i].span))
    }
  }
}
