import Testing
import ZhengceCore
import ZhengceParser

@Suite struct CommitmentsNumberTests {
  @Test func multipliersExpand() {
    #expect(commitments("2020年实现贫困劳动力转移就业12.4万人;争取资金16亿元。") == [
      Expected("12.4万人", 124_000, "人", deadline: "2020"),
      Expected("16亿元", 1_600_000_000, "元", deadline: "2020"),
    ])
  }

  @Test func spaceBetweenNumberAndUnit() {
    #expect(commitments("将村级组织运转经费逐步提升至13 万元/年。") == [Expected("13 万元/年", 130_000, "元/年", .to)])
    #expect(commitments("全省确定深度贫困县11 个。") == [Expected("11 个", 11, "个")])
  }

  @Test func separatorsAndDecimals() {
    #expect(commitments("投入资金1,500万元,森林覆盖率增加1.5个百分点以上。") == [
      Expected("1,500万元", 15_000_000, "元"),
      Expected("1.5个百分点以上", 1.5, "百分点", .atLeast),
    ])
  }

  @Test func chineseNumeralsWithClassifiers() {
    #expect(commitments("每个深度贫困县明确一名省级领导,建设两个示范村,每年开展三次督查,设立十二个工作组,轮训一次。") == [
      Expected("一名", 1, "人"),
      Expected("两个", 2, "个"),
      Expected("三次", 3, "次"),
      Expected("十二个", 12, "个"),
      Expected("一次", 1, "次"),
    ])
  }

  @Test func chineseNumeralsThatCountNothing() {
    let text = "进一步贯彻党的十九大精神,选派第一书记,创办一二三产业融合发展园,援建八一爱民学校,做到一户一法,落实“五个一批”,实施三年行动计划,进行二次鉴定,每一户都有帮扶人,搬迁一户、脱贫一户。"
    #expect(commitments(text).isEmpty)
  }

  @Test func countsAreNotMultipliersOfNames() {
    // 万亩精品园 names a kind of garden; only the count before it is a quantity.
    #expect(commitments("每个县市建设5个左右万亩精品园。") == [Expected("5个左右", 5, "个", .approximately)])
  }

  @Test func percentAndPoints() {
    #expect(commitments("贫困地区畜禽粪污综合利用率达到75%,增幅高于全县平均水平1个百分点以上。") == [
      Expected("75%", 75, "%"),
      Expected("1个百分点以上", 1, "百分点", .atLeast),
    ])
  }

  @Test func unitOfPopulationNoun() {
    #expect(commitments("帮助全市50.3万贫困人口全面脱贫。") == [Expected("50.3万贫困人口", 503_000, "人")])
  }

  @Test func ratiosAndChineseFractions() {
    #expect(commitments("县财政按不少于1:0.5比例配套,安排三分之一的指标。") == [
      Expected("不少于1:0.5", 0.5, "ratio", .atLeast),
      Expected("三分之一", 0.3333, "ratio"),
    ])
  }

  @Test func multiples() {
    #expect(commitments("力争收入翻两番。") == [Expected("翻两番", 4, "times")])
  }

  @Test func rangesInAllForms() {
    #expect(commitments("每县建设1-2所学校,储备1至2名后备干部,人均建筑面积15—20平方米,残疾儿童0—6岁,15-25度坡耕地。") == [
      Expected("1-2所", 1, max: 2, "所", .range),
      Expected("1至2名", 1, max: 2, "人", .range),
      Expected("15—20平方米", 15, max: 20, "平方米", .range),
      Expected("0—6岁", 0, max: 6, "岁", .range),
      Expected("15-25度", 15, max: 25, "度", .range),
    ])
  }

  @Test func rangeSharesTheMultiplier() {
    #expect(commitments("补助1至2万元。") == [Expected("1至2万元", 10_000, max: 20_000, "元", .range)])
  }

  @Test func ratePerYear() {
    #expect(commitments("市财政按300万元/个的标准拨付。") == [Expected("300万元/个", 3_000_000, "元/个")])
  }
}
