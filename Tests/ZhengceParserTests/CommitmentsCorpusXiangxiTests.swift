import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Commitments of hunan-xiangxi-2016-precision-poverty-opinions, asserted on real measures through the parser.
@Suite struct CommitmentsCorpusXiangxiTests {
  let stem = CorpusFixtures.xiangxi

  @Test func total() throws {
    #expect(try commitmentCount(stem) == 85)
  }

  @Test func measures() throws {
    try expectCommitments(stem, "一/(二)", [
      Commitment(
        surface: "25万人以下", value: 250000, unit: "人",
        comparator: .atMost, deadline: "2017", subject: "全州农村贫困人口"),
      Commitment(
        surface: "控制在12%左右", value: 12, unit: "%",
        comparator: .atMost, deadline: "2017", subject: "农村贫困发生率"),
      Commitment(
        surface: "7个", value: 7, unit: "个",
        comparator: .equal, deadline: "2019", subject: "国家扶贫开发重点县"),
      Commitment(
        surface: "4个", value: 4, unit: "个",
        comparator: .equal, deadline: "2019", subject: "集中连片贫困地区区域性贫困"),
      Commitment(
        surface: "1200个", value: 1200, unit: "个",
        comparator: .equal, deadline: "2019", subject: "贫困村"),
      Commitment(
        surface: "50万贫困人口", value: 500000, unit: "人",
        comparator: .equal, deadline: "2019", subject: "贫困人口"),
    ])
    try expectCommitments(stem, "二/(一)/——", [
      Commitment(
        surface: "50万元左右", value: 500000, unit: "元",
        comparator: .approximately, deadline: "2020", subject: "村级集体经济年收入"),
      Commitment(
        surface: "50万人", value: 500000, unit: "人",
        comparator: .equal, deadline: nil, subject: "脱贫"),
      Commitment(
        surface: "10万人", value: 100000, unit: "人",
        comparator: .equal, deadline: "2016", subject: "脱贫"),
      Commitment(
        surface: "10万人", value: 100000, unit: "人",
        comparator: .equal, deadline: "2017", subject: "脱贫"),
      Commitment(
        surface: "15万人", value: 150000, unit: "人",
        comparator: .equal, deadline: "2018", subject: "脱贫"),
      Commitment(
        surface: "15万人", value: 150000, unit: "人",
        comparator: .equal, deadline: "2019", subject: "脱贫"),
    ])
    try expectCommitments(stem, "二/(一)/——", occurrence: 1, [
      Commitment(
        surface: "9.3万人", value: 93000, unit: "人",
        comparator: .equal, deadline: nil, subject: "脱贫"),
      Commitment(
        surface: "2.3万人", value: 23000, unit: "人",
        comparator: .equal, deadline: "2016", subject: "脱贫"),
      Commitment(
        surface: "2.6万人", value: 26000, unit: "人",
        comparator: .equal, deadline: "2017", subject: "脱贫"),
      Commitment(
        surface: "2.6万人", value: 26000, unit: "人",
        comparator: .equal, deadline: "2018", subject: "脱贫"),
      Commitment(
        surface: "1.8万人", value: 18000, unit: "人",
        comparator: .equal, deadline: "2019", subject: "脱贫"),
    ])
    try expectCommitments(stem, "二/(一)/——", occurrence: 4, [
      Commitment(
        surface: "4.2万人", value: 42000, unit: "人",
        comparator: .equal, deadline: nil, subject: "新增低保兜底"),
      Commitment(
        surface: "1.5万人", value: 15000, unit: "人",
        comparator: .equal, deadline: "2016", subject: "新增"),
      Commitment(
        surface: "1.5万人", value: 15000, unit: "人",
        comparator: .equal, deadline: "2017", subject: "新增"),
      Commitment(
        surface: "1.2万人", value: 12000, unit: "人",
        comparator: .equal, deadline: "2018", subject: "新增"),
      Commitment(
        surface: "5万户", value: 50000, unit: "户",
        comparator: .equal, deadline: nil, subject: "完成无房户就地建房和危房改造"),
      Commitment(
        surface: "1万户", value: 10000, unit: "户",
        comparator: .equal, deadline: "2020", subject: "每年 完成"),
    ])
    try expectCommitments(stem, "二/(二)/1", [
      Commitment(
        surface: "100家", value: 100, unit: "家",
        comparator: .equal, deadline: nil, subject: "龙头企业"),
      Commitment(
        surface: "1200个以上", value: 1200, unit: "个",
        comparator: .atLeast, deadline: nil, subject: "农民专业合作组织"),
      Commitment(
        surface: "5000个以上", value: 5000, unit: "个",
        comparator: .atLeast, deadline: nil, subject: "家庭农场"),
      Commitment(
        surface: "400万亩以上", value: 4000000, unit: "亩",
        comparator: .atLeast, deadline: nil, subject: "农业特色产业基地"),
      Commitment(
        surface: "200万亩", value: 2000000, unit: "亩",
        comparator: .equal, deadline: nil, subject: "特色产业标准园"),
      Commitment(
        surface: "5个左右", value: 5, unit: "个",
        comparator: .approximately, deadline: nil, subject: "每个县市 万亩精品园"),
      Commitment(
        surface: "5个左右", value: 5, unit: "个",
        comparator: .approximately, deadline: nil, subject: "每个乡镇 千亩标准园"),
      Commitment(
        surface: "5个左右", value: 5, unit: "个",
        comparator: .approximately, deadline: nil, subject: "每个贫困村 百亩示范园"),
      Commitment(
        surface: "2亩以上", value: 2, unit: "亩",
        comparator: .atLeast, deadline: nil, subject: "贫困户脱贫高效特色产业人均面积"),
      Commitment(
        surface: "100万亩", value: 1000000, unit: "亩",
        comparator: .equal, deadline: nil, subject: "建设柑橘基地"),
      Commitment(
        surface: "20万亩", value: 200000, unit: "亩",
        comparator: .equal, deadline: nil, subject: "猕猴桃基地"),
      Commitment(
        surface: "40万亩", value: 400000, unit: "亩",
        comparator: .equal, deadline: nil, subject: "茶叶基地"),
      Commitment(
        surface: "50万亩", value: 500000, unit: "亩",
        comparator: .equal, deadline: nil, subject: "烟叶轮作基地"),
      Commitment(
        surface: "100万亩", value: 1000000, unit: "亩",
        comparator: .equal, deadline: nil, subject: "油茶基地"),
      Commitment(
        surface: "20万亩", value: 200000, unit: "亩",
        comparator: .equal, deadline: nil, subject: "百合轮作基地"),
      Commitment(
        surface: "20万亩", value: 200000, unit: "亩",
        comparator: .equal, deadline: nil, subject: "中药材基地"),
      Commitment(
        surface: "30万亩", value: 300000, unit: "亩",
        comparator: .equal, deadline: nil, subject: "杜仲基地"),
      Commitment(
        surface: "50万亩", value: 500000, unit: "亩",
        comparator: .equal, deadline: nil, subject: "商品蔬菜基地"),
      Commitment(
        surface: "30万头", value: 300000, unit: "头",
        comparator: .equal, deadline: nil, subject: "湘西黄牛"),
      Commitment(
        surface: "100万头", value: 1000000, unit: "头",
        comparator: .equal, deadline: nil, subject: "湘西黑猪"),
      Commitment(
        surface: "50万人", value: 500000, unit: "人",
        comparator: .equal, deadline: nil, subject: "带动"),
    ])
    try expectCommitments(stem, "二/(二)/2", [
      Commitment(
        surface: "300个", value: 300, unit: "个",
        comparator: .equal, deadline: nil, subject: "传统村落保护"),
      Commitment(
        surface: "两条", value: 2, unit: "条",
        comparator: .equal, deadline: nil, subject: "生态文化村镇游精品线开发"),
      Commitment(
        surface: "60个", value: 60, unit: "个",
        comparator: .equal, deadline: nil, subject: "乡村旅游精品村寨"),
      Commitment(
        surface: "1000万元左右", value: 10000000, unit: "元",
        comparator: .approximately, deadline: "2020", subject: "重点村寨乡村旅游年均经营收入"),
      Commitment(
        surface: "1500万人次", value: 15000000, unit: "人次",
        comparator: .equal, deadline: "2020", subject: "全州乡村游接待游客"),
      Commitment(
        surface: "60亿元", value: 6000000000, unit: "元",
        comparator: .equal, deadline: "2020", subject: "旅游收入"),
      Commitment(
        surface: "10万人", value: 100000, unit: "人",
        comparator: .equal, deadline: "2020", subject: "带动"),
    ])
    try expectCommitments(stem, "二/(二)/5", [
      Commitment(
        surface: "1所以上", value: 1, unit: "所",
        comparator: .atLeast, deadline: nil, subject: "每个乡镇 示范性公办幼儿园"),
      Commitment(
        surface: "50所以上", value: 50, unit: "所",
        comparator: .atLeast, deadline: nil, subject: "改扩建城镇学校"),
      Commitment(
        surface: "6万个", value: 60000, unit: "个",
        comparator: .equal, deadline: nil, subject: "新增城镇学位"),
      Commitment(
        surface: "15年", value: 15, unit: "年",
        comparator: .equal, deadline: nil, subject: "教育免除学杂费"),
    ])
  }
}
