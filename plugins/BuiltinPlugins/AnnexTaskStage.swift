import ZhengceCore

/// Annex N carries out task (N) of the main plan: its measures without
/// departments of their own inherit that task's departments.
///
/// Code, because data cannot say it: Ankang's plans (陕西) list their tasks in
/// the main text (`二、(一)… 由市农业农村局牵头,…配合`) and implement task N in
/// `附件N`. The shaanxi manifest names this stage in `stages`.
public struct AnnexTaskStage: PipelineStage {
  public let name = "shaanxi.annexTasks"

  public init() {}

  public func run(_ document: inout ParsedDocument, context: PipelineContext, diagnostics: inout [Diagnostic]) {
    let annexes = Set(document.measures.compactMap { $0.path.first.flatMap(Self.annexNumber) })
    guard annexes.count >= 2 else { return }
    var tasks: [[String]: [Int: Int]] = [:]
    for (index, measure) in document.measures.enumerated() where measure.path.count >= 2 {
      guard Self.annexNumber(measure.path[0]) == nil, let last = measure.path.last, let n = Self.parenOrdinal(last),
        !measure.departments.isEmpty
      else { continue }
      tasks[Array(measure.path.dropLast()), default: [:]][n] = tasks[Array(measure.path.dropLast())]?[n] ?? index
    }
    guard let section = tasks.values.first(where: { annexes.isSubset(of: Set($0.keys)) }) else { return }
    for i in document.measures.indices where document.measures[i].departments.isEmpty {
      guard let n = document.measures[i].path.first.flatMap(Self.annexNumber), let task = section[n] else { continue }
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

  /// `附件12` → 12.
  static func annexNumber(_ marker: String) -> Int? {
    guard marker.hasPrefix("附件") else { return nil }
    return Int(marker.dropFirst(2))
  }

  /// `(十一)` → 11.
  static func parenOrdinal(_ marker: String) -> Int? {
    guard marker.hasPrefix("("), marker.hasSuffix(")") else { return nil }
    let digits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
    let body = Array(marker.dropFirst().dropLast())
    guard !body.isEmpty, body.count <= 3 else { return nil }
    if let ten = body.firstIndex(of: "十") {
      let tens = ten == 0 ? 1 : (digits[body[0]] ?? 0)
      let ones = ten + 1 < body.count ? (digits[body[ten + 1]] ?? 0) : 0
      return tens == 0 ? nil : tens * 10 + ones
    }
    return body.count == 1 ? digits[body[0]] : nil
  }
}
