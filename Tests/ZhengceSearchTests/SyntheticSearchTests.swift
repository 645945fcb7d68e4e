import Testing
import ZhengceSearch

/// Exact matching and ranking on small hand-made records.
@Suite struct SyntheticSearchTests {
  static let records: [TestRecord] = [
    TestRecord(
      id: "a#1", document: "a", province: "湖南省", year: "2018", heading: "加大财政支持力度",
      text: "加大财政支持力度。省级一般性转移支付进一步向深度贫困县倾斜。",
      departments: [.init(name: "省财政厅", family: "财政", role: "lead")], topics: ["资金"]),
    TestRecord(
      id: "a#2", document: "a", province: "湖南省", year: "2018",
      text: "到2020年,深度贫困村全部脱贫退出。GDP年均增长7.5%。",
      departments: [.init(name: "省扶贫办", family: "扶贫", role: "support")]),
    TestRecord(
      id: "b#1", document: "b", province: "陕西省", region: ["安康市"], year: "2020", heading: "财政",
      text: "财政专项扶贫资金向易地扶贫搬迁倾斜,2020年底前完成。", topics: ["易地搬迁"]),
    TestRecord(id: "b#2", document: "b", province: "陕西省", region: ["安康市"], year: "2020", text: "贫"),
    TestRecord(id: "c#1", document: "c", province: "广西壮族自治区", text: "GDP2020 年 pm2.5 深度 贫困"),
  ]

  let reader: IndexReader

  init() throws { reader = try TestIndex.build(Self.records) }

  @Test func twoCharacterTermIsOneBigram() throws {
    #expect(try TestIndex.ids(reader, "财政").sorted() == ["a#1", "b#1"])
  }

  @Test func oneCharacterTermFindsUnigramsAndBigramStarts() throws {
    // 贫 inside runs (a#1, a#2, b#1), as a lone character (b#2), before a space (c#1).
    #expect(try TestIndex.ids(reader, "贫").sorted() == ["a#1", "a#2", "b#1", "b#2", "c#1"])
    #expect(try TestIndex.ids(reader, "斜").sorted() == ["a#1", "b#1"])
    #expect(try TestIndex.ids(reader, "。").sorted() == ["a#1", "a#2", "b#1"])
  }

  @Test func longerTermsMatchOnlyAdjacentCharacters() throws {
    #expect(try TestIndex.ids(reader, "深度贫困").sorted() == ["a#1", "a#2"])
    #expect(try TestIndex.ids(reader, "\"深度 贫困\"") == ["c#1"])
    #expect(try TestIndex.ids(reader, "度贫困县").sorted() == ["a#1"])
    #expect(try TestIndex.ids(reader, "贫困县倾").sorted() == ["a#1"])
    #expect(try TestIndex.ids(reader, "贫困村倾").isEmpty)
    #expect(try TestIndex.ids(reader, "扶贫搬家").isEmpty)
  }

  @Test func mixedWordAndCharacterTerms() throws {
    #expect(try TestIndex.ids(reader, "2020年").sorted() == ["a#2", "b#1"])
    #expect(try TestIndex.ids(reader, "20年").sorted() == ["a#2", "b#1"])
    #expect(try TestIndex.ids(reader, "到20").sorted() == ["a#2"])
    #expect(try TestIndex.ids(reader, "02").sorted() == ["a#2", "b#1", "c#1"])
    #expect(try TestIndex.ids(reader, "gdp").sorted() == ["a#2", "c#1"])
    #expect(try TestIndex.ids(reader, "GDP年").sorted() == ["a#2"])
    #expect(try TestIndex.ids(reader, "长7.5%").sorted() == ["a#2"])
    #expect(try TestIndex.ids(reader, "\"0 年 p\"").sorted() == ["c#1"])
  }

