import Testing
import ZhengceCore

/// The one Han test every module uses.
@Suite struct ScalarClassTests {
  /// 一 and 鿿 (unified), 㐀 (extension A), 豈 U+F900 (compatibility), then extensions B, D, G.
  @Test(arguments: ["\u{4E00}", "\u{9FFF}", "\u{3400}", "\u{F900}", "\u{20000}", "\u{2A6D6}", "\u{2B740}", "\u{30000}", "\u{3134A}"] as [Unicode.Scalar])
  func ideographsOfEveryBlockAreHan(u: Unicode.Scalar) {
    #expect(ScalarClass.isHan(u))
  }

  @Test(arguments: ["〇", "、", "。", "《", "—", "A", "1", "ア", "한"] as [Unicode.Scalar])
  func punctuationAndOtherScriptsAreNot(u: Unicode.Scalar) {
    #expect(!ScalarClass.isHan(u))
  }
}
