import Testing
import ZhengceCore

/// Text cut short or holding nothing: read with the damage counted, or refused by name.
@Suite struct DamagedTextTests {
  @Test func utf8CutMidCharacterIsReadWithOneReplacement() throws {
    let text = String(repeating: "加大财政投入力度。", count: 20)
    let bytes = Array((text + "政").utf8.dropLast())
    let decoded = try TextDecoder.decode(bytes, path: "cut.txt")
    #expect(decoded.encoding == .utf8)
    #expect(decoded.replacements == 1)
    #expect(decoded.text == text + "\u{FFFD}")
    let withBOM = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + bytes, path: "cut.txt")
    #expect(withBOM.text == text + "\u{FFFD}" && withBOM.prefixLength == 3)
  }

  @Test func gb18030CutMidCharacterIsReadWithOneReplacement() throws {
    let text = String(repeating: "加大财政投入力度。", count: 20)
    let bytes = try #require(GB18030.encode(text + "政")).dropLast()
    let decoded = try TextDecoder.decode(Array(bytes), path: "cut.txt")
    #expect(decoded.encoding == .gb18030 && decoded.replacements == 1 && decoded.text == text + "\u{FFFD}")
  }

  @Test(arguments: [" \n\t\r\n", "\u{FEFF}", "\u{FEFF}  \n", "\u{3000}\u{3000}\n", String(repeating: "\n", count: 100_000)])
  func onlyWhitespaceIsBlank(text: String) {
    #expect(throws: SourceError.blank(path: "w.txt")) { try TextDecoder.decode(Array(text.utf8), path: "w.txt") }
  }

  @Test func blankNamesTheFile() {
    #expect(SourceError.blank(path: "w.txt").description == "w.txt: no text, only whitespace")
  }
}
