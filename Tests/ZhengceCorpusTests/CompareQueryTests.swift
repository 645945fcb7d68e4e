import Testing
import ZhengceCore
@testable import ZhengceCorpus

/// `compare QUERY`: the search engine's query language over the compared documents.
@Suite struct CompareQueryTests {
  func selected(_ query: String) throws -> [String] {
    let selector = try SearchQuerySelector(query, documents: CompareCorpus.documents)
    return CompareCorpus.documents.flatMap { d in
      d.measures.filter { selector.selects($0, in: d) }.map { "\(d.id.prefix(7)) \($0.path.joined(separator: "/"))" }
    }
  }

  @Test func everyWordMustOccur() throws {
    #expect(try selected("宽带") == [
      "guangxi 三/(二)/2", "hunan-2 四/(八)", "hunan-x 二/(二)/9", "liaonin 三/(三)", "liaonin 四/(四)",
    ])
    #expect(try selected("宽带 90%") == ["hunan-2 四/(八)", "liaonin 四/(四)"])
    #expect(try selected("宽带 信息服务站") == ["hunan-2 四/(八)"])
  }

  @Test func topicAndProvinceWordsFilter() throws {
    #expect(try selected("宽带 topic:网络扶贫 province:辽宁") == ["liaonin 三/(三)", "liaonin 四/(四)"])
    #expect(try selected("province:湖南 topic:易地搬迁") == ["hunan-2 三/(五)", "hunan-x 二/(一)/——", "hunan-x 二/(二)/4"])
  }

  @Test func badQueriesAreClearErrors() {
    #expect(throws: CompareError.emptyQuery) { try SearchQuerySelector("  ", documents: []) }
    #expect(throws: CompareError.self) { try SearchQuerySelector("topic:不存在", documents: []) }
    #expect(throws: CompareError.self) { try SearchQuerySelector("宽带 AND (", documents: []) }
    #expect(CompareError.emptyQuery.description == "the query is empty; give words to look for, or --topic NAME")
  }

  @Test func theFullQueryLanguageWorks() throws {
    #expect(try selected("宽带 -辽宁 -province:辽宁") == ["guangxi 三/(二)/2", "hunan-2 四/(八)", "hunan-x 二/(二)/9"])
    #expect(try selected("\"宽带网络\" OR 信息服务站") == [
      "guangxi 三/(二)/2", "hunan-2 四/(八)", "hunan-x 二/(二)/9", "liaonin 三/(三)", "liaonin 四/(四)",
    ])
    #expect(try selected("topic:基础设施 宽带 province:湖南") == ["hunan-2 四/(八)", "hunan-x 二/(二)/9"])
  }

  @Test func idSelectorTakesMeasuresChosenElsewhere() throws {
    let selector = MeasureIDSelector(selection: "query:index", ids: ["liaoning-2019-three-year-action-opinions#17"])
    let comparison = try ComparisonBuilder().compare(CompareCorpus.documents, selecting: selector)
    #expect(comparison.selection == "query:index")
    #expect(comparison.columns.flatMap(\.measures).map(\.heading) == ["实施网络扶贫行动"])
  }
}
