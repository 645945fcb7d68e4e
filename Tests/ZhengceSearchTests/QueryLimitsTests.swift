import Foundation
import Testing
@testable import ZhengceSearch

/// Queries are bounded (issue 20: 3,333 repeated terms took 2.9 s and 1.7 GB,
/// one 200k-character term 20 s in `Analyzer.fragments`).
@Suite struct QueryLimitsTests {
  // corpus/hunan-2018-deep-poverty-plan.txt
  static let sentence = "深度贫困地区以武陵山片区为主体区域,突出湘西自治州这个主战场。"

  @Test func repeatedTermsCountOnce() throws {
    let query = Array(repeating: "深度贫困", count: 300).joined(separator: " ") + " (武陵山 OR 武陵山) 湘西"
    #expect(try TestSchema.parser.parse(query) == .and([.term("深度贫困"), .term("武陵山"), .term("湘西")]))
  }

  @Test func aQueryLongerThanTheLimitIsRefusedAtOnce() {
    let long = String(repeating: "贫", count: 300_000)
    let start = Date()
    #expect(throws: QueryError("query longer than 2000 characters", column: 2001, query: long)) {
      try TestSchema.parser.parse(long)
    }
    #expect(Date().timeIntervalSince(start) < 1)
  }

  @Test func moreDistinctTermsThanTheLimitAreRefused() {
    let terms = (0..<65).map { "第\($0)条" }.joined(separator: " ")
    #expect(throws: QueryError("more than 64 distinct terms and filters (65)", column: 1, query: terms)) {
      try TestSchema.parser.parse(terms)
    }
  }

  /// A term of 300k scalars is split in one pass (it took minutes when every scalar copied the piece).
  @Test func fragmentsAreLinear() {
    let term = String(repeating: Self.sentence + "COVID-19", count: 8_000)
    let start = Date()
    let fragments = Analyzer.fragments(term)
    #expect(Date().timeIntervalSince(start) < 1)
    #expect(fragments.count == 8_000 * 4)
    #expect(fragments[0] == Fragment(kind: .chars(Self.sentence.unicodeScalars.map(\.value)), offset: 0))
    #expect(fragments[1] == Fragment(kind: .word("covid"), offset: 31))
    #expect(fragments[2] == Fragment(kind: .chars([0x2D]), offset: 36))
    #expect(fragments[3] == Fragment(kind: .word("19"), offset: 37))
  }
}
