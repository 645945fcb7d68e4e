import Testing
@testable import ZhengceCorpus

/// The bench's record lines resolve string escapes exactly as stored documents do
/// (`JSONEscapes`): one reader of JSON escapes, refusing what RFC 8259 refuses.
@Suite struct FlatJSONTests {
  func parse(_ line: String) -> [String: FlatJSON.Value]? {
    let bytes = Array(line.utf8)
    return bytes.withUnsafeBufferPointer { FlatJSON.parse($0) }
  }

  @Test func escapesAreResolved() {
    let object = parse(#"{"id":"a\"b","text":"\u4E2D\u6587\n\t\\ \ud83d\ude00","n":3,"x":null}"#)
    #expect(object?["id"] == .string("a\"b"))
    #expect(object?["text"] == .string("中文\n\t\\ 😀"))
    #expect(object?["n"] == .other)
    #expect(object?["x"] == .null)
  }

  @Test(arguments: [#"{"t":"bad \x escape"}"#, #"{"t":"lone \ud83d surrogate"}"#, #"{"t":"cut \u4E"}"#, #"{"t":"open"#])
  func badStringsMakeTheLineUnreadable(line: String) {
    #expect(parse(line) == nil)
  }
}
