import Foundation
import Testing
import ZhengceCore

/// Text in encodings we do not read is refused by name, never decoded as mojibake.
@Suite struct ForeignEncodingTests {
  /// A traditional-Chinese notice written for these tests.
  static let traditional = """
    臺灣省政府關於進一步加強農村發展工作的實施意見
    一、總體要求
    (一)指導思想。堅持以人民為中心的發展思想,加快補齊農村基礎設施短板,提升公共服務水準。
    (二)主要目標。到2020年,農村自來水普及率達到90%以上,鄉村道路硬化率達到100%。
    二、重點任務
    (一)加強農田水利建設。由省農業廳牽頭,省財政廳配合,每年安排專項資金不少於5億元。
    """

  @Test func big5IsRefusedWithTheWayToConvertIt() throws {
    let bytes = try #require(Iconv.encode(Self.traditional, to: "BIG5"))
    #expect(throws: SourceError.unsupportedEncoding(path: "tw.txt", found: "Big5 text (traditional Chinese)", iconvName: "BIG5")) {
      try TextDecoder.decode(bytes, path: "tw.txt")
    }
    #expect(
      SourceError.unsupportedEncoding(path: "tw.txt", found: "Big5 text (traditional Chinese)", iconvName: "BIG5").description
        == "tw.txt: Big5 text (traditional Chinese), not UTF-8 or GB18030; convert it first: iconv -f BIG5 -t UTF-8")
  }

  @Test func traditionalChineseInGB18030IsStillRead() throws {
    let bytes = try #require(GB18030.encode(Self.traditional))
    let decoded = try TextDecoder.decode(bytes, path: "tw.txt")
    #expect(decoded.encoding == .gb18030 && decoded.text == Self.traditional)
  }

  @Test func noCorpusDocumentInGB18030LooksLikeBig5() throws {
    let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("corpus")
    let stems = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
    #expect(stems.count == 5)
    for stem in stems {
      let text = String(decoding: try FileBytes.read(corpus.appendingPathComponent(stem).path), as: UTF8.self)
      let bytes = try #require(GB18030.encode(text))
      #expect(ForeignEncoding.big5(bytes, gbText: text) == nil, "\(stem)")
      #expect(try TextDecoder.decode(bytes, path: stem).text == text)
    }
  }

  @Test func utf16WithAndWithoutBOMIsNamed() throws {
    let units = Array(Self.traditional.utf16)
    let little = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let big = units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    let cases: [([UInt8], String, String)] = [
      ([0xFF, 0xFE] + little, "UTF-16 text (little-endian, with BOM)", "UTF-16"),
      ([0xFE, 0xFF] + big, "UTF-16 text (big-endian, with BOM)", "UTF-16"),
      (little, "UTF-16 text (little-endian, no BOM)", "UTF-16LE"),
      (big, "UTF-16 text (big-endian, no BOM)", "UTF-16BE"),
    ]
    for (bytes, found, name) in cases {
      #expect(throws: SourceError.unsupportedEncoding(path: "u.txt", found: found, iconvName: name)) {
        try TextDecoder.decode(bytes, path: "u.txt")
      }
    }
  }

  @Test func binaryWithNULsAtBothParitiesIsStillBinary() {
    let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + Array(repeating: 0, count: 8) + [0x03, 0x00, 0x3E, 0x00]
    #expect(throws: SourceError.binary(path: "b")) { try TextDecoder.decode(elf, path: "b") }
  }
}
