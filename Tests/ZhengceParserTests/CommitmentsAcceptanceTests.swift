import Testing
import ZhengceCore
import ZhengceParser

@Suite struct CommitmentsAcceptanceTests {
  @Test func capIsAtMostInYuan() {
    #expect(commitments("按其已支付中介费用的60%给予补助,最高不超过240万元;") == [
      Expected("60%", 60, "%"),
      Expected("最高不超过240万元", 2_400_000, "元", .atMost),
    ])
  }

  @Test func raiseFromTo() {
    #expect(commitments("将补助标准由每人3000元/年提高到5000元/年,确保全覆盖。") == [
      Expected("由每人3000元/年提高到5000元/年", 5000, from: 3000, "元/年", .to)
    ])
  }

  /// tianjin-2025-subsistence-allowance-notice (hold-out): a standard adjusted to a new
  /// value, with an adverb before the verb and the scope written on both sides.
  @Test func adjustedFromToWithItsScope() {
    #expect(commitments("本市最低生活保障标准由每人每月1010元统一调整为每人每月1045元;") == [
      Expected("由每人每月1010元统一调整为每人每月1045元", 1045, from: 1010, "元", .to)
    ])
    // shanghai-2020-vagrant-living-standard-notice: the 一 of 统一 is no value to change.
    #expect(commitments("基本生活标准统一调整为每人每月1240元。") == [Expected("1240元", 1240, "元")])
  }

  /// qinghai-datong-2011-investment-reward-rules (hold-out): a band between two whole figures of one unit;
  /// not a change (由…到) nor a figure then a date.
  @Test func aBandBetweenTwoFigures() {
    #expect(commitments("固定资产投资在100万元到1000万元(不含1000万元)的项目,给予奖励。") == [
      Expected("100万元到1000万元", 1_000_000, max: 10_000_000, "元", .range)
    ])
    #expect(commitments("补助标准为每人每年3000元至5000元。") == [Expected("3000元至5000元", 3000, max: 5000, "元", .range)])
    #expect(commitments("安排资金100万元至2020年底前完成。").map(\.comparator) == [.equal])
  }

  @Test func fractionIsRatio() {
    #expect(commitments("原则上2017—2020年每年新增生态护林员指标的1/3安排到深度贫困县。") == [
      Expected("1/3", 0.3333, "ratio", deadline: "2020")
    ])
  }

  @Test func rangeOfPeople() {
    #expect(commitments("各县区农经站要固定1-2名专职辅导员。") == [Expected("1-2名", 1, max: 2, "人", .range)])
  }

  @Test func doublingAtLeast() {
    #expect(commitments("到2020年,贫困地区农民人均可支配收入比2010年翻一番以上。") == [
      Expected("翻一番以上", 2, "times", .atLeast, deadline: "2020")
    ])
  }

  @Test func yearlessMonthTakesDocumentYear() {
    #expect(commitments("3月底前,确保10个县区全部上线运行。", date: "2020-02-14") == [
      Expected("10个", 10, "个", deadline: "2020-03-31")
    ])
  }

  @Test func documentNumberIsNothing() {
    #expect(commitments("根据《关于支持深度贫困地区脱贫攻坚的实施意见》(厅字〔2017〕41号),结合实际。").isEmpty)
    #expect(commitments("(厅字〔2017〕41号)").isEmpty)
  }
}
