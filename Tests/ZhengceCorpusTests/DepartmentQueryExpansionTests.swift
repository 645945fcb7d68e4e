import Testing
import ZhengceCore
import ZhengceCorpus
import ZhengceSearch

/// `dept:` filters read aliases through the plugins' registries, as `tasks --dept` does.
@Suite struct DepartmentQueryExpansionTests {
  func ids(_ query: String) throws -> [String] {
    let expansion = DepartmentQueryExpansion(registry: try PluginSetup.registry(pluginDirectories: []))
    let selector = try SearchQuerySelector(query, documents: CompareCorpus.documents, departments: expansion)
    return selector.ids.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
  }

  @Test func anAliasWithoutLevelFindsTheWholeFamily() throws {
    let found = try ids("dept:人社局")
    // 市人社局 as written in Ankang, and Hunan's 省人力资源社会保障厅 through the 人社 family.
    #expect(found.contains("shaanxi-ankang-2020-consolidation-plan#6"))
    #expect(found.contains("hunan-2018-deep-poverty-plan#15"))
    #expect(found.count == 14)
  }

  @Test func aBodysAbbreviationFindsThatBodyOnly() throws {
    #expect(try ids("dept:省人社厅").count == 6)
    #expect(try ids("dept:省财政厅").count == 9)
    #expect(try ids("dept:省财政厅").allSatisfy { $0.hasPrefix("hunan-2018") })
  }

  @Test func theExpansionKeepsWhatTheFilterMatchedBefore() throws {
    let expansion = DepartmentQueryExpansion(registry: try PluginSetup.registry(pluginDirectories: []))
    let expanded = expansion.expand(try QueryParser.policy.parse("扶贫 dept:人社局"))
    #expect(expanded.description.contains("dept:人社局"))
    #expect(expanded.description.contains("family:人社"))
    #expect(expansion.expand(try QueryParser.policy.parse("扶贫")) == (try QueryParser.policy.parse("扶贫")))
  }
}
