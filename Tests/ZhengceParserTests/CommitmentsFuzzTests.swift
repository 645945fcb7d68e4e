import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Random text built from the scanner's own vocabulary: no crash, and every surface is
/// a numeral-bearing substring of its input.
@Suite struct CommitmentsFuzzTests {
  static let pieces = [
    "1", "2", "0", "12", "2019", "2020年", "3月", "底", "前", "15日", ".", ",", "/", ":", "-", "—", "至", "到", "一", "两", "十",
    "万", "亿", "千", "分之", "翻", "番", "元", "人", "户", "个", "名", "%", "个百分点", "年", "月", "以上", "以下", "左右", "约",
    "不超过", "最高", "至少", "不低于", "低于", "由", "每", "提高到", "(", ")", "“", "”", "《", "》", "〔", "〕", "号", "、", "以及",
    ";", "。", "第", "上半年", "比", "以来", "贫困人口", " ", "的", "村", "含", "索引号",
  ]

  @Test func randomTextNeverBreaksTheScanner() {
    let extractor = CommitmentExtractor()
    forEachRandomInput(seed: 20_200_214, count: 10_000) { random in
      let text = random.text(of: Self.pieces, count: 0...24)
      for c in extractor.extract(from: text, documentDate: "2020-02-14") {
        #expect(text.contains(c.surface), "\(text) → \(c.surface)")
        #expect(c.surface.unicodeScalars.contains { ("0"..."9").contains($0) || ChineseNumber.isNumeral($0) }, "\(text)")
        #expect(c.value.isFinite && (c.max ?? 0).isFinite, "\(text)")
      }
    }
  }
}
