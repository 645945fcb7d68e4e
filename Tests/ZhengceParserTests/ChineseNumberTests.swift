import Testing
import ZhengceParser

@Suite struct ChineseNumberTests {
  @Test(arguments: [
    ("一", 1.0), ("两", 2), ("十", 10), ("十二", 12), ("二十", 20), ("一百零五", 105), ("三千五百", 3500), ("两万", 20_000),
    ("十万", 100_000), ("三亿五千万", 350_000_000),
  ])
  func values(_ written: String, _ value: Double) {
    #expect(ChineseNumber.value(written.unicodeScalars) == value)
  }

  @Test(arguments: ["一二三", "十百千", "万", "百千万", "八一", ""])
  func notNumbers(_ written: String) {
    #expect(ChineseNumber.value(written.unicodeScalars) == nil)
  }
}
