import Foundation
import Testing
import ZhengceCore
@testable import ZhengceCorpus
import ZhengceTestSupport

/// The stored documents' encoder writes the JSON `JSONEncoder` writes, and
/// hands what it cannot stream to `JSONEncoder`.
@Suite struct JSONStreamEncoderTests {
  /// The JSON values of both encodings, compared as parsed objects (key order aside).
  private static func sameJSON(_ value: some Encodable) throws -> Bool {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    let ours = try JSONSerialization.jsonObject(with: Data(JSONStreamEncoder.encode(value)), options: .fragmentsAllowed)
    let theirs = try JSONSerialization.jsonObject(with: encoder.encode(value), options: .fragmentsAllowed)
    return (ours as? NSObject)?.isEqual(theirs) == true
  }

  @Test func everyCorpusDocumentIsWrittenAsJSONEncoderWritesIt() throws {
    let parser = try PluginSetup.parser()
    for stem in CorpusFixtures.all {
      let document = try CorpusFixtures.parse(stem, parser: parser).document
      #expect(try Self.sameJSON(document), "\(stem)")
      let bytes = try JSONStreamEncoder.encode(document)
      #expect(try JSONDecoder().decode(ParsedDocument.self, from: Data(bytes)) == document, "\(stem)")
    }
  }

  private struct Odd: Encodable {
    var text = "引号\"、反斜杠\\、/、\n\t\r\u{08}\u{0C}\u{01}、😀"
    var numbers: [Double] = [0, -0.5, 2_400_000, 1e-7, 1e20, 0.1]
    var flags = [true, false]
    var missing: Int?
    var null: Int? = nil
    var nested: [String: [Int]] = ["a": []]

    enum CodingKeys: String, CodingKey { case text, numbers, flags, missing, null, nested }

    func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(text, forKey: .text)
      try c.encode(numbers, forKey: .numbers)
      try c.encode(flags, forKey: .flags)
      try c.encodeIfPresent(missing, forKey: .missing)
      try c.encode(null, forKey: .null)
      try c.encode(nested, forKey: .nested)
    }
  }

  /// Writes a nested container, which a stream cannot close in time.
  private struct Nesting: Encodable {
    enum Keys: String, CodingKey { case outer, inner }
    func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: Keys.self)
      var inner = c.nestedContainer(keyedBy: Keys.self, forKey: .outer)
      try inner.encode(1, forKey: .inner)
    }
  }

  @Test func escapesNumbersAndNullsAsJSONEncoder() throws {
    #expect(try Self.sameJSON(Odd()))
    #expect(String(decoding: try JSONStreamEncoder.encode(Odd().text), as: UTF8.self) == #""引号\"、反斜杠\\、/、\n\t\r\b\f\u0001、😀""#)
  }

  @Test func whatCannotBeStreamedGoesToJSONEncoder() throws {
    #expect(try Self.sameJSON(Nesting()))
    #expect(try Self.sameJSON([Date(timeIntervalSince1970: 12)]))
    #expect(throws: EncodingError.self) { try JSONStreamEncoder.encode([Double.nan]) }
  }
}