  @Test func sameAnswersWithoutPositions() throws {
    let plain = try TestIndex.build(Self.records, positions: false)
    let queries = [
      "深度贫困", "\"深度 贫困\"", "度贫困县", "贫困村倾", "2020年", "20年", "到20", "GDP年", "长7.5%", "\"0 年 p\"",
      "财政 倾斜", "(搬迁 OR 脱贫) NOT 2020年底", "扶贫资金向易地", "贫",
    ]
    for q in queries {
      let with = try Searcher(reader: reader).search(try TestSchema.parser.parse(q), limit: 0)
      let without = try Searcher(reader: plain).search(try TestSchema.parser.parse(q), limit: 0)
      #expect(with.hits == without.hits, "\(q)")
    }
  }

  @Test func booleanOperators() throws {
    #expect(try TestIndex.ids(reader, "财政 倾斜").sorted() == ["a#1", "b#1"])
    #expect(try TestIndex.ids(reader, "财政 -搬迁") == ["a#1"])
    #expect(try TestIndex.ids(reader, "搬迁 OR 脱贫").sorted() == ["a#2", "b#1"])
    #expect(try TestIndex.ids(reader, "(搬迁 OR 脱贫) NOT 2020年底").sorted() == ["a#2"])
    #expect(try TestIndex.ids(reader, "NOT 贫").isEmpty)
    #expect(try TestIndex.ids(reader, "-财政").sorted() == ["a#2", "b#2", "c#1"])
  }

  @Test func fieldFiltersMatchContainedValues() throws {
    #expect(try TestIndex.ids(reader, "province:湖南").sorted() == ["a#1", "a#2"])
    #expect(try TestIndex.ids(reader, "贫 province:陕西").sorted() == ["b#1", "b#2"])
    #expect(try TestIndex.ids(reader, "region:安康 year:2020").sorted() == ["b#1", "b#2"])
    #expect(try TestIndex.ids(reader, "dept:财政").sorted() == ["a#1"])
    #expect(try TestIndex.ids(reader, "dept:扶贫 role:配合") == ["a#2"])
    #expect(try TestIndex.ids(reader, "role:lead") == ["a#1"])
    #expect(try TestIndex.ids(reader, "topic:搬迁") == ["b#1"])
    #expect(try TestIndex.ids(reader, "doc:c") == ["c#1"])
    #expect(try TestIndex.ids(reader, "province:北京").isEmpty)
  }

  /// A field the schema has a filter search too (`dept:` also looks in `family:`), and query values it turns into indexed ones.
  @Test func schemaWidensFiltersAndTranslatesValues() throws {
    let reader = try TestIndex.build([
      TestRecord(id: "n", document: "x", text: "统筹", departments: [.init(name: "省发展和改革委员会", family: "发改", role: "lead")]),
      TestRecord(id: "f", document: "x", text: "统筹", departments: [.init(name: "省财政厅", family: "财政", role: "support")]),
    ])
    #expect(try TestIndex.ids(reader, "dept:发改") == ["n"])
    #expect(try TestIndex.ids(reader, "family:发改") == ["n"])
    #expect(try TestIndex.ids(reader, "family:发展").isEmpty)
    #expect(try TestIndex.ids(reader, "role:牵头") == ["n"])
    #expect(try TestIndex.ids(reader, "role:配合") == ["f"])
  }

  @Test func fieldFilterValueWithNulCharacterMatchesNothing() throws {
    // Found by FuzzQuery: the filter's substring test trapped on U+0000.
    #expect(try TestIndex.ids(reader, "province:湖南\u{0}").isEmpty)
    #expect(try TestIndex.ids(reader, "\"深度贫困\" province:湖南\u{0} -金融").isEmpty)
  }

  @Test func shorterMeasureRanksFirstAmongEqualMatches() throws {
    // Both have 财政 once, in the heading; b#1 is one character shorter.
    let hits = try Searcher(reader: reader).search(try TestSchema.parser.parse("财政"), limit: 10).hits
    #expect(hits.map { reader.id($0.doc) } == ["b#1", "a#1"])
    #expect(hits[0].score > hits[1].score)
  }

