import Testing
import ZhengceCorpus
import ZhengceSearch

/// Lines of the batch protocol that are not queries: each is named by its first bad key.
@Suite struct BatchQueryErrorTests {
  @Test(arguments: [
    ("not json", "not a JSON object"),
    ("[1, 2]", "not a JSON object"),
    (#"{"terms": ["扶贫"]} trailing"#, "not a JSON object"),
    ("{}", #""terms" must be an array of strings"#),
    (#"{"terms": "扶贫"}"#, #""terms" must be an array of strings"#),
    (#"{"terms": [1]}"#, #""terms" must be an array of strings"#),
    (#"{"terms": ["扶贫"], "province": 5}"#, #""province" must be a string or null"#),
    (#"{"terms": ["扶贫"], "limit": "3"}"#, #""limit" must be a whole number ≥ 0"#),
    (#"{"terms": ["扶贫"], "limit": true}"#, #""limit" must be a whole number ≥ 0"#),
    (#"{"terms": ["扶贫"], "limit": 1.5}"#, #""limit" must be a whole number ≥ 0"#),
    (#"{"terms": ["扶贫"], "limit": 1e300}"#, #""limit" must be a whole number ≥ 0"#),
    (#"{"terms": ["扶贫"], "limit": -1}"#, #""limit" must be a whole number ≥ 0"#),
  ])
  func badLinesNameTheProblem(line: String, message: String) {
    #expect(BatchQuery.parse(line) == .failure(BatchQueryError(message: message)))
  }

  @Test func nullsAndWholeFloatsAreAccepted() {
    #expect(
      BatchQuery.parse(#"{"terms": ["扶贫"], "province": null, "limit": null}"#)
        == .success(BatchQuery(terms: ["扶贫"], province: nil, limit: 10)))
    #expect(BatchQuery.parse(#"{"terms": ["扶贫"], "limit": 2.0}"#) == .success(BatchQuery(terms: ["扶贫"], limit: 2)))
  }

  @Test func anErrorAnswerKeepsTheAnswerKeysAndSaysWhy() {
    #expect(
      BatchQuery.errorAnswer(#"line 3: "terms" must be an array of strings"#)
        == #"{"ids": [], "total": 0, "error": "line 3: \"terms\" must be an array of strings"}"#)
  }
}
