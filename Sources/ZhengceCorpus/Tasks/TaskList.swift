import ZhengceCore
import ZhengceParser

/// One measure a department takes part in: a row of `zhengce tasks`.
public struct TaskRow: Sendable, Hashable, Codable {
  public var document: String
  public var title: String
  public var province: String?
  /// Markers from the top, joined with `/`: `三/(一)`.
  public var path: String
  public var heading: String
  /// Role(s) of the selected department(s) in this measure.
  public var role: String
  /// The selected department(s), canonical names.
  public var departments: [String]
  /// The same as the text wrote them (市人社局).
  public var written: [String]
  /// Selected departments the text names by a former name (省扶贫办 for 省乡村振兴局).
  public var renamed: [TaskRenaming]
  /// The other leads, supporters and responsible bodies of the measure.
  public var leads: [String]
  public var supporters: [String]
  public var responsible: [String]
  /// When the task is due (a task table's 完成时限: its date, else as written), then the
  /// stated deadlines of the measure's commitments.
  public var deadlines: [String]
  /// The commitments as written.
  public var commitments: [String]
  public var excerpt: String
}

/// A department written under a name it has since lost: 省扶贫办 → 省乡村振兴局 (2021).
public struct TaskRenaming: Sendable, Hashable, Codable {
  /// As the document wrote it (省扶贫办).
  public var written: String
  /// The canonical name of that former body (省扶贫开发办公室).
  public var former: String
  /// The current canonical name, as in `TaskRow.departments` (省乡村振兴局).
  public var current: String
  /// Year of the renaming, when the registry states it.
  public var year: Int?

  public init(written: String, former: String, current: String, year: Int?) {
    self.written = written
    self.former = former
    self.current = current
    self.year = year
  }
}

/// What `zhengce tasks` selects.
public struct TaskFilter: Sendable {
  /// A family (财政), a canonical name (省财政厅) or an alias (市人社局).
  public var department: String
  public var role: DepartmentRole?
  /// Matched against the region's province and the plugin's province (湖南).
  public var province: String?

  public init(department: String, role: DepartmentRole? = nil, province: String? = nil) {
    self.department = department
    self.role = role
    self.province = province
  }
}

/// A department's task list across parsed documents.
public enum TaskList {
  /// Rows in document order, then measure order.
  public static func rows(_ results: [ParseResult], filter: TaskFilter, excerptLength: Int = 60) -> [TaskRow] {
    var rows: [TaskRow] = []
    for result in results {
      let document = result.document
      if let province = filter.province {
        let named = [document.region.province, result.choice.manifest.province].compactMap { $0 }
        guard named.contains(where: { $0.contains(province) }) else { continue }
      }
      let query = DepartmentRegistry(manifest: result.choice.manifest).query(filter.department)
      for measure in document.measures {
        let selected = measure.departments.filter { query.matches($0) && (filter.role == nil || $0.role == filter.role) }
        guard !selected.isEmpty else { continue }
        let chosen = Set(selected.map(\.name))
        func others(_ role: DepartmentRole) -> [String] {
          var names: [String] = []
          for ref in measure.departments where ref.role == role && !chosen.contains(ref.name) && !names.contains(ref.name) {
            names.append(ref.name)
          }
          return names
        }
        var roles: [String] = []
        for ref in selected {
          let label = ref.role.rawValue + (ref.separately ? " (分别)" : "")
          if !roles.contains(label) { roles.append(label) }
        }
        var names: [String] = []
        for ref in selected where !names.contains(ref.name) { names.append(ref.name) }
        var written: [String] = []
        for ref in selected where !written.contains(ref.surface) { written.append(ref.surface) }
        var renamed: [TaskRenaming] = []
        for ref in selected {
          guard let former = ref.renamedFrom else { continue }
          let renaming = TaskRenaming(written: ref.surface, former: former, current: ref.name, year: ref.renamedIn)
          if !renamed.contains(renaming) { renamed.append(renaming) }
        }
        var deadlines: [String] = measure.due.map { [$0.date ?? $0.text] } ?? []
        for deadline in measure.commitments.compactMap(\.deadline) where !deadlines.contains(deadline) { deadlines.append(deadline) }
        rows.append(
          TaskRow(
            document: document.id, title: document.displayTitle, province: document.region.province ?? result.choice.manifest.province,
            path: measure.path.joined(separator: "/"), heading: measure.heading, role: roles.joined(separator: ","),
            departments: names, written: written, renamed: renamed, leads: others(.lead), supporters: others(.support), responsible: others(.responsible),
            deadlines: deadlines, commitments: measure.commitments.map(\.surface),
            excerpt: excerpt(measure, length: excerptLength)))
      }
    }
    return rows
  }

  /// The measure's text after its heading, cut at `length` scalars.
  static func excerpt(_ measure: Measure, length: Int) -> String {
    var text = Substring(measure.text)
    if !measure.heading.isEmpty, text.hasPrefix(measure.heading) {
      text = text.dropFirst(measure.heading.count)
      while let first = text.unicodeScalars.first, "。.:,\u{3002}\u{FF1A}".unicodeScalars.contains(first) { text = text.dropFirst() }
    }
    while let first = text.unicodeScalars.first, first == " " || first == "\n" || first == "\u{3000}" { text = text.dropFirst() }
    let flat = text.replacingNewlines()
    let scalars = flat.unicodeScalars
    guard scalars.count > length else { return flat }
    var out = String.UnicodeScalarView()
    out.append(contentsOf: scalars.prefix(length))
    return String(out) + "…"
  }
}

extension Substring {
  fileprivate func replacingNewlines() -> String {
    var out = String.UnicodeScalarView()
    for scalar in unicodeScalars { out.append(scalar == "\n" || scalar == "\t" ? " " : scalar) }
    return String(out)
  }
}
