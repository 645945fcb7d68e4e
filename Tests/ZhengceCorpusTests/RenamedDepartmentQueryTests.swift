import Testing
import ZhengceCore
@testable import ZhengceCorpus
import ZhengceSearch

/// `dept:` filters and `compare` reach a body under its former name:
/// Hunan's 省扶贫办 (2018) and Ankang's 市扶贫开发局 (2020) are today's 乡村振兴局.
@Suite struct RenamedDepartmentQueryTests {
  private func selector(_ query: String) throws -> SearchQuerySelector {
    let expansion = DepartmentQueryExpansion(registry: try PluginSetup.registry(pluginDirectories: []))
    return try SearchQuerySelector(query, documents: CompareCorpus.documents, departments: expansion)
  }

  private func ids(_ query: String) throws -> [String] {
    try selector(query).ids.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
  }

  @Test func theCurrentNameFindsTheFormerOffice() throws {
    let hunan = try ids("dept:省乡村振兴局")
    #expect(hunan.count == 12)
    #expect(hunan.allSatisfy { $0.hasPrefix("hunan-2018-deep-poverty-plan#") })
    #expect(try ids("dept:省扶贫开发办公室") == hunan)
    #expect(try ids("dept:市乡村振兴局").filter { $0.hasPrefix("shaanxi-ankang") }.count == 10)
    #expect(try ids("dept:省农业农村厅").count == 2)
  }

  @Test func compareLinesUpTheFormerAndCurrentBureaus() throws {
    let comparison = try ComparisonBuilder().compare(CompareCorpus.documents, selecting: try selector("dept:乡村振兴局 role:lead"))
    var poverty: [String: [String]] = [:]
    for column in comparison.columns {
      poverty[column.label] = column.leads.first { $0.family == "扶贫" }?.departments
    }
    #expect(poverty == ["湖南": ["省乡村振兴局"], "陕西": ["市乡村振兴局", "市脱贫攻坚领导小组办公室"]])
  }
}
