import Foundation
import Testing
import ZhengceCore

/// A document of another contract version is refused by name, never read as
/// if its fields meant what they mean now.
@Suite struct ContractVersionTests {
  static let document = ParsedDocument(
    id: "a", source: SourceInfo(path: "a.txt", format: .text, encoding: "utf-8", sha256: String(repeating: "0", count: 64)),
    title: nil, region: Region(level: .national),
    measures: [
      Measure(
        id: "a#1", path: ["前言"], kind: .preamble, heading: "", text: "x", span: TextSpan(start: 0, end: 1),
        commitments: [Commitment(surface: "3000元", value: 3000, unit: "元", kind: .standard)]),
    ])

  @Test func theCurrentVersionRoundTrips() throws {
    let data = try JSONEncoder().encode(Self.document)
    #expect(try JSONDecoder().decode(ParsedDocument.self, from: data) == Self.document)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["schemaVersion"] as? Int == 2)
    #expect(object["title"] is NSNull)
  }

  @Test func versionOneIsRefusedWithAMessageThatSaysWhatToDo() throws {
    var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(Self.document)) as? [String: Any])
    object["schemaVersion"] = 1
    let data = try JSONSerialization.data(withJSONObject: object)
    do {
      _ = try JSONDecoder().decode(ParsedDocument.self, from: data)
      Issue.record("a version 1 document was read")
    } catch DecodingError.dataCorrupted(let context) {
      #expect(context.debugDescription.hasPrefix("schemaVersion 1 is not supported: this zhengce reads version 2"))
    }
  }
}
