import ZhengceCore
import ZhengceParser
import ZhengceSearch

/// Widens `dept:` filters through the plugins' department registries, as
/// `zhengce tasks --dept` does: `dept:人社局` also finds 省人力资源社会保障厅
/// (the 人社 family), `dept:市发改委` finds 市发展和改革委员会. What the filter
/// matched before (a name or surface containing the text) it still matches.
public struct DepartmentQueryExpansion: Sendable {
  private let registries: [DepartmentRegistry]

  public init(registry: PluginRegistry) {
    registries = registry.all.map { DepartmentRegistry(manifest: registry.extractionManifest(for: $0)) }
  }

  public func expand(_ query: Query) -> Query {
    query.replacingFilters(on: .department) { value in
      var alternatives: [Query] = [.filter(.department, value)]
      for registry in registries {
        let widened: Query
        switch registry.query(value) {
        case .family(let family): widened = .filter(.family, family)
        case .name(let name): widened = .filter(.department, name)
        }
        if !alternatives.contains(widened) { alternatives.append(widened) }
      }
      return alternatives.count == 1 ? alternatives[0] : .or(alternatives)
    }
  }
}
