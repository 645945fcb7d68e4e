import ZhengceCore
import ZhengceSearch

extension IndexRecord {
  /// The index records of a parsed document, one per measure.
  public static func records(of document: ParsedDocument, source: String) -> [IndexRecord] {
    let year = document.date.map { String($0.prefix(4)) }
    let region = [document.region.city, document.region.county].compactMap { $0 }
    return document.measures.map { m in
      IndexRecord(
        id: m.id, document: document.id, title: document.displayTitle, genre: document.genre?.rawValue,
        province: document.region.province,
        region: region, plugin: document.plugin, year: year, path: m.path, heading: m.heading, text: m.text,
        departments: m.departments.map {
          IndexRecord.Department(
            name: $0.name, surface: $0.surface, family: $0.family, role: $0.role, renamedFrom: $0.renamedFrom)
        },
        topics: m.topics, source: source)
    }
  }
}