  @Test func headingMatchRanksAboveBodyMatch() throws {
    let reader = try TestIndex.build([
      TestRecord(id: "body", document: "x", text: "资金到位。支持力度。"),
      TestRecord(id: "heading", document: "x", heading: "支持力度", text: "支持力度。资金到位。"),
    ])
    #expect(try TestIndex.ids(reader, "支持") == ["heading", "body"])
    #expect(try TestIndex.ids(reader, "持力度") == ["heading", "body"])
    #expect(try TestIndex.ids(reader, "资金") == ["body", "heading"])
  }

  @Test func limitOffsetAndExactTotal() throws {
    let searcher = Searcher(reader: reader)
    let all = try searcher.search(try TestSchema.parser.parse("贫"), limit: 0)
    let page = try searcher.search(try TestSchema.parser.parse("贫"), limit: 2, offset: 1)
    #expect(all.total == 5 && page.total == 5)
    #expect(page.hits == Array(all.hits[1..<3]))
  }

  @Test func facetsCountTheMatchingSet() throws {
    let facets = try Searcher(reader: reader).search(try TestSchema.parser.parse("贫"), limit: 1, facets: true).facets
    let byField = Dictionary(uniqueKeysWithValues: facets.map { ($0.field, $0.values.map { "\($0.value)=\($0.count)" }) })
    #expect(byField[.province] == ["湖南省=2", "陕西省=2", "广西壮族自治区=1"])
    #expect(byField[.family] == ["扶贫=1", "财政=1"])
    #expect(byField[.role] == ["lead=1", "support=1"])
    #expect(byField[.year] == ["2018=2", "2020=2"])
    #expect(byField[.topic] == ["易地搬迁=1", "资金=1"])
  }

  @Test func snippetHighlightsEveryOccurrence() {
    let text = "财政专项扶贫资金向易地扶贫搬迁倾斜,2020年底前完成。"
    let spans = Snippet.matchSpans(in: text, terms: ["扶贫", "2020"])
    #expect(spans == [4..<6, 11..<13, 18..<22])
    let snippet = Snippet(text: text, spans: spans, width: 10)
    #expect(snippet.text == "项扶贫资金向易地扶贫")
    #expect(snippet.matches == [1..<3, 8..<10])
    #expect(snippet.start == 3 && snippet.cutBefore && snippet.cutAfter)
  }
}

/// A genre filter matches the whole value: `genre:notice` is not `funds-notice`.
@Suite struct GenreFilterTests {
  static let records: [TestRecord] = [
    TestRecord(id: "n#1", document: "n", genre: "notice", text: "做好扶贫资金项目公告公示工作"),
    TestRecord(id: "f#1", document: "f", genre: "funds-notice", text: "下达扶贫资金"),
    TestRecord(id: "f#2", document: "f", genre: "funds-notice", text: "扶贫资金用于产业发展"),
    TestRecord(id: "x#1", document: "x", text: "扶贫资金"),
  ]

  @Test func wholeValuesAndFacets() throws {
    let reader = try TestIndex.build(Self.records)
    #expect(try TestIndex.ids(reader, "genre:notice") == ["n#1"])
    #expect(try TestIndex.ids(reader, "genre:funds-notice").sorted() == ["f#1", "f#2"])
    #expect(try TestIndex.ids(reader, "文种:资金通知").sorted() == ["f#1", "f#2"])
    #expect(try TestIndex.ids(reader, "扶贫 -genre:funds-notice").sorted() == ["n#1", "x#1"])
    let facets = try Searcher(reader: reader).search(try TestSchema.parser.parse("扶贫"), limit: 1, facets: true).facets
    let genre = try #require(facets.first { $0.field == .genre })
    #expect(genre.values.map { "\($0.value)=\($0.count)" } == ["funds-notice=2", "notice=1"])
    // The stored records keep it (nil stays nil).
    let stored = try (0..<Int32(reader.documentCount)).map { try reader.record($0, as: TestRecord.self) }
    #expect(Dictionary(uniqueKeysWithValues: stored.map { ($0.id, $0.genre ?? "-") })
      == ["n#1": "notice", "f#1": "funds-notice", "f#2": "funds-notice", "x#1": "-"])
  }
}
