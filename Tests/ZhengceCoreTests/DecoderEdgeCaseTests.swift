import Testing
import ZhengceCore

/// Issue 20's decoder edge cases, on a real sentence (corpus/hunan-2018-deep-poverty-plan.txt).
@Suite struct DecoderEdgeCaseTests {
  static let sentence = "深度贫困地区以武陵山片区为主体区域,突出湘西自治州这个主战场。"
  static let next = "(一)深度贫困县。"
  /// • (U+2022) is not in GBK: GB18030 writes it with four bytes, 81 36 A6 31.
  static let bullet: [UInt8] = [0x81, 0x36, 0xA6, 0x31]

  static func gb(_ text: String) throws -> [UInt8] { try #require(GB18030.encode(text)) }

  @Test func theFourByteSequenceDecodes() throws {
    #expect(GB18030.encode("•") == Self.bullet)
  }

  @Test(arguments: [2, 3])
  func aFourByteSequenceCutAtTheEndIsOneReplacement(kept: Int) throws {
    let bytes = try Self.gb(Self.sentence) + Self.bullet.prefix(kept)
    let decoded = try TextDecoder.decode(bytes, path: "cut.txt")
    #expect(decoded.text == Self.sentence + "\u{FFFD}")
    #expect(decoded.replacements == 1)
    #expect(GB18030.sequenceStarts(bytes).count == Self.sentence.unicodeScalars.count + 2)
  }

  @Test func aFourByteSequenceCutBeforeTheNextCharacterIsOneReplacement() throws {
    let bytes = try Self.gb(Self.sentence) + Self.bullet.prefix(2) + Self.gb(Self.next)
    let decoded = try TextDecoder.decode(bytes, path: "cut.txt")
    #expect(decoded.text == Self.sentence + "\u{FFFD}" + Self.next)
    #expect(decoded.replacements == 1)
  }

  @Test func aFewNULsAreTextNotBinary() throws {
    let bytes = Array(Self.sentence.utf8) + [0] + Array(Self.next.utf8)
    #expect(try TextDecoder.decode(bytes, path: "nul.txt").text == Self.sentence + "\u{0}" + Self.next)
  }
}

/// File names in any encoding: bytes in, the same bytes out.
@Suite struct FileNameTests {
  /// 中.txt written by a GBK system: D6 D0 is not UTF-8.
  static let gbkName: [UInt8] = [0xD6, 0xD0] + Array(".txt".utf8)

  @Test func bytesThatAreNotUTF8RoundTrip() {
    let name = FileName.string(Self.gbkName)
    #expect(name.unicodeScalars.map(\.value) == [0x10FFD6, 0x10FFD0, 0x2E, 0x74, 0x78, 0x74])
    #expect(FileName.bytes(name) == Self.gbkName)
    #expect(FileName.display("/docs/" + name) == #"/docs/\xd6\xd0.txt"#)
  }

  @Test func utf8NamesAreUnchanged() {
    let name = "湖南省关于支持深度贫困地区脱贫攻坚的实施方案.txt"
    #expect(FileName.string(Array(name.utf8)) == name)
    #expect(FileName.bytes(name) == Array(name.utf8))
    #expect(FileName.display(name) == name)
  }
}
