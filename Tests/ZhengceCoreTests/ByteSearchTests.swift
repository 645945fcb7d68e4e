import Testing
import ZhengceCore

@Suite struct ByteSearchTests {
  @Test func countsNonOverlappingMatches() {
    let s = ByteSearch("全市扶贫全市全市,全省")
    #expect(s.count("全市") == 3)
    #expect(s.count("全省") == 1)
    #expect(s.count("全国") == 0)
    #expect(s.contains("扶贫"))
    #expect(!ByteSearch("").contains("扶贫"))
  }

  /// The byte form a filter matches field values with: a value holding U+0000, a match at either end, a near miss.
  @Test func containsOverRawBytes() {
    func contains(_ needle: String, in text: String) -> Bool {
      var text = text
      return text.withUTF8 { ByteSearch.contains(Array(needle.utf8), in: UnsafeRawBufferPointer($0)) }
    }
    #expect(contains("湖南", in: "湖南省"))
    #expect(contains("南省", in: "湖南省"))
    #expect(contains("湖南\u{0}", in: "湖南\u{0}省"))
    #expect(!contains("湖南\u{0}", in: "湖南省"))
    #expect(!contains("湖北", in: "湖南省"))
    #expect(!contains("湖南省人民", in: "湖南省"))
  }
}
