import Testing
import ZhengceSearch

/// Queries nested past reason are refused with a column, never by running out of stack.
@Suite struct QueryNestingTests {
  @Test func parenthesesDeeperThanTheLimitAreRefusedAtTheFirstTooDeepOne() {
    let query = String(repeating: "(", count: 500) + "扶贫" + String(repeating: ")", count: 500)
    #expect(throws: QueryError("parentheses nested deeper than 100", column: 101, query: query)) {
      try TestSchema.parser.parse(query)
    }
  }

  @Test func parenthesesAtTheLimitStillParse() throws {
    let query = String(repeating: "(", count: 100) + "扶贫 OR 低保" + String(repeating: ")", count: 100)
    #expect(try TestSchema.parser.parse(query) == .or([.term("扶贫"), .term("低保")]))
  }

  @Test func chainsOfNegationCancelInPairs() throws {
    #expect(try TestSchema.parser.parse("NOT NOT 扶贫") == .term("扶贫"))
    #expect(try TestSchema.parser.parse("NOT -NOT 扶贫") == .not(.term("扶贫")))
    let long = String(repeating: "NOT ", count: 499) + "扶贫"
    #expect(try TestSchema.parser.parse(long) == .not(.term("扶贫")))
  }
}
