import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Commitments of shaanxi-ankang-2020-consolidation-plan, asserted on real measures through the parser.
@Suite struct CommitmentsCorpusAnkangTests {
  let stem = CorpusFixtures.ankang

  @Test func total() throws {
    // 72 since 力争2020年实现全市10县区通高速 counts its counties (was missed).
    #expect(try commitmentCount(stem) == 72)
  }

  @Test func measures() throws {
    try expectCommitments(stem, "一", [
      Commitment(
        surface: "26.01万户", value: 260100, unit: "户",
        comparator: .equal, deadline: nil, subject: "全市现有建档立卡贫困人口"),
      Commitment(
        surface: "79.91万人", value: 799100, unit: "人",
        comparator: .equal, deadline: nil, subject: "全市现有建档立卡贫困人口"),
      Commitment(
        surface: "24.27万户", value: 242700, unit: "户",
        comparator: .equal, deadline: nil, subject: "脱贫"),
      Commitment(
        surface: "76.57万人", value: 765700, unit: "人",
        comparator: .equal, deadline: nil, subject: "脱贫"),
      Commitment(
        surface: "1.74万户", value: 17400, unit: "户",
        comparator: .equal, deadline: nil, subject: "剩余"),
      Commitment(
        surface: "3.34万人", value: 33400, unit: "人",
        comparator: .equal, deadline: nil, subject: "剩余"),
      Commitment(
        surface: "992个", value: 992, unit: "个",
        comparator: .equal, deadline: nil, subject: "贫困村"),
      Commitment(
        surface: "9个", value: 9, unit: "个",
        comparator: .equal, deadline: nil, subject: "贫困县区"),
    ])
    try expectCommitments(stem, "二/(二)", [
      Commitment(
        surface: "1门", value: 1, unit: "门",
        comparator: .atLeast, deadline: nil, subject: "每个贫困家庭劳动力 实用技能"),
      Commitment(
        surface: "1人", value: 1, unit: "人",
        comparator: .equal, deadline: nil, subject: nil),
    ])
    try expectCommitments(stem, "附件1/一/4", [
      Commitment(
        surface: "60%以上", value: 60, unit: "%",
        comparator: .atLeast, deadline: nil, subject: "省财政专项扶贫资金和涉农整合资金"),
    ])
    try expectCommitments(stem, "附件1/一/5", [
      Commitment(
        surface: "4次以上", value: 4, unit: "次",
        comparator: .atLeast, deadline: nil, subject: "每年 推介会"),
    ])
    try expectCommitments(stem, "附件1/二/1", [
      Commitment(
        surface: "1-2名", value: 1, max: 2,
        unit: "名", comparator: .range, deadline: nil, subject: "专职辅导员"),
    ])
    try expectCommitments(stem, "附件1/二/2", [
      Commitment(
        surface: "30家", value: 30, unit: "家",
        comparator: .equal, deadline: "2020", subject: "建成市级以上示范社"),
    ])
    try expectCommitments(stem, "附件1/四/1", [
      Commitment(
        surface: "100亩以上", value: 100, unit: "亩",
        comparator: .atLeast, deadline: nil, subject: "流转土地"),
      Commitment(
        surface: "20人以上", value: 20, unit: "人",
        comparator: .atLeast, deadline: nil, subject: "带动贫困户就业"),
    ])
    try expectCommitments(stem, "附件1/四/2", [
      Commitment(
        surface: "20个", value: 20, unit: "个",
        comparator: .equal, deadline: nil, subject: "新培育省级农业产业化龙头企业"),
      Commitment(
        surface: "50个", value: 50, unit: "个",
        comparator: .equal, deadline: nil, subject: "市级"),
      Commitment(
        surface: "30个", value: 30, unit: "个",
        comparator: .equal, deadline: nil, subject: "认定市级农业产业化龙头企业"),
      Commitment(
        surface: "20个", value: 20, unit: "个",
        comparator: .equal, deadline: nil, subject: "新培育省级产业化联合体"),
      Commitment(
        surface: "50个", value: 50, unit: "个",
        comparator: .equal, deadline: nil, subject: "市级"),
      Commitment(
        surface: "25个", value: 25, unit: "个",
        comparator: .equal, deadline: nil, subject: "创建市级产业化联合体"),
      Commitment(
        surface: "1个", value: 1, unit: "个",
        comparator: .equal, deadline: nil, subject: "每个县 样板产业化联合体"),
    ])
    try expectCommitments(stem, "附件1/五/2", [
      Commitment(
        surface: "1-2名", value: 1, max: 2,
        unit: "名", comparator: .range, deadline: nil, subject: "每个贫困村 科技特派员"),
      Commitment(
        surface: "2-3项", value: 2, max: 3,
        unit: "项", comparator: .range, deadline: nil, subject: "实用技术"),
    ])
    try expectCommitments(stem, "附件2/一", [
      Commitment(
        surface: "至少1人", value: 1, unit: "人",
        comparator: .atLeast, deadline: "2020-12-31", subject: "贫困家庭"),
      Commitment(
        surface: "12.4万人", value: 124000, unit: "人",
        comparator: .equal, deadline: "2020", subject: "贫困劳动力转移就业"),
      Commitment(
        surface: "3000人", value: 3000, unit: "人",
        comparator: .equal, deadline: "2020", subject: "贫困劳动力技能培训"),
      Commitment(
        surface: "700名以上", value: 700, unit: "名",
        comparator: .atLeast, deadline: "2020", subject: "贫困劳动力自主创业"),
      Commitment(
        surface: "50家", value: 50, unit: "家",
        comparator: .equal, deadline: "2020", subject: "新社区工厂"),
      Commitment(
        surface: "20家", value: 20, unit: "家",
        comparator: .equal, deadline: "2020", subject: "就业扶贫基地"),
      Commitment(
        surface: "2000人以上", value: 2000, unit: "人",
        comparator: .atLeast, deadline: "2020", subject: "特设公益性岗位安置贫困劳动力维持"),
    ])
    try expectCommitments(stem, "附件2/二/(一)", [
      Commitment(
        surface: "90%以上", value: 90, unit: "%",
        comparator: .atLeast, deadline: "2020-03-31", subject: "易地扶贫搬迁贫困户"),
      Commitment(
        surface: "至少一人", value: 1, unit: "人",
        comparator: .atLeast, deadline: "2020-03-31", subject: "一户"),
    ])
    try expectCommitments(stem, "附件2/二/(二)", [
      Commitment(
        surface: "不超过3次", value: 3, unit: "次",
        comparator: .atMost, deadline: nil, subject: "每人每年 职业培训补贴"),
    ])
    try expectCommitments(stem, "附件3/二/4", [
      Commitment(
        surface: "10%", value: 10, unit: "%",
        comparator: .atLeast, deadline: nil, subject: "每学年 符合交流条件教师总数"),
      Commitment(
        surface: "30%", value: 30, unit: "%",
        comparator: .atLeast, deadline: nil, subject: "交流教师总数"),
    ])
    try expectCommitments(stem, "附件7/二/(五)", [
      Commitment(
        surface: "一名", value: 1, unit: "名",
        comparator: .equal, deadline: nil, subject: "每个县(区) 市级林业高级工程师"),
      Commitment(
        surface: "一门以上", value: 1, unit: "门",
        comparator: .atLeast, deadline: nil, subject: "林业生产技能"),
    ])
    try expectCommitments(stem, "附件8/一/1", [
      Commitment(
        surface: "10县", value: 10, unit: "县",
        comparator: .equal, deadline: "2020", subject: "县区"),
      Commitment(
        surface: "100公里", value: 100, unit: "公里",
        comparator: .equal, deadline: "2020", subject: "改建农村公路"),
      Commitment(
        surface: "1000公里", value: 1000, unit: "公里",
        comparator: .equal, deadline: "2020", subject: "实施农村公路安防工程"),
    ])
    try expectCommitments(stem, "附件9/二/5", [
      Commitment(
        surface: "不少于5天", value: 5, unit: "天",
        comparator: .atLeast, deadline: "2020-04-30", subject: "全面系统培训"),
    ])
    try expectCommitments(stem, "附件9/三/7", [
      Commitment(
        surface: "1次", value: 1, unit: "次",
        comparator: .atLeast, deadline: nil, subject: "每季度 督查"),
      Commitment(
        surface: "1次", value: 1, unit: "次",
        comparator: .atLeast, deadline: nil, subject: "每季度 驻村工作队队长会议"),
      Commitment(
        surface: "一次", value: 1, unit: "次",
        comparator: .atLeast, deadline: nil, subject: "每半年 驻村工作工作汇报"),
      Commitment(
        surface: "1次", value: 1, unit: "次",
        comparator: .atLeast, deadline: nil, subject: "每季度 党组会议"),
      Commitment(
        surface: "1次", value: 1, unit: "次",
        comparator: .equal, deadline: nil, subject: "驻村帮扶工作情况"),
      Commitment(
        surface: "1次", value: 1, unit: "次",
        comparator: .atLeast, deadline: nil, subject: "每季度 联席会议"),
    ])
    try expectCommitments(stem, "附件9/三/8", [
      Commitment(
        surface: "1年内", value: 1, unit: "年",
        comparator: .atMost, deadline: nil, subject: "驻村帮扶干部"),
    ])
    try expectCommitments(stem, "附件11/二/3", [
      Commitment(
        surface: "10个", value: 10, unit: "个",
        comparator: .equal, deadline: "2020-03-31", subject: "县区"),
    ])
    try expectCommitments(stem, "附件11/三/1", [
      Commitment(
        surface: "16亿元", value: 1600000000, unit: "元",
        comparator: .equal, deadline: nil, subject: "争取中省财政专项扶贫资金"),
      Commitment(
        surface: "4亿元以上", value: 400000000, unit: "元",
        comparator: .atLeast, deadline: nil, subject: "县区配套资金"),
      Commitment(
        surface: "40亿元以上", value: 4000000000, unit: "元",
        comparator: .atLeast, deadline: nil, subject: "整合财政涉农资金"),
    ])
    try expectCommitments(stem, "附件11/三/2", [
      Commitment(
        surface: "8个", value: 8, unit: "个",
        comparator: .equal, deadline: "2020-09-30", subject: "县区"),
    ])
  }
}
