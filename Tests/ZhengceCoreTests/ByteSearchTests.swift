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
}
