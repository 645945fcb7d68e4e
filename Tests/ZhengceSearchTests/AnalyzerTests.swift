import Testing
@testable import ZhengceSearch

@Suite struct AnalyzerTests {
  @Test func hanRunsBecomeBigramsClosedByAUnigram() {
    #expect(Analyzer.tokens("扶贫攻坚").map(\.description) == ["扶贫@0-2", "贫攻@1-3", "攻坚@2-4", "坚@3-4"])
  }

  @Test func loneHanCharacterIsAUnigram() {
    #expect(Analyzer.tokens("到2020年").map(\.description) == ["到@0-1", "2020@1-5", "年@5-6"])
  }

  @Test func punctuationJoinsTheCharacterStream() {
    #expect(Analyzer.tokens("县,村。").map(\.description) == ["县,@0-2", ",村@1-3", "村。@2-4", "。@3-4"])
  }

  @Test func wordsAreFoldedAndKeepOffsets() {
    let tokens = Analyzer.tokens("GDP增长5%,PM2.5")
    #expect(tokens.map(\.description) == ["gdp@0-3", "增长@3-5", "长@4-5", "5@5-6", "%,@6-8", ",@7-8", "pm2@8-11", ".@11-12", "5@12-13"])
    #expect(tokens.map(\.kind) == [.word, .gram, .gram, .word, .gram, .gram, .word, .gram, .word])
  }

  @Test func everyScalarStartsExactlyOneToken() {
    let text = "(一)加大财政支持力度。2018年至2019年省财政每年新增ABC投入。"
    let starts = Analyzer.tokens(text).flatMap { t in t.kind == .word ? Array(t.start..<t.end) : [t.start] }
    #expect(starts == Array(0..<text.unicodeScalars.count))
  }

  @Test func fragmentsSplitATermByKind() {
    #expect(Analyzer.fragments("2018年底").map(\.offset) == [0, 4])
    #expect(Analyzer.fragments("Ab年") == [
      Fragment(kind: .word("ab"), offset: 0), Fragment(kind: .chars([0x5E74]), offset: 2),
    ])
  }

  @Test func coverOffsetsSpanTheRun() {
    #expect(TermMatcher.coverOffsets(2) == [0])
    #expect(TermMatcher.coverOffsets(3) == [0, 1])
    #expect(TermMatcher.coverOffsets(4) == [0, 2])
    #expect(TermMatcher.coverOffsets(7) == [0, 2, 4, 5])
  }
}
