import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Letters OCR put for digits are read as digits inside numbers, and only there.
@Suite struct OCRDigitsTests {
  @Test(arguments: [
    ("到2O2O年底", "到2020年底"), ("降至l0%以下", "降至10%以下"), ("投入1OO万元", "投入100万元"), ("20l9年", "2019年"),
    ("O2O模式", "O2O模式"), ("COVID-19疫情", "COVID-19疫情"), ("5G基站", "5G基站"), ("lO万元", "lO万元"), ("ISO9001认证", "ISO9001认证"),
  ])
  func digitsInNumbersOnly(input: String, output: String) {
    #expect(TextNormalizer().lines(input).map(\.text) == [output])
  }

  @Test func aRepairedNumberIsACommitment() {
    let text = "一、目标\n到2O2O年底,贫困发生率降至l0%以下。"
    let result = Parser(registry: Departments.registry).parse(
      SourceText(path: "t.txt", format: .text, encoding: .utf8, sha256: "", text: text))
    let c = result.document.measures.flatMap(\.commitments)
    #expect(c.map { "\($0.surface) \($0.value) \($0.unit) \($0.comparator.rawValue) \($0.deadline ?? "-")" } == [
      "10%以下 10.0 % <= 2020-12-31",
    ])
  }
}
