import Foundation
import Testing
import ZhengceCore
@testable import ZhengceCorpus
import ZhengceTestSupport

/// The stored documents' decoder reads what Foundation's `JSONDecoder` reads,
/// and refuses what is not JSON with an error, never a trap.
@Suite struct JSONTreeDecoderTests {
  private struct Sample: Codable, Equatable {
    var text: String
    var numbers: [Double]
    var count: Int
    var flag: Bool
    var missing: String?
    var null: Int?
    var nested: [String: [Int]]
    var list: [[String]]
  }

  @Test func readsWhatFoundationReads() throws {
    let json = #"""
      { "text" : "引号\"、反斜杠\\、换行\n、\u00e9、\ud83d\ude00、\/" ,
        "numbers": [0, -0.5, 2400000, 1e-7, 3.25E+2, 12345678901234567], "count": -42, "flag": true,
        "null": null, "nested": {"a": [], "b": [1, 2]}, "list": [[], ["x", ""]] }
      """#
    let bytes = Array(json.utf8)
    let ours = try JSONTreeDecoder.decode(Sample.self, from: bytes)
    #expect(ours == (try JSONDecoder().decode(Sample.self, from: Data(bytes))))
    #expect(ours.text == "引号\"、反斜杠\\、换行\n、é、😀、/")
  }

  @Test func aParsedDocumentComesBackEqual() throws {
    let document = try CorpusFixtures.parse(CorpusFixtures.ankang).document
    let bytes = Array(try JSONEncoder().encode(document))
    #expect(try JSONTreeDecoder.decode(ParsedDocument.self, from: bytes) == document)
  }

  @Test(arguments: [
    "", "{", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "[1 2]", "\"open", "[\"\\x\"]", "[tru]", "{} {}", "[\"\u{01}\"]", "nul",
  ])
  func malformedJSONIsAnError(text: String) {
    #expect(throws: DecodingError.self) { try JSONTreeDecoder.decode([String: [String]].self, from: Array(text.utf8)) }
  }

  @Test(arguments: [#"["\x"]"#, #"["\ud800"]"#, #"["\ud800\u0041"]"#, #"["\u12"]"#, #"["\udc00"]"#])
  func badEscapesAreAnError(text: String) {
    #expect(throws: DecodingError.self) { try JSONTreeDecoder.decode([String].self, from: Array(text.utf8)) }
  }

  @Test func wrongTypesAndMissingKeysNameThePath() {
    #expect {
      try JSONTreeDecoder.decode(Sample.self, from: Array(#"{"text": 1}"#.utf8))
    } throws: { error in
      guard case .typeMismatch(_, let context) = error as? DecodingError else { return false }
      return context.codingPath.map(\.stringValue) == ["text"]
    }
    #expect {
      try JSONTreeDecoder.decode([Sample].self, from: Array(#"[{"text": "t"}]"#.utf8))
    } throws: { error in
      guard case .keyNotFound(let key, let context) = error as? DecodingError else { return false }
      return key.stringValue == "numbers" && context.codingPath.map(\.stringValue) == ["0"]
    }
  }
}
