import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Commitments of hunan-2018-deep-poverty-plan, asserted on real measures through the parser.
@Suite struct CommitmentsCorpusHunanTests {
  let stem = CorpusFixtures.hunan

  @Test func total() throws {
    #expect(try commitmentCount(stem) == 36)
  }

  @Test func measures() throws {
    try expectCommitments(stem, "二/(二)", [
      Commitment(
        surface: "20%以上", value: 20, unit: "%",
        comparator: .atLeast, deadline: nil, subject: "贫困发生率"),
      Commitment(
        surface: "549个", value: 549, unit: "个",
        comparator: .equal, deadline: nil, subject: "全省共确定深度贫困村"),
      Commitment(
        surface: "6个", value: 6, unit: "个",
        comparator: .equal, deadline: nil, subject: "市州"),
      Commitment(
        surface: "36个", value: 36, unit: "个",
        comparator: .equal, deadline: nil, subject: "县区"),
      Commitment(
        surface: "237个", value: 237, unit: "个",
        comparator: .equal, deadline: nil, subject: "乡镇"),
      Commitment(
        surface: "3个以上", value: 3, unit: "个",
        comparator: .atLeast, deadline: nil, subject: "深度贫困村"),
    ])
    try expectCommitments(stem, "三/(二)", [
      Commitment(
        surface: "60%", value: 60, unit: "%",
        comparator: .equal, deadline: nil, subject: "中介费用"),
      Commitment(
        surface: "最高不超过240万元", value: 2400000, unit: "元",
        comparator: .atMost, deadline: nil, subject: "中介费用补助"),
      Commitment(
        surface: "1000万元以上", value: 10000000, unit: "元",
        comparator: .atLeast, deadline: nil, subject: "挂牌并实现融资"),
      Commitment(
        surface: "300万元以上", value: 3000000, unit: "元",
        comparator: .atLeast, deadline: nil, subject: "湖南股权交易所挂牌并实现融资"),
      Commitment(
        surface: "60%", value: 60, unit: "%",
        comparator: .equal, deadline: nil, subject: "中介费用"),
      Commitment(
        surface: "最高不超过60万元", value: 600000, unit: "元",
        comparator: .atMost, deadline: nil, subject: "中介费用补助"),
    ])
    try expectCommitments(stem, "三/(三)", [
      Commitment(
        surface: "30分钟内", value: 30, unit: "分钟",
        comparator: .atMost, deadline: "2019", subject: "深度贫困县县城"),
    ])
    try expectCommitments(stem, "三/(七)", [
      Commitment(
        surface: "1/3", value: 0.3333, unit: "ratio",
        comparator: .equal, deadline: "2020", subject: "每年 新增生态护林员指标"),
      Commitment(
        surface: "15%", value: 15, unit: "%",
        comparator: .atLeast, deadline: nil, subject: "全省新增总量"),
    ])
    try expectCommitments(stem, "四/(五)", [
      Commitment(
        surface: "由每人3000元/年提高到5000元/年", value: 5000, from: 3000,
        unit: "元/年", comparator: .to, deadline: nil, subject: "补助标准"),
      Commitment(
        surface: "40个", value: 40, unit: "个",
        comparator: .equal, deadline: nil, subject: "武陵山"),
      Commitment(
        surface: "1-2所", value: 1, max: 2,
        unit: "所", comparator: .range, deadline: nil, subject: "每县 建设"),
      Commitment(
        surface: "3000万元", value: 30000000, unit: "元",
        comparator: .equal, deadline: nil, subject: "每个项目县 补助"),
    ])
    try expectCommitments(stem, "四/(八)", [
      Commitment(
        surface: "25户", value: 25, unit: "户",
        comparator: .atLeast, deadline: "2019-12-31", subject: "自然村通水泥路"),
      Commitment(
        surface: "100人以上", value: 100, unit: "人",
        comparator: .atLeast, deadline: "2019-12-31", subject: "自然村通水泥路"),
      Commitment(
        surface: "90%以上", value: 90, unit: "%",
        comparator: .atLeast, deadline: nil, subject: "深度贫困村"),
      Commitment(
        surface: "80%以上", value: 80, unit: "%",
        comparator: .atLeast, deadline: nil, subject: "深度贫困村"),
    ])
    try expectCommitments(stem, "五/(三)", [
      Commitment(
        surface: "1至2名", value: 1, max: 2,
        unit: "名", comparator: .range, deadline: nil, subject: "每个贫困村 后备干部"),
      Commitment(
        surface: "13万元/年", value: 130000, unit: "元/年",
        comparator: .to, deadline: nil, subject: "村级组织运转经费"),
    ])
  }
}
