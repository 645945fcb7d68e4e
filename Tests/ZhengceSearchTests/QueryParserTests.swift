import Testing
import ZhengceSearch

@Suite struct QueryParserTests {
  @Test func spaceMeansAnd() throws {
    #expect(try TestSchema.parser.parse("扶贫 搬迁") == .and([.term("扶贫"), .term("搬迁")]))
  }

  @Test func precedenceAndGrouping() throws {
    #expect(try TestSchema.parser.parse("a OR b c") == .or([.term("a"), .and([.term("b"), .term("c")])]))
    #expect(try TestSchema.parser.parse("(a OR b) AND c") == .and([.or([.term("a"), .term("b")]), .term("c")]))
  }

  @Test func negationForms() throws {
    #expect(try TestSchema.parser.parse("扶贫 -搬迁 NOT 低保") == .and([.term("扶贫"), .not(.term("搬迁")), .not(.term("低保"))]))
    #expect(try TestSchema.parser.parse("扶贫-搬迁") == .term("扶贫-搬迁"))
  }

  @Test func phrasesKeepSpacesAndOperators() throws {
    #expect(try TestSchema.parser.parse("\"深度 贫困\" \"OR\"") == .and([.term("深度 贫困"), .term("OR")]))
  }

  @Test func fieldFilters() throws {
    #expect(
      try TestSchema.parser.parse("province:湖南 dept:财政 role:牵头 year:2020 doc:\"hunan-2018\"")
        == .and([
          .filter(.province, "湖南"), .filter(.department, "财政"), .filter(.role, "lead"), .filter(.year, "2020"),
          .filter(.document, "hunan-2018"),
        ]))
  }

  @Test func filtersAreFoundAtAnyDepth() throws {
    let query = try TestSchema.parser.parse("扶贫 (低保 OR NOT dept:财政)")
    #expect(query.hasFilter(on: .department))
    #expect(!query.hasFilter(on: .province))
    #expect(!(try TestSchema.parser.parse("dept 财政")).hasFilter(on: .department))
  }

  @Test func aliasesAndQueryValuesComeFromTheSchema() throws {
    #expect(try TestSchema.parser.parse("genre:notice") == .filter(.genre, "notice"))
    #expect(try TestSchema.parser.parse("文种:通知") == .filter(.genre, "notice"))
    #expect(try TestSchema.parser.parse("文种:资金通知 genre:notice") == .and([.filter(.genre, "funds-notice"), .filter(.genre, "notice")]))
    // A value the schema does not turn into another is kept as written.
    #expect(try TestSchema.parser.parse("genre:通报") == .filter(.genre, "通报"))
    // Another Chinese word before a colon is text, as before.
    #expect(try TestSchema.parser.parse("目标:2020") == .term("目标:2020"))
  }

  @Test(arguments: [
    ("", 1, "empty query"),
    ("扶贫 OR", 6, "expected a term after OR"),
    ("(扶贫 搬迁", 1, "'(' is never closed"),
    ("扶贫)", 3, "unmatched ')'"),
    ("扶贫 \"搬迁", 4, "unterminated quote"),
    ("colour:red", 1, "unknown field 'colour' (fields: province region dept family role topic year doc genre)"),
    ("AND 扶贫", 1, "expected a term before AND"),
    ("()", 1, "empty parentheses"),
    ("province:", 1, "no value after 'province:'"),
    ("扶贫 NOT", 7, "expected a term after NOT"),
  ])
  func malformedQueriesPointAtTheProblem(query: String, column: Int, message: String) {
    #expect(throws: QueryError(message, column: column, query: query)) { try TestSchema.parser.parse(query) }
  }

  @Test func pointerMarksTheColumnUnderWideCharacters() {
    let error = QueryError("x", column: 4, query: "扶贫 )")
    #expect(error.pointer == "扶贫 )\n     ^")
  }
}
