import Foundation
import Testing
import ZhengceCore

/// A document of another contract version is refused by name, never read as
/// if its fields meant what they mean now.
@Suite struct ContractVersionTests {
  static let document = ParsedDocument(
    id: "a", source: SourceInfo(path: "a.txt", format: .text, encoding: "utf-8", sha256: String(repeating: "0", count: 64)),
    title: "某某实施方案", genre: .plan, genreSource: .title, region: Region(level: .national),
    measures: [
      Measure(
        id: "a#1", path: ["前言"], kind: .preamble, heading: "", text: "x", span: TextSpan(start: 0, end: 1),
        commitments: [Commitment(surface: "3000元", value: 3000, unit: "元", kind: .standard)]),
    ])

  @Test func theCurrentVersionRoundTrips() throws {
    let data = try JSONEncoder().encode(Self.document)
    #expect(try JSONDecoder().decode(ParsedDocument.self, from: data) == Self.document)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["schemaVersion"] as? Int == 6)
    #expect(object["genre"] as? String == "plan" && object["genreSource"] as? String == "title")
    #expect(object["docNumber"] is NSNull)
  }

  @Test func aDocumentWithoutAGenreWritesNull() throws {
    var document = Self.document
    (document.title, document.genre, document.genreSource) = (nil, nil, nil)
    let data = try JSONEncoder().encode(document)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["title"] is NSNull)
    #expect(object["genre"] is NSNull && object["genreSource"] is NSNull)
    #expect(try JSONDecoder().decode(ParsedDocument.self, from: data) == document)
  }

  @Test func everyGenreIsWrittenAsTheContractNamesIt() {
    #expect(DocumentGenre.allCases.map(\.rawValue) == [
      "plan", "opinions", "funds-notice", "notice", "announcement", "rules", "work-points", "task-division", "assessment",
      "program", "decision", "other",
    ])
    #expect(DocumentGenre(name: "方案") == .plan)
    #expect(DocumentGenre(name: "work-points") == .workPoints)
    #expect(DocumentGenre(name: "说明") == nil)
  }

  @Test(arguments: [1, 2, 4, 5])
  func anOlderVersionIsRefusedWithAMessageThatSaysWhatToDo(version: Int) throws {
    var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(Self.document)) as? [String: Any])
    object["schemaVersion"] = version
    if version == 2 { object["genre"] = nil }
    let data = try JSONSerialization.data(withJSONObject: object)
    do {
      _ = try JSONDecoder().decode(ParsedDocument.self, from: data)
      Issue.record("a version \(version) document was read")
    } catch DecodingError.dataCorrupted(let context) {
      #expect(context.debugDescription.hasPrefix("schemaVersion \(version) is not supported: this zhengce reads version 6"))
    }
  }
}
