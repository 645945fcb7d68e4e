import Testing
import ZhengceCorpus
import ZhengceSearch

/// Exact answers on the bundled corpus (counts checked against a scan of `parse --json`;
/// the six preamble measures (前言) count since they are searchable).
@Suite struct CorpusSearchTests {
  func reader() throws -> IndexReader { try #require(TestIndex.corpusReader) }

  @Test func phraseFindsEveryProvince() throws {
    let r = try reader()
    #expect(try TestIndex.ids(r, "易地扶贫搬迁").sorted() == [
      "guangxi-nanning-2015-precision-poverty-plan#32", "hunan-2018-deep-poverty-plan#11",
      "hunan-2018-deep-poverty-plan#12", "hunan-xiangxi-2016-precision-poverty-opinions#8",
      "shaanxi-ankang-2020-consolidation-plan#45",
    ])
    // The measure headed 加大易地扶贫搬迁实施力度 ranks first.
    #expect(try TestIndex.ids(r, "易地扶贫搬迁", limit: 1) == ["hunan-2018-deep-poverty-plan#12"])
  }

  @Test func exactTotals() throws {
    let r = try reader()
    #expect(try TestIndex.total(r, "深度贫困") == 42)
    #expect(try TestIndex.total(r, "扶贫") == 163)
    #expect(try TestIndex.total(r, "贫") == 254)
    #expect(try TestIndex.total(r, "牵头负责") == 23)
    #expect(try TestIndex.total(r, "2020年") == 37)
    #expect(try TestIndex.total(r, "建档立卡") == 41)
  }

  @Test func booleanCombinations() throws {
    let r = try reader()
    #expect(try TestIndex.total(r, "低保 OR 兜底") == 23)
    #expect(try TestIndex.ids(r, "低保 兜底").sorted() == [
      "hunan-2018-deep-poverty-plan#25", "hunan-xiangxi-2016-precision-poverty-opinions#11",
      "liaoning-2019-three-year-action-opinions#8", "shaanxi-ankang-2020-consolidation-plan#74",
    ])
    #expect(try TestIndex.total(r, "(低保 OR 兜底) -深度贫困") == 19)
    #expect(try TestIndex.total(r, "(低保 OR 兜底) AND NOT 深度贫困") == 19)
  }

  @Test func filters() throws {
    let r = try reader()
    #expect(try TestIndex.total(r, "深度贫困 province:湖南") == 30)
    #expect(try TestIndex.ids(r, "易地扶贫搬迁 -province:湖南").sorted() == [
      "guangxi-nanning-2015-precision-poverty-plan#32", "shaanxi-ankang-2020-consolidation-plan#45",
    ])
    #expect(try TestIndex.total(r, "region:湘西") == 26)
    #expect(try TestIndex.total(r, "doc:liaoning") == 53)
    #expect(try TestIndex.total(r, "year:2020") == 144)
    #expect(try TestIndex.total(r, "plugin:hunan") == 59)
  }

  /// Genres by title: the Nanning, Hunan and Ankang 实施方案 (44 + 33 + 144 measures), the Xiangxi
  /// 意见 and the Liaoning 实施意见 (26 + 53).
  @Test func genreFilters() throws {
    let r = try reader()
    #expect(try TestIndex.total(r, "genre:plan") == 221)
    #expect(try TestIndex.total(r, "文种:方案") == 221)
    #expect(try TestIndex.total(r, "genre:opinions") == 79)
    #expect(try TestIndex.total(r, "文种:实施意见") == 79)
    #expect(try TestIndex.total(r, "genre:notice") == 0)
    #expect(try TestIndex.ids(r, "易地扶贫搬迁 genre:opinions") == ["hunan-xiangxi-2016-precision-poverty-opinions#8"])
    #expect(try TestIndex.total(r, "深度贫困 -genre:plan") == (try TestIndex.total(r, "深度贫困 genre:opinions")))
  }

  @Test func departmentRoleAndTopicFilters() throws {
    let r = try reader()
    #expect(try TestIndex.total(r, "dept:财政") == 28)
    #expect(try TestIndex.total(r, "dept:财政 role:lead") == 25)
    #expect(try TestIndex.total(r, "role:牵头") == 155)  // Liaoning 二(三): 由住房城乡建设部门会同相关部门…
    #expect(try TestIndex.total(r, "topic:教育") == 19)
    #expect(try TestIndex.total(r, "topic:易地扶贫搬迁") == 18)
    #expect(try TestIndex.ids(r, "易地扶贫搬迁 dept:发改") == ["hunan-2018-deep-poverty-plan#12"])
  }

  @Test func facets() throws {
    let r = try reader()
    let result = try Searcher(reader: r, schema: PolicySchema.schema).search(try QueryParser.policy.parse("易地扶贫搬迁"), limit: 1, facets: true)
    let byField = Dictionary(uniqueKeysWithValues: result.facets.map { ($0.field, $0.values.map { "\($0.value)=\($0.count)" }) })
    #expect(byField[.province] == ["湖南省=3", "广西壮族自治区=1", "陕西省=1"])
    #expect(byField[.year] == ["2016=1", "2017=1", "2020=1"])
    #expect(byField[.family] == ["人社=1", "发改=1", "扶贫=1", "自然资源=1", "金融=1"])
    #expect(byField[.role] == ["lead=3"])
    #expect(byField[.topic] == ["易地扶贫搬迁=4", "土地政策=1", "就业扶贫=1"])
    // Hunan #11 and #12, Nanning #32 and Ankang #45 are in plans; Xiangxi #8 in opinions.
    #expect(byField[.genre] == ["plan=4", "opinions=1"])
  }

  @Test func storedRecordCarriesLeads() throws {
    let r = try reader()
    let hit = try #require(try Searcher(reader: r, schema: PolicySchema.schema).search(try QueryParser.policy.parse("易地扶贫搬迁"), limit: 1).hits.first)
    let record = try r.record(hit.doc, as: IndexRecord.self)
    #expect(record.departments.filter { $0.role == .lead }.map(\.name) == ["省发展和改革委员会", "省乡村振兴局", "人民银行长沙中心支行"])
    #expect(record.heading == "加大易地扶贫搬迁实施力度" && record.path == ["三", "(五)"])
  }

  @Test func snippetOfTheTopHit() throws {
    let r = try reader()
    let hit = try #require(try Searcher(reader: r, schema: PolicySchema.schema).search(try QueryParser.policy.parse("易地扶贫搬迁"), limit: 1).hits.first)
    let record = try r.record(hit.doc, as: IndexRecord.self)
    let spans = Snippet.matchSpans(in: record.text, terms: ["易地扶贫搬迁"])
    #expect(spans == [2..<8, 24..<30, 119..<125, 147..<153])
    let snippet = Snippet(text: record.text, spans: spans)
    #expect(snippet.start == 0 && snippet.matches == [2..<8, 24..<30])
    #expect(snippet.text.hasPrefix("加大易地扶贫搬迁实施力度。"))
  }
}
