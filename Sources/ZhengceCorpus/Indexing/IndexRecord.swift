import ZhengceCore
import ZhengceSearch

/// One searchable unit (a measure) as the index stores it for display,
/// filtering and re-indexing, filed under the fields of `PolicySchema`. It is
/// self-contained: an index can be rebuilt from its stored records alone.
public struct IndexRecord: IndexableRecord, Hashable {
  /// Measure id, `<document id>#<ordinal>`, or a benchmark record's id.
  public var id: String
  public var document: String
  public var title: String
  /// The document's kind (文种): a `DocumentGenre` raw value, `plan`, `notice` …
  public var genre: String?
  public var province: String?
  /// City and county names, when known.
  public var region: [String]
  public var plugin: String?
  /// Four-digit year of the document's date.
  public var year: String?
  public var path: [String]
  /// The measure's title sentence; when `text` starts with it, matches there rank higher.
  public var heading: String
  public var text: String
  public var departments: [Department]
  public var topics: [String]
  /// The file the document was read from, "" for records given directly.
  public var source: String

  /// A department named in the measure.
  public struct Department: Sendable, Hashable {
    public var name: String
    public var surface: String
    public var family: String?
    /// Kept typed until printed; the index files it under its raw value.
    public var role: DepartmentRole
    /// The former name `surface` stands for, when the body was renamed since.
    public var renamedFrom: String?

    public init(name: String, surface: String, family: String? = nil, role: DepartmentRole, renamedFrom: String? = nil) {
      self.name = name
      self.surface = surface
      self.family = family
      self.role = role
      self.renamedFrom = renamedFrom
    }

    /// The name to show: the current one, with the document's own when the body was renamed
    /// (`省乡村振兴局 (原省扶贫办)`).
    public var shownName: String { renamedFrom == nil ? name : "\(name) (原\(surface))" }
  }

  public init(
    id: String, document: String, title: String = "", genre: String? = nil, province: String? = nil, region: [String] = [],
    plugin: String? = nil, year: String? = nil, path: [String] = [], heading: String = "", text: String,
    departments: [Department] = [], topics: [String] = [], source: String = ""
  ) {
    self.id = id
    self.document = document
    self.title = title
    self.genre = genre
    self.province = province
    self.region = region
    self.plugin = plugin
    self.year = year
    self.path = path
    self.heading = heading
    self.text = text
    self.departments = departments
    self.topics = topics
    self.source = source
  }

  /// Every keyword field value the record is filed under.
  public var fieldValues: [(Field, String)] {
    var out: [(Field, String)] = [(.document, document)]
    if let province, !province.isEmpty { out.append((.province, province)) }
    for r in region where !r.isEmpty { out.append((.region, r)) }
    if let plugin, !plugin.isEmpty { out.append((.plugin, plugin)) }
    if let year, !year.isEmpty { out.append((.year, year)) }
    if let genre, !genre.isEmpty { out.append((.genre, genre)) }
    for d in departments {
      out.append((.department, d.name))
      if d.surface != d.name, !d.surface.isEmpty { out.append((.department, d.surface)) }
      if let family = d.family, !family.isEmpty { out.append((.family, family)) }
      out.append((.role, d.role.rawValue))
    }
    for t in topics where !t.isEmpty { out.append((.topic, t)) }
    return out
  }
}
