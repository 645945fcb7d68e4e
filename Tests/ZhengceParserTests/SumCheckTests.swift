import Foundation
import Testing
import ZhengceCore
import ZhengceParser

/// Stated totals against their parts (`commitments.sum`), on text from the real-world corpus.
@Suite struct SumCheckTests {
  private func parse(_ text: String) throws -> ParseResult {
    let source = try SourceText.plainText(bytes: Array(text.utf8), path: "sum.txt")
    return Parser(registry: Departments.registry).parse(source)
  }

  /// sichuan-bazhong-2019-funds-notice.txt, numbered so that it has measures.
  static let bazhong = """
    关于下达2019年省级财政专项扶贫资金的公告
    一、现将省财政厅、省扶贫开发局下达我市2019年省级财政专项扶贫资金26428万元,予以公告。
    二、巴州区:省级财政专项扶贫资金2405万元;
    三、恩阳区:省级财政专项扶贫资金1956万元;
    四、南江县:省级财政专项扶贫资金4150万元;
    五、通江县:省级财政专项扶贫资金8594万元;
    六、平昌县:省级财政专项扶贫资金9208万元;
    七、巴中经济开发区:省级财政专项扶贫资金115万元。
    """

  @Test func anAllocationListAddsUpToItsTotal() throws {
    let result = try parse(Self.bazhong)
    let checks = SumCheck.checks(in: result.document)
    #expect(checks.count == 1)
    #expect(checks.first?.total.value == 264_280_000)
    #expect(checks.first?.parts.map(\.value) == [24_050_000, 19_560_000, 41_500_000, 85_940_000, 92_080_000, 1_150_000])
    #expect(checks.first?.agrees == true)
    let notes = result.diagnostics.filter { $0.id == "commitments.sum" }
    #expect(notes.map(\.message) == ["parts 26,428万元 = total (6 parts)"])
    #expect(notes.first?.severity == .note)
  }

  @Test func aTotalItsPartsMissIsAWarning() throws {
    let text = Self.bazhong.replacingOccurrences(of: "9208万元", with: "9108万元").replacingOccurrences(of: "26428万元,", with: "共计26428万元,")
    let result = try parse(text)
    let notes = result.diagnostics.filter { $0.id == "commitments.sum" }
    #expect(notes.map(\.message) == ["parts 26,328万元, total 26,428万元: 100万元 not in any part"])
    #expect(notes.first?.severity == .warning)
  }

  /// guizhou-2016-poverty-13th-five-year-program.txt: 1149 − 493 = 656.
  @Test func aChangeAgreesWithItsStatedSize() throws {
    let result = try parse("""
      贵州省“十三五”脱贫攻坚专项规划
      一、全省农村贫困人口从 2011 年的 1149 万人减少到 2015 年的 493 万人,五年累计减少贫困人口 656 万人。
      """)
    let checks = SumCheck.checks(in: result.document)
    #expect(checks.map(\.total.value) == [6_560_000])
    #expect(checks.first?.agrees == true)
  }

  @Test func figuresWithoutATotalAreNotChecked() throws {
    let result = try parse("""
      关于加快产业发展的意见
      一、新建基地20个、示范园15个。
      """)
    #expect(SumCheck.checks(in: result.document).isEmpty)
  }
}
