import Testing
import ZhengceCore

/// The one UTF-8 decoder: every scalar of a string, and U+FFFD for a sequence its buffer cuts short.
@Suite struct UTF8DecodingTests {
  private func decode(_ bytes: [UInt8]) -> [UInt32] {
    bytes.withUnsafeBufferPointer { buffer in
      var out: [UInt32] = []
      var i = 0
      while i < buffer.count { out.append(UTF8Decoding.scalar(buffer, at: &i)) }
      return out
    }
  }

  @Test func everyLengthDecodes() {
    let text = "a¢扶𠀀"
    #expect(decode(Array(text.utf8)) == text.unicodeScalars.map(\.value))
    #expect([Unicode.Scalar](scalarsOf: text) == Array(text.unicodeScalars))
    #expect(text.unicodeScalars.map { UTF8Decoding.length(String($0).utf8.first!) } == [1, 2, 3, 4])
  }

  @Test func aCutSequenceIsOneReplacement() {
    let bytes = Array("扶贫".utf8)
    #expect(decode(Array(bytes.dropLast())) == ["扶".unicodeScalars.first!.value, 0xFFFD])
  }
}
