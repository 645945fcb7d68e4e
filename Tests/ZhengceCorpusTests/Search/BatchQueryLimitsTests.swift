import Testing
import ZhengceCorpus
import ZhengceSearch

/// Batch lines are bounded as queries are (`QueryLimits`, issue 20).
@Suite struct BatchQueryLimitsTests {
  @Test func batchLinesAreBoundedTheSameWay() {
    let repeated = #"{"terms": ["# + Array(repeating: #""深度贫困""#, count: 5_000).joined(separator: ", ") + "]}"
    #expect(BatchQuery.parse(repeated) == .success(BatchQuery(terms: ["深度贫困"])))
    let many = #"{"terms": ["# + (0..<65).map { #""第\#($0)条""# }.joined(separator: ", ") + "]}"
    #expect(BatchQuery.parse(many) == .failure(BatchQueryError(message: "more than 64 distinct terms and filters (65)")))
    let long = #"{"terms": [""# + String(repeating: "贫", count: 300_000) + #""]}"#
    #expect(BatchQuery.parse(long) == .failure(BatchQueryError(message: "query longer than 2000 characters (300000)")))
  }

  @Test func batchLinesMustBeUTF8AndAskForSomething() {
    let invalid = Array(#"{"terms": [""#.utf8) + [0xD6, 0xD0] + Array(#""]}"#.utf8)
    #expect(BatchQuery.parse(invalid) == .failure(BatchQueryError(message: "not valid UTF-8")))
    let noTerm = BatchQueryError(message: #""terms" must hold at least one term, and no empty one"#)
    #expect(BatchQuery.parse(#"{"terms": []}"#) == .failure(noTerm))
    #expect(BatchQuery.parse(#"{"terms": ["扶贫", ""]}"#) == .failure(noTerm))
  }
}
