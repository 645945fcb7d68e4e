import ZhengceCore
import ZhengceParser

/// One measure a department takes part in: a row of `zhengce tasks`, the
/// department's task register (任务分工).
///
/// Why every field is here: staff keep the register as a spreadsheet, so a row
/// carries the whole task text and the measure id that joins it back to
/// `zhengce export`, not an excerpt to look up elsewhere.
public struct TaskRow: Sendable, Hashable, Encodable {
  /// The measure's id, as in `parse --json` and the export's `measures.id`.
  public var measureID: String
  public var documentID: String
  public var title: String
  public var province: String?
  public var city: String?
  public var county: String?
  /// Markers from the top, joined with `/`: `三/(一)`.
  public var path: String
  public var heading: String
  /// Role(s) of the selected department(s) in this measure (lead, support …).
  public var roles: [String]
  /// Whether they lead or support each on their own (分别牵头).
  public var separately: Bool
  /// The selected department(s), canonical names.
  public var departments: [String]
  /// The same as the text wrote them (市人社局).
  public var asWritten: [String]
  /// Selected departments the text names by a former name (省扶贫办 for 省乡村振兴局).
  public var renamed: [TaskRenaming]
  /// The other leads, supporters and responsible bodies of the measure.
  public var coLeads: [String]
  public var supporters: [String]
  public var responsible: [String]
  /// When the task is due: a task table's 完成时限, else the first stated
  /// deadline of the measure's commitments.
  public var due: DateValue?
  /// What the text says about when: the 完成时限 cell as written, or the deadline.
  public var dueText: String?
  /// The commitments as written.
  public var commitments: [String]
  /// The kind of each commitment, in the same order (target, baseline, allocation,
  /// standard; nil when unknown): a register separates what is promised from what is.
  public var commitmentKinds: [QuantityKind?]
  /// The measure's whole text.
  public var text: String

  enum CodingKeys: String, CodingKey {
    case measureID = "measure_id", documentID = "document_id", title, province, city, county, path, heading, roles,
      separately, departments, asWritten = "as_written", renamed, coLeads = "co_leads", supporters, responsible,
      due = "due_date", duePrecision = "due_precision", dueText = "due_text", commitments, commitmentKinds = "kind", text
  }

  /// Every key written, nulls included, so each JSON line has the same keys.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(measureID, forKey: .measureID)
    try c.encode(documentID, forKey: .documentID)
    try c.encode(title, forKey: .title)
    try c.encode(province, forKey: .province)
    try c.encode(city, forKey: .city)
    try c.encode(county, forKey: .county)
    try c.encode(path, forKey: .path)
    try c.encode(heading, forKey: .heading)
    try c.encode(roles, forKey: .roles)
    try c.encode(separately, forKey: .separately)
    try c.encode(departments, forKey: .departments)
    try c.encode(asWritten, forKey: .asWritten)
    try c.encode(renamed, forKey: .renamed)
    try c.encode(coLeads, forKey: .coLeads)
    try c.encode(supporters, forKey: .supporters)
    try c.encode(responsible, forKey: .responsible)
    try c.encode(due?.date, forKey: .due)
    try c.encode(due?.precision, forKey: .duePrecision)
    try c.encode(dueText, forKey: .dueText)
    try c.encode(commitments, forKey: .commitments)
    try c.encode(commitmentKinds, forKey: .commitmentKinds)
    try c.encode(text, forKey: .text)
  }
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
  /// Rows in document order, then measure order. Each document's departments
  /// are matched through the registry of the plugin that parsed it (the
  /// fallback's when `registry` no longer has that plugin), as parsing read them.
  public static func rows(_ documents: [ParsedDocument], registry: PluginRegistry, filter: TaskFilter) -> [TaskRow] {
    var rows: [TaskRow] = []
    var queries: [String: (query: DepartmentQuery, province: String?)] = [:]
    for document in documents {
      let plugin = queries[document.plugin] ?? {
        let manifest = registry.extractionManifest(for: registry.plugin(id: document.plugin) ?? registry.fallback)
        let made = (DepartmentRegistry(manifest: manifest).query(filter.department), manifest.province)
        queries[document.plugin] = made
        return made
      }()
      if let province = filter.province {
        let named = [document.region.province, plugin.province].compactMap { $0 }
        guard named.contains(where: { $0.contains(province) }) else { continue }
      }
      for measure in document.measures {
        let selected = measure.departments.filter { plugin.query.matches($0) && (filter.role == nil || $0.role == filter.role) }
        guard !selected.isEmpty else { continue }
        rows.append(row(measure, selected: selected, document: document, province: document.region.province ?? plugin.province))
      }
    }
    return rows
  }

  private static func row(_ measure: Measure, selected: [DepartmentRef], document: ParsedDocument, province: String?) -> TaskRow {
    let chosen = Set(selected.map(\.name))
    func others(_ role: DepartmentRole) -> [String] {
      unique(measure.departments.filter { $0.role == role && !chosen.contains($0.name) }.map(\.name))
    }
    var renamed: [TaskRenaming] = []
    for ref in selected {
      guard let former = ref.renamedFrom else { continue }
      let renaming = TaskRenaming(written: ref.surface, former: former, current: ref.name, year: ref.renamedIn)
      if !renamed.contains(renaming) { renamed.append(renaming) }
    }
    let deadline = measure.commitments.lazy.compactMap(\.deadline).first
    let due = measure.due.map { (DateValue.deadline($0.date), $0.text) } ?? (DateValue.deadline(deadline), deadline)
    return TaskRow(
      measureID: measure.id, documentID: document.id, title: document.displayTitle, province: province,
      city: document.region.city, county: document.region.county, path: measure.path.joined(separator: "/"),
      heading: measure.heading, roles: unique(selected.map(\.role.rawValue)), separately: selected.contains(where: \.separately),
      departments: unique(selected.map(\.name)), asWritten: unique(selected.map(\.surface)), renamed: renamed,
      coLeads: others(.lead), supporters: others(.support), responsible: others(.responsible),
      due: due.0, dueText: due.1, commitments: measure.commitments.map(\.surface),
      commitmentKinds: measure.commitments.map(\.kind), text: measure.text)
  }

  private static func unique(_ names: [String]) -> [String] {
    var out: [String] = []
    for name in names where !out.contains(name) { out.append(name) }
    return out
  }
}
