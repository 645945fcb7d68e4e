import Foundation
import Testing
import ZhengceCore
import ZhengceCorpus

/// How one document is scored: pinned nulls, unchecked keys, quantity pairing
/// and department recall and precision.
@Suite struct ExpectationScorerTests {
  static func expectation(_ json: String) throws -> DocumentExpectation {
    try JSONDecoder().decode(DocumentExpectation.self, from: Data(json.utf8))
  }

  /// A funds notice as the parser might read it (figures from the Bazhong notice of 2019-02-18).
  static let document = ParsedDocument(
    id: "bazhong", source: SourceInfo(path: "x.txt", format: .text, encoding: "utf-8", sha256: String(repeating: "0", count: 64)),
    title: "乱码标题", docNumber: "巴财农〔2019〕1号", issuers: ["巴中市扶贫开发局", "巴中市财政局"], date: "2019-02-18",
    region: Region(province: "四川省", city: "巴中市"),
    measures: [
      Measure(
        id: "bazhong#1", path: ["¶1"], kind: .paragraph, heading: "", text: "", span: TextSpan(start: 0, end: 0),
        departments: [
          DepartmentRef(name: "巴中市财政局", surface: "巴中市财政局", role: .lead),
          DepartmentRef(name: "巴中市扶贫开发局", surface: "巴中市扶贫开发局", role: .responsible),
        ],
        commitments: [
          Commitment(surface: "26428万元", value: 264_280_000, unit: "元", kind: .allocation),
          Commitment(surface: "2405万元", value: 24_050_000, unit: "元", comparator: .atLeast),
        ]),
    ])

  func items(_ json: String) throws -> [String: CheckItem] {
    let score = ExpectationScorer().score(try Self.expectation(json), Self.document)
    return Dictionary(score.items.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
  }

  @Test func aPinnedNullIsMissedByAnInventedValueAndAnAbsentKeyIsNotChecked() throws {
    let found = try items(#"{"file": "x.txt", "title": null, "docNumber": "巴财农〔2019〕1号", "date": null}"#)
    #expect(found["title"]?.passed == false)
    #expect(found["title"]?.got == "\"乱码标题\"")
    #expect(found["docNumber"]?.passed == true)
    #expect(found["date"]?.passed == false)
    #expect(found["issuers"] == nil && found["province"] == nil)
  }

  @Test func theKindIsCheckedAgainstTheGenre() throws {
    // No kind in the record: the genre is not checked.
    #expect(try items(#"{"file": "x.txt"}"#)["genre"] == nil)
    // This document's title names no kind, so it has no genre: a stated kind is missed.
    let missed = try items(#"{"file": "x.txt", "kind": "funds-notice"}"#)["genre"]
    #expect(missed?.passed == false)
    #expect(missed?.field == .genre)
    #expect(missed?.got == "null")
    var notice = Self.document
    notice.genre = .fundsNotice
    let score = ExpectationScorer().score(try Self.expectation(#"{"file": "x.txt", "kind": "funds-notice"}"#), notice)
    #expect(score.items.first { $0.key == "genre" }?.passed == true)
    #expect(CheckReport(documents: [score]).tally(.genre, kind: "funds-notice") == Tally(right: 1, checked: 1))
  }

  @Test func injectedPinyinDoesNotCount() throws {
    // The parser drops pinyin a mirror site injected; a record keeps the text as printed
    // (巴财农(nóng)〔2019〕1号(hào), written the way shanghai-2020-vagrant-living-standard-notice.txt prints its 文号).
    let found = try items(#"{"file": "x.txt", "docNumber": "巴财农(nóng)〔2019〕1号(hào)", "issuers": ["巴中市财(cái)政局", "巴中市扶贫开发局"]}"#)
    #expect(found["docNumber"]?.passed == true)
    #expect(found["issuers"]?.passed == true)
    // A real parenthesis is content: (试行) is not pinyin.
    let trial = try items(#"{"file": "x.txt", "docNumber": "巴财农〔2019〕1号(试行)"}"#)
    #expect(trial["docNumber"]?.passed == false)
  }

  @Test func issuersAreASetAndSpacesDoNotCount() throws {
    let found = try items(#"{"file": "x.txt", "issuers": ["巴中市财政局", "巴中市 扶贫开发局"], "region": {"province": "四川省", "city": "巴中市", "county": null}, "level": "city"}"#)
    #expect(found["issuers"]?.passed == true)
    #expect(found["province"]?.passed == true && found["city"]?.passed == true && found["county"]?.passed == true)
    #expect(found["level"]?.passed == false)
    #expect(found["level"]?.got == "null")
  }

  @Test func aQuantityPairsByValueAndWordsThenEachPartIsCompared() throws {
    let found = try items(#"""
      {"file": "x.txt", "quantities": [
        {"text": "省级财政专项扶贫资金26428万元", "value": 264280000, "unit": "元", "comparator": "=", "max": null, "from": null, "deadline": null, "kind": "allocation", "subject": "省级财政专项扶贫资金"},
        {"text": "巴州区:省级财政专项扶贫资金2405万元", "value": 24050000, "unit": "元", "comparator": "=", "max": null, "from": null, "kind": "allocation"},
        {"text": "恩阳区:省级财政专项扶贫资金1956万元", "value": 19560000, "unit": "元", "comparator": "=", "max": null, "from": null}
      ]}
      """#)
    let total = "quantity:省级财政专项扶贫资金26428万元=264280000"
    #expect(found[total]?.passed == true)
    #expect(found[total + ":full"]?.passed == true)
    #expect(found[total + ":deadline"]?.passed == true)
    #expect(found[total + ":kind"]?.passed == true)
    #expect(found[total + ":subject"]?.passed == false)
    let part = "quantity:巴州区:省级财政专项扶贫资金2405万元=24050000"
    #expect(found[part]?.passed == true)
    #expect(found[part + ":full"]?.passed == false)
    #expect(found[part + ":kind"]?.got == "kind null")
    #expect(found[part + ":deadline"] == nil)
    let missing = "quantity:恩阳区:省级财政专项扶贫资金1956万元=19560000"
    #expect(found[missing]?.passed == false)
    #expect(found[missing + ":full"]?.passed == false)
    #expect(found[missing + ":kind"] == nil)
  }

  @Test func departmentRecallAndPrecisionCountOnlyTheBodiesTheRecordNames() throws {
    let score = ExpectationScorer().score(try Self.expectation(#"""
      {"file": "x.txt", "departments": [{"name": "巴中市财政局", "role": "responsible"}, {"name": "巴中市扶贫开发局", "role": "responsible"}]}
      """#), Self.document)
    let recall = score.items.filter { $0.field == .department }.map(\.passed)
    #expect(recall == [false, true])
    #expect(score.attributed["lead"]?.made == 1 && score.attributed["lead"]?.right == 0)
    #expect(score.attributed["responsible"]?.made == 1 && score.attributed["responsible"]?.right == 1)
  }

  @Test func aMalformedRecordIsNamedByFileAndLine() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("expect-\(UUID().uuidString).jsonl").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try Data("{\"file\": \"a.txt\"}\n\n{\"title\": \"x\"}\n".utf8).write(to: URL(fileURLWithPath: path))
    #expect(throws: CheckError.self) { try ExpectationFile.read(path) }
    do {
      _ = try ExpectationFile.read(path)
    } catch {
      #expect("\(error)" == "\(path):3: not an expectation record: missing key file")
    }
  }
}
