import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Commitments of guangxi-nanning-2015-precision-poverty-plan, asserted on real measures through the parser.
@Suite struct CommitmentsCorpusNanningTests {
  let stem = CorpusFixtures.nanning

  @Test func total() throws {
    #expect(try commitmentCount(stem) == 36)
  }

  @Test func measures() throws {
    try expectCommitments(stem, "二/(一)", [
      Commitment(
        surface: "50.3万贫困人口", value: 503000, unit: "人",
        comparator: .equal, deadline: "2020", subject: "贫困人口"),
      Commitment(
        surface: "10万人以上", value: 100000, unit: "人",
        comparator: .atLeast, deadline: "2015", subject: "减少贫困人口"),
      Commitment(
        surface: "5000元以上", value: 5000, unit: "元",
        comparator: .atLeast, deadline: "2015", subject: "贫困村农民人均纯收入"),
    ])
    try expectCommitments(stem, "三/(一)/3/(1)", [
      Commitment(
        surface: "100%", value: 100, unit: "%",
        comparator: .equal, deadline: nil, subject: "村屯巷道道路硬化率"),
      Commitment(
        surface: "95%以上", value: 95, unit: "%",
        comparator: .atLeast, deadline: nil, subject: "农户用上电"),
    ])
    try expectCommitments(stem, "三/(一)/3/(2)", [
      Commitment(
        surface: "一项", value: 1, unit: "项",
        comparator: .atLeast, deadline: nil, subject: "每个村 主导产业"),
      Commitment(
        surface: "90%以上", value: 90, unit: "%",
        comparator: .atLeast, deadline: nil, subject: "扶贫对象"),
      Commitment(
        surface: "1个百分点以上", value: 1, unit: "百分点",
        comparator: .atLeast, deadline: nil, subject: "贫困人口人均纯收入年平均增幅"),
    ])
    try expectCommitments(stem, "三/(一)/3/(3)", [
      Commitment(
        surface: "1.5个百分点以上", value: 1.5, unit: "百分点",
        comparator: .atLeast, deadline: nil, subject: "森林覆盖率增加"),
    ])
    try expectCommitments(stem, "三/(一)/4", [
      Commitment(
        surface: "300万元/个", value: 3000000, unit: "元/个",
        comparator: .equal, deadline: nil, subject: "市财政"),
      Commitment(
        surface: "不少于1:0.5", value: 0.5, unit: "ratio",
        comparator: .atLeast, deadline: nil, subject: "相关县(区)财政"),
      Commitment(
        surface: "150万元", value: 1500000, unit: "元",
        comparator: .equal, deadline: nil, subject: "比例配套安排资金"),
      Commitment(
        surface: "250万元", value: 2500000, unit: "元",
        comparator: .equal, deadline: nil, subject: "每个示范村 可投入对口帮扶资金"),
      Commitment(
        surface: "125万元", value: 1250000, unit: "元",
        comparator: .equal, deadline: nil, subject: "每个示范村 可投入对口帮扶资金"),
    ])
    try expectCommitments(stem, "三/(二)/3/(1)", [
      Commitment(
        surface: "15—20平方米", value: 15, max: 20,
        unit: "平方米", comparator: .range, deadline: nil, subject: "人均建筑面积"),
      Commitment(
        surface: "50—120平方米", value: 50, max: 120,
        unit: "平方米", comparator: .range, deadline: nil, subject: "户均建筑面积"),
      Commitment(
        surface: "控制在13—18平方米", value: 13, max: 18,
        unit: "平方米", comparator: .range, deadline: nil, subject: "人均建筑面积"),
      Commitment(
        surface: "50—120平方米", value: 50, max: 120,
        unit: "平方米", comparator: .range, deadline: nil, subject: "户均建筑面积"),
      Commitment(
        surface: "不超过80平方米", value: 80, unit: "平方米",
        comparator: .atMost, deadline: nil, subject: "农村安置点户均建房占地面积"),
      Commitment(
        surface: "5年内", value: 5, unit: "年",
        comparator: .atMost, deadline: nil, subject: "不得转让"),
    ])
    try expectCommitments(stem, "三/(三)/2/(1)", [
      Commitment(
        surface: "421个", value: 421, unit: "个",
        comparator: .equal, deadline: nil, subject: "贫困村"),
    ])
    try expectCommitments(stem, "三/(三)/4/(1)", [
      Commitment(
        surface: "10户以下", value: 10, unit: "户",
        comparator: .atMost, deadline: nil, subject: "自然村屯"),
    ])
    try expectCommitments(stem, "三/(四)/2", [
      Commitment(
        surface: "至少一人", value: 1, unit: "人",
        comparator: .atLeast, deadline: nil, subject: "每个贫困户"),
      Commitment(
        surface: "一门以上", value: 1, unit: "门",
        comparator: .atLeast, deadline: nil, subject: "实用技能"),
    ])
    try expectCommitments(stem, "四/(一)", [
      Commitment(
        surface: "一个", value: 1, unit: "个",
        comparator: .equal, deadline: nil, subject: "每位处级干部 贫困村"),
      Commitment(
        surface: "一个", value: 1, unit: "个",
        comparator: .equal, deadline: nil, subject: "每位科级干部 贫困屯"),
      Commitment(
        surface: "一户", value: 1, unit: "户",
        comparator: .equal, deadline: nil, subject: "每位在职干部 建档立卡户"),
    ])
  }
}
