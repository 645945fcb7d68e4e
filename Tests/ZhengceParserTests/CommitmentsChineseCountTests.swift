import Testing
import ZhengceCore
import ZhengceParser

/// Chinese-numeral counts: targets are kept, names, slogans and spans of effort are not.
@Suite struct CommitmentsChineseCountTests {
  @Test func countNamingAConceptIsNoTarget() {
    #expect(commitments("城乡居民基本养老保险制度覆盖到行政村。两项制度有效衔接,实现应保尽保。").isEmpty)
    #expect(commitments("把精准扶贫工作纳入全州五个文明建设绩效考核重要内容。").isEmpty)
    #expect(commitments("解决扶贫领域四个意识不强的问题。").isEmpty)
  }

  @Test func aBoundMakesTheCountATargetAgain() {
    #expect(commitments("每个村至少建立两项制度。") == [Expected("两项", 2, "项", .atLeast)])
  }

  @Test func countQuotedElsewhereInTheMeasureIsAName() {
    #expect(commitments("落实残疾人“两项补贴”政策,及时纳入两项补贴发放范围。").isEmpty)
    // Without the quoted name the same words are a count.
    #expect(commitments("及时纳入两项津贴发放范围。") == [Expected("两项", 2, "项")])
  }

  @Test func durationOfEffortIsNoTarget() {
    #expect(commitments("经过一年时间的扶持和建设,能够凸显成效。").isEmpty)
    #expect(commitments("用3年的时间完成危房改造。").isEmpty)
    #expect(commitments("在3个月时间内完成整改。") == [Expected("3个月", 3, "个月")])
    #expect(commitments("在取得房屋所有权5年内不得转让,享受3年免学费职业技能教育。") == [
      Expected("5年内", 5, "年", .atMost),
      Expected("3年", 3, "年"),
    ])
  }

  @Test func fixedPhrasesAreNoCounts() {
    #expect(commitments("稳定实现“两不愁、三保障”,做到一户一策、一村一品。").isEmpty)
    #expect(commitments("确保实现搬迁一户、脱贫一户,签约一人、履约一人。").isEmpty)
    #expect(commitments("推进五个一批,实施三年行动,给予一次性补助。").isEmpty)
  }

  @Test func targetsWithChineseNumeralsStay() {
    #expect(commitments("每个深度贫困村至少安排一名县(处)级干部定点联系指导。") == [Expected("一名", 1, "人", .atLeast)])
    #expect(commitments("推进土家探秘和苗乡采风两条生态文化村镇游精品线开发。") == [Expected("两条", 2, "条")])
    #expect(commitments("让每个贫困户至少一人掌握一门以上实用技能。") == [
      Expected("至少一人", 1, "人", .atLeast),
      Expected("一门以上", 1, "门", .atLeast),
    ])
    #expect(commitments("每年对村党组织书记全员轮训一次。") == [Expected("一次", 1, "次")])
  }

  @Test func oneIsACountOnlyPerMember() {
    #expect(commitments("原则上每位处级干部要包一个贫困村。") == [Expected("一个", 1, "个")])
    #expect(commitments("在隆安县、马山县、良庆区各选一个集中安置示范区。") == [Expected("一个", 1, "个")])
    #expect(commitments("确保移民有一个安全的生活,成为今后一个时期的任务,对任满一个任期的干部。").isEmpty)
  }
}
