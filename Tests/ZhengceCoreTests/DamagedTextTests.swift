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

  @Test(arguments: [" \n\t\r\n", "\u{FEFF}", "\u{FEFF}  \n", "\u{3000}\u{3000}\n"])
  func onlyWhitespaceIsBlank(text: String) {
    #expect(throws: SourceError.blank(path: "w.txt")) { try TextDecoder.decode(Array(text.utf8), path: "w.txt") }
  }

  /// Not an argument of the test above: Swift Testing prints each argument, and
  /// this one would be 100,000 blank lines in the output.
  @Test func aHundredThousandLineBreaksAreBlank() {
    let text = String(repeating: "\n", count: 100_000)
    #expect(throws: SourceError.blank(path: "w.txt")) { try TextDecoder.decode(Array(text.utf8), path: "w.txt") }
  }

  @Test func blankNamesTheFile() {
    #expect(SourceError.blank(path: "w.txt").description == "w.txt: no text, only whitespace")
  }
}

/// Byte offsets of text decoded with replacements still lead back to the file.
@Suite struct DamagedTextOffsetTests {
  @Test func offsetsStepOverEachReplacedSequence() throws {
    let good = Array(String(repeating: "扶贫开发", count: 10).utf8)
    // A lone continuation byte, then a 3-byte lead cut after two bytes, then text again.
    let bytes = good + [0x80] + [0xE6, 0x89] + Array("政策".utf8)
    let source = try SourceText.plainText(bytes: bytes, path: "d.txt")
    #expect(source.replacements == 2)
    #expect(source.text == String(repeating: "扶贫开发", count: 10) + "\u{FFFD}\u{FFFD}政策")
    let offsets = try #require(source.scalarByteOffsets())
    #expect(offsets.count == source.text.unicodeScalars.count + 1)
    #expect(Array(offsets.suffix(5)) == [120, 121, 123, 126, 129])
  }
}
