import ZhengceCore
import ZhengceSearch

/// The stored form of an `IndexRecord` after its text (which the index keeps
/// itself): length-prefixed UTF-8 fields, read back only for the hits being
/// shown and when an index is rebuilt. The layout is the one of `FileFormat.version` 5 and later.
extension IndexRecord {
  public func encodeStored(into out: inout StoredRecordWriter) {
    out.append(id)
    out.append(document)
    out.append(title)
    out.append(province ?? "")
    out.append(region)
    out.append(plugin ?? "")
    out.append(year ?? "")
    out.append(path)
    out.append(heading)
    out.append(count: departments.count)
    for d in departments {
      out.append(d.name)
      out.append(d.surface)
      out.append(d.family ?? "")
      out.append(d.role.rawValue)
      out.append(d.renamedFrom ?? "")
    }
    out.append(topics)
    out.append(source)
    out.append(genre ?? "")
  }

  /// Decodes one record; nil when the bytes do not hold one (a role that is no `DepartmentRole` included).
  public init?(text: String, stored reader: inout StoredRecordReader) {
    guard let id = reader.string(), let document = reader.string(), let title = reader.string(),
      let province = reader.string(), let region = reader.list(), let plugin = reader.string(),
      let year = reader.string(), let path = reader.list(), let heading = reader.string(),
      let departmentCount = reader.count()
    else { return nil }
    var departments: [Department] = []
    for _ in 0..<departmentCount {
      guard let name = reader.string(), let surface = reader.string(), let family = reader.string(),
        let role = reader.string().flatMap(DepartmentRole.init(rawValue:)), let renamedFrom = reader.string()
      else { return nil }
      departments.append(
        .init(
          name: name, surface: surface, family: family.isEmpty ? nil : family, role: role,
          renamedFrom: renamedFrom.isEmpty ? nil : renamedFrom))
    }
    guard let topics = reader.list(), let source = reader.string(), let genre = reader.string() else { return nil }
    self.init(
      id: id, document: document, title: title, genre: genre.isEmpty ? nil : genre,
      province: province.isEmpty ? nil : province, region: region,
      plugin: plugin.isEmpty ? nil : plugin, year: year.isEmpty ? nil : year, path: path, heading: heading,
      text: text, departments: departments, topics: topics, source: source)
  }
}
