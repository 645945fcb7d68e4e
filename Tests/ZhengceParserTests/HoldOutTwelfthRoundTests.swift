import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Rules found wrong on the twelfth hold-out round of Tests/Fixtures/realworld (SOURCES.md,
/// "Twelfth round"), asserted on those documents; the values are read from their texts.
@Suite struct HoldOutTwelfthRoundTests {
  private static func commitments(_ name: String) throws -> [Commitment] {
    try HoldOutTests.parse(name).measures.flatMap(\.commitments)
  }

  /// neimenggu-wulateqianqi-2026: 下达我旗开发式帮扶任务3700万元(其中:发展新型农村集体经济90万元) hands
  /// out a task's sum and a part of it; 分配为:额尔登布拉格苏木1330万元;苏独仑镇800万元;… are the
  /// places' shares though semicolons part them. None is due in the year that dates them.
  @Test func aTasksSumAndSharesPartedBySemicolons() throws {
    let funds = try Self.commitments("neimenggu-wulateqianqi-2026-assistance-funds-allocation-announcement.txt")
    for value in [37_000_000.0, 900_000, 13_300_000, 8_000_000] {
      let q = try #require(funds.first { $0.value == value })
      #expect(q.kind == .allocation && q.deadline == nil)
    }
    #expect(funds.first { $0.value == 8_000_000 }?.subject == "苏独仑镇")
  }

  /// guangdong-zhongshan-2022: a 公示 whose text stands above its closing lines (公示期:…,
  /// 联系电话:…, 附件:…) and its signature keeps that text, with the sum it hands out.
  @Test func aNoticesTextAboveItsClosingLines() throws {
    let zhongshan = try Self.commitments("guangdong-zhongshan-2022-rural-revitalization-funds-allocation-announcement.txt")
    let total = try #require(zhongshan.first { $0.value == 137_000_000 })
    #expect(total.kind == .allocation && total.subject == "专项资金")
  }

  /// liaoning-dalian-2024: 第一年安排1亿元启动资金支持 gives funds, not support; liaoning-jinzhou-2020:
  /// a 考核方案 is an assessment.
  @Test func fundsThatSupportAndAnAssessmentPlan() throws {
    let dalian = try Self.commitments("liaoning-dalian-2024-sci-tech-innovation-measures.txt")
    #expect(dalian.first { $0.value == 100_000_000 }?.subject == "启动资金")
    let jinzhou = try HoldOutTests.parse("liaoning-jinzhou-2020-open-government-assessment.txt")
    #expect(jinzhou.genre == .assessment)
  }
}
