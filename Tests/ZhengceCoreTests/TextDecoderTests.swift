import Testing
import ZhengceCore

@Suite struct TextDecoderTests {
  let sample = "朱镕基 王喆 李堃 欧元€ 扩展B𠀀 表情😀 䶮 ·—…“”〔〕 湘政办发〔2018〕23号"

  @Test func utf8WithAndWithoutBOM() throws {
    let plain = try TextDecoder.decode(Array(sample.utf8), path: "a.txt")
    #expect(plain.text == sample && plain.encoding == .utf8 && plain.prefixLength == 0)
    let bom = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array(sample.utf8), path: "a.txt")
    #expect(bom.text == sample && bom.encoding == .utf8 && bom.prefixLength == 3)
  }

  @Test func gb18030IsDetectedAndRoundTrips() throws {
    let bytes = try #require(GB18030.encode(sample))
    #expect(bytes != Array(sample.utf8))
    let decoded = try TextDecoder.decode(bytes, path: "a.txt")
    #expect(decoded.encoding == .gb18030)
    #expect(decoded.text == sample)
    #expect(decoded.replacements == 0)
  }

  @Test func gbkBytesOfGB2312Text() throws {
    // 中文 in GBK/GB2312: D6 D0 CE C4.
    let decoded = try TextDecoder.decode([0xD6, 0xD0, 0xCE, 0xC4], path: "a.txt")
    #expect(decoded.text == "中文" && decoded.encoding == .gb18030)
  }

  @Test func aStrayBadByteIsReplacedAndCounted() throws {
    var bytes = try #require(GB18030.encode(String(repeating: "扶贫开发", count: 200)))
    bytes.insert(0xFF, at: 100)
    let decoded = try TextDecoder.decode(bytes, path: "a.txt")
    #expect(decoded.replacements == 1)
    #expect(decoded.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count == 1)
  }

  @Test func emptyBinaryAndUndecodableAreErrorsNamingTheFile() {
    #expect(throws: SourceError.empty(path: "e.txt")) { try TextDecoder.decode([], path: "e.txt") }
    let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]
    #expect(throws: SourceError.binary(path: "b.bin")) { try TextDecoder.decode(zip, path: "b.bin") }
    // A GB lead byte followed by a space is invalid in both encodings.
    let junk: [UInt8] = (0..<400).map { $0 % 2 == 0 ? 0x81 : 0x20 }
    #expect(throws: SourceError.undecodable(path: "x.txt", invalidBytes: 200)) { try TextDecoder.decode(junk, path: "x.txt") }
    #expect(SourceError.undecodable(path: "x.txt", invalidBytes: 3).description.hasPrefix("x.txt: neither UTF-8 nor GB18030"))
  }

  @Test func charsetLabelsMapToWhatWeDecodeWith() {
    #expect(TextEncoding(label: "GB2312") == .gb18030)
    #expect(TextEncoding(label: " gbk ") == .gb18030)
    #expect(TextEncoding(label: "UTF-8") == .utf8)
    #expect(TextEncoding(label: "latin1") == nil)
  }
}
