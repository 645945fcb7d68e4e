import Testing
import ZhengceCore
import ZhengceParser

/// Quantities written in words: 百分之N, N成, and N余 / N多 (more than N).
@Suite struct CommitmentsChineseFormsTests {
  @Test func percentInWords() {
    #expect(commitments("贫困发生率降至百分之三以下。") == [Expected("百分之三以下", 3, "%", .atMost)])
    #expect(commitments("覆盖率达到百分之九十五。") == [Expected("百分之九十五", 95, "%", .equal)])
    #expect(commitments("不低于百分之20。") == [Expected("不低于百分之20", 20, "%", .atLeast)])
  }

  @Test func tenthsAsPercent() {
    #expect(commitments("三成以上农户参加合作社。") == [Expected("三成以上", 30, "%", .atLeast)])
    #expect(commitments("财政资金占两成。") == [Expected("两成", 20, "%", .equal)])
    #expect(commitments("坚持一成不变的标准,全部建成。").isEmpty)
  }

  @Test func moreThanTheNumber() {
    #expect(commitments("带动2万余人就业。") == [Expected("2万余人", 20_000, "人", .above)])
    #expect(commitments("帮扶300多户贫困户。") == [Expected("300多户", 300, "户", .above)])
    #expect(commitments("培训20余名技术员。") == [Expected("20余名", 20, "人", .above)])
    #expect(commitments("多个部门联合督查。").isEmpty)
  }

  /// 名 counts people; after 前 or 第 it is a rank (guangxi-2021-rural-revitalization-funds-notice).
  @Test func aCountOfPeopleIsInPersonsAndARankIsNot() {
    #expect(commitments("肖颖等16名同志。").map(\.unit) == ["人"])
    #expect(commitments("涉农资金支出进度排名全区倒数前20名的县,本批次衔接资金不予安排。").map(\.unit) == ["名"])
    #expect(commitments("公示期为5个工作日。").map(\.unit) == ["工作日"])
  }
}
