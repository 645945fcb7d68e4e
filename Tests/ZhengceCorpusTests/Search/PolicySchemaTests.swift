import Testing
import ZhengceCorpus
import ZhengceSearch

/// The policy index's schema, as the CLI, the web app and indexes on disk rely on it.
@Suite struct PolicySchemaTests {
  /// Ids are what an index stores: reordering the fields would misread every index built before.
  @Test func fieldIdsAreThoseOfIndexesOnDisk() {
    let fields: [Field] = [.province, .region, .plugin, .department, .family, .role, .topic, .year, .document, .genre]
    #expect(fields.map(\.id) == Array(1...10))
    #expect(PolicySchema.schema.fields.map(\.name) == ["province", "region", "plugin", "dept", "family", "role", "topic", "year", "doc", "genre"])
    #expect(PolicySchema.schema.facets == [.province, .family, .role, .year, .topic, .genre])
  }

  @Test func fieldFilters() throws {
    #expect(
      try QueryParser.policy.parse("province:湖南 dept:财政 role:牵头 year:2020 doc:\"hunan-2018\"")
        == .and([
          .filter(.province, "湖南"), .filter(.department, "财政"), .filter(.role, "lead"), .filter(.year, "2020"),
          .filter(.document, "hunan-2018"),
        ]))
    #expect(try QueryParser.policy.parse("role:配合 role:负责") == .and([.filter(.role, "support"), .filter(.role, "responsible")]))
  }

  @Test func genreFiltersTakeWholeGenresInEitherLanguage() throws {
    #expect(try QueryParser.policy.parse("genre:plan") == .filter(.genre, "plan"))
    #expect(try QueryParser.policy.parse("文种:方案") == .filter(.genre, "plan"))
    #expect(
      try QueryParser.policy.parse("文种:实施意见 genre:funds-notice") == .and([.filter(.genre, "opinions"), .filter(.genre, "funds-notice")]))
    // A value that names no genre is kept, and matches nothing.
    #expect(try QueryParser.policy.parse("genre:通报") == .filter(.genre, "通报"))
    #expect(PolicySchema.schema.entry(.genre).matching == .wholeValue)
    #expect(PolicySchema.schema.entry(.department).searched == [.department, .family])
  }

  @Test func unknownFieldListsTheFields() {
    let query = "colour:red"
    #expect(throws: QueryError("unknown field 'colour' (fields: province region plugin dept family role topic year doc genre)", column: 1, query: query)) {
      try QueryParser.policy.parse(query)
    }
  }

  /// Every field of a measure comes back, the departments' roles typed.
  @Test func storedRecordsRoundTrip() throws {
    let record = IndexRecord(
      id: "d#3", document: "d", title: "标题", genre: "plan", province: "湖南省", region: ["湘西州", "花垣县"], plugin: "hunan",
      year: "2018", path: ["三", "(一)"], heading: "加大", text: "加大投入。",
      departments: [
        .init(name: "省财政厅", surface: "省 财政厅", family: "财政", role: .lead),
        .init(name: "省乡村振兴局", surface: "省扶贫办", family: "扶贫", role: .support, renamedFrom: "省扶贫开发办公室"),
      ], topics: ["资金"],
      source: "/corpus/d.txt")
    let reader = try TestIndex.build([record, IndexRecord(id: "e#1", document: "e", text: "x")])
    #expect(try reader.record(0, as: IndexRecord.self) == record)
    #expect(try reader.record(1, as: IndexRecord.self) == IndexRecord(id: "e#1", document: "e", text: "x"))
    #expect(try TestIndex.ids(reader, "role:牵头") == ["d#3"])
    #expect(try TestIndex.ids(reader, "dept:扶贫 province:湖南") == ["d#3"])
  }
}
