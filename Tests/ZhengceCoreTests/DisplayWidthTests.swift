import Testing
import ZhengceCore

/// Columns on a page and on a terminal: the same for every scalar but the few the media set differently.
@Suite struct DisplayWidthTests {
  @Test(arguments: [("湖南90%", 7), ("〔2018〕", 8), ("ＡＢ", 4), ("𠀋", 2), ("abc", 3)])
  func wideScalarsTakeTwoColumnsEverywhere(text: String, columns: Int) {
    #expect(DisplayWidth.columns(text, on: .page) == columns)
    #expect(DisplayWidth.columns(text, on: .terminal) == columns)
  }

  @Test func aChineseFontSetsAmbiguousPunctuationFullWidth() {
    #expect(DisplayWidth.columns("“扶贫”……", on: .page) == 12)
    #expect(DisplayWidth.columns("“扶贫”……", on: .terminal) == 8)
  }

  @Test func invisibleScalarsTakeNoColumnOnATerminalOnly() {
    let text = "a\u{301}\u{200B}\t"
    #expect(DisplayWidth.columns(text, on: .terminal) == 1)
    #expect(DisplayWidth.columns(text, on: .page) == 4)
  }
}
