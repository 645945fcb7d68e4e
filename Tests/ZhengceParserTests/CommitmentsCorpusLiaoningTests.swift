import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Commitments of liaoning-2019-three-year-action-opinions, asserted on real measures through the parser.
@Suite struct CommitmentsCorpusLiaoningTests {
  let stem = CorpusFixtures.liaoning

  @Test func total() throws {
    #expect(try commitmentCount(stem) == 28)
  }

  @Test func measures() throws {
    try expectCommitments(stem, "一/(二)", [
      Commitment(
        surface: "28.56万贫困人口", value: 285600, unit: "人",
        comparator: .equal, deadline: nil, subject: "贫困人口"),
      Commitment(
        surface: "647个", value: 647, unit: "个",
        comparator: .equal, deadline: nil, subject: "贫困村"),
      Commitment(
        surface: "11个", value: 11, unit: "个",
        comparator: .equal, deadline: nil, subject: "省级贫困县"),
      Commitment(
        surface: "15万人", value: 150000, unit: "人",
        comparator: .equal, deadline: nil, subject: "全省"),
      Commitment(
        surface: "500个", value: 500, unit: "个",
        comparator: .equal, deadline: nil, subject: "贫困村"),
      Commitment(
        surface: "6个", value: 6, unit: "个",
        comparator: .equal, deadline: nil, subject: "省级贫困县"),
      Commitment(
        surface: "13.56万贫困人口", value: 135600, unit: "人",
        comparator: .equal, deadline: "2019", subject: "贫困人口"),
      Commitment(
        surface: "147个", value: 147, unit: "个",
        comparator: .equal, deadline: "2019", subject: "贫困村"),
      Commitment(
        surface: "5个", value: 5, unit: "个",
        comparator: .equal, deadline: "2019", subject: "省级贫困县"),
      Commitment(
        surface: "翻一番以上", value: 2, unit: "times",
        comparator: .atLeast, deadline: "2020", subject: "贫困地区农民人均可支配收入"),
    ])
    try expectCommitments(stem, "二/(二)", [
      Commitment(
        surface: "1至2所", value: 1, max: 2,
        unit: "所", comparator: .range, deadline: nil, subject: "每个贫困县 县级公立医院"),
      Commitment(
        surface: "1个", value: 1, unit: "个",
        comparator: .atLeast, deadline: nil, subject: "每个乡镇卫生院 全科医生特岗"),
    ])
    try expectCommitments(stem, "三/(一)", [
      Commitment(
        surface: "10个", value: 10, unit: "个",
        comparator: .equal, deadline: nil, subject: "深度贫困县"),
      Commitment(
        surface: "58个", value: 58, unit: "个",
        comparator: .equal, deadline: nil, subject: "深度贫困村"),
      Commitment(
        surface: "不超过20%", value: 20, unit: "%",
        comparator: .atMost, deadline: nil, subject: "扶贫类贷款利率上浮"),
    ])
    try expectCommitments(stem, "四/(四)", [
      Commitment(
        surface: "90%以上", value: 90, unit: "%",
        comparator: .atLeast, deadline: nil, subject: "贫困村宽带网络覆盖"),
    ])
    try expectCommitments(stem, "四/(五)", [
      Commitment(
        surface: "75%", value: 75, unit: "%",
        comparator: .equal, deadline: "2020", subject: "贫困地区畜禽粪污综合利用率"),
    ])
    try expectCommitments(stem, "六/(三)", [
      Commitment(
        surface: "低于2%", value: 2, unit: "%",
        comparator: .below, deadline: nil, subject: "综合贫困发生率"),
    ])
    try expectCommitments(stem, "七/(二)", [
      Commitment(
        surface: "80%以上", value: 80, unit: "%",
        comparator: .atLeast, deadline: "2020", subject: "残疾人康复服务覆盖率"),
      Commitment(
        surface: "16周岁以上", value: 16, unit: "岁",
        comparator: .atLeast, deadline: nil, subject: "贫困重度残疾人"),
    ])
    try expectCommitments(stem, "十/(四)", [
      Commitment(
        surface: "一次", value: 1, unit: "次",
        comparator: .atLeast, deadline: nil, subject: "每季度 专题研究"),
      Commitment(
        surface: "一次", value: 1, unit: "次",
        comparator: .atLeast, deadline: nil, subject: "每两个月 专题研究"),
      Commitment(
        surface: "一次", value: 1, unit: "次",
        comparator: .atLeast, deadline: nil, subject: "每月 专题研究"),
      Commitment(
        surface: "10个工作日", value: 10, unit: "个工作日",
        comparator: .atLeast, deadline: nil, subject: "每个月"),
    ])
    try expectCommitments(stem, "十/(七)", [
      Commitment(
        surface: "一次", value: 1, unit: "次",
        comparator: .equal, deadline: nil, subject: "每年 村党组织书记全员轮训"),
    ])
  }
}
