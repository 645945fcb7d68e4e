import Testing
import ZhengceCore
import ZhengceParser

@Suite struct CommitmentsDeadlineTests {
  @Test func yearEndAndTarget() {
    #expect(commitments("力争到2018年底实现全覆盖,到2020年建成500个。") == [Expected("500个", 500, "个", deadline: "2020")])
    #expect(commitments("2019年底前完成3个。") == [Expected("3个", 3, "个", deadline: "2019-12-31")])
  }

  @Test func dayAndHalfYear() {
    #expect(commitments("2月15日前完成2个村的调整。", date: "2020-02-14") == [Expected("2个", 2, "个", deadline: "2020-02-15")])
    #expect(commitments("上半年完成3个。", date: "2020-02-14") == [Expected("3个", 3, "个", deadline: "2020-06-30")])
    #expect(commitments("2020年上半年完成3个。") == [Expected("3个", 3, "个", deadline: "2020-06-30")])
  }

  @Test func monthEndUsesTheNearestEarlierYear() {
    #expect(commitments("2019年完成5个;2月底前完成2个。", date: "2018-12-20") == [
      Expected("5个", 5, "个", deadline: "2019"),
      Expected("2个", 2, "个", deadline: "2019-02-28"),
    ])
    // A baseline year (2016年以来) is not a year to take.
    #expect(commitments("建立2016年以来台账,确保3月底前10个县区上线。", date: "2020-02-14") == [
      Expected("10个", 10, "个", deadline: "2020-03-31")
    ])
  }

  @Test func withoutAnyYearThereIsNoDeadline() {
    #expect(commitments("3月底前完成10个。") == [Expected("10个", 10, "个")])
  }

  @Test func yearRangesTakeTheirLastYear() {
    #expect(commitments("2016年至2020年每年完成1万户。") == [Expected("1万户", 10_000, "户", deadline: "2020")])
    #expect(commitments("2015年7月—2016年2月完成8个。") == [Expected("8个", 8, "个", deadline: "2016-02")])
  }

  @Test func aDeadlineGovernsItsSentenceOnly() {
    #expect(commitments("2016年脱贫10万人,2017年脱贫10万人;另有3000人。", date: "2016-01-01") == [
      Expected("10万人", 100_000, "人", deadline: "2016"),
      Expected("10万人", 100_000, "人", deadline: "2017"),
      Expected("3000人", 3000, "人"),
    ])
  }

  @Test func markedDateAfterTheQuantity() {
    #expect(commitments("对8个县区,9月底前实施审计。", date: "2020-02-14") == [Expected("8个", 8, "个", deadline: "2020-09-30")])
    #expect(commitments("完成8个,9月底验收。", date: "2020-02-14") == [Expected("8个", 8, "个", deadline: "2020-09-30")])
    #expect(commitments("完成8个,9月验收。", date: "2020-02-14") == [Expected("8个", 8, "个")])
  }
}
