import Testing
import ZhengceCore
import ZhengceParser

/// Which quantities are targets, baselines, allocations and standards, on sentences quoted
/// from the real-world corpus (Tests/Fixtures/realworld/docs, the file named above each).
@Suite struct CommitmentsKindTests {
  /// The kind of the first commitment with `value` in `text`.
  private func kind(of value: Double, in text: String, date: String? = nil) -> QuantityKind? {
    CommitmentExtractor().extract(from: text, documentDate: date).first { $0.value == value }?.kind
  }

  // MARK: - Found on the hold-out

  // gansu-huachi-2022-funds-adjustment-notice.txt: a surplus is what is left, a fact.
  @Test func aSurplusIsABaseline() {
    let text = "项目实施后,部分项目资金有结余,经各项目主管单位上报,共结余资金1284.979906万元。"
    #expect(kind(of: 12_849_799.06, in: text, date: "2022-11-02") == .baseline)
  }

  // qinghai-datong-2011-investment-reward-rules.txt: a share of the base it is paid on is a rate.
  @Test func aShareOfABaseIsARate() {
    #expect(kind(of: 1, in: "按形成固定资产实际投资额的1%给予奖励。") == .standard)
  }

  // MARK: - Words that hold a cue but are none

  // heilongjiang-2016-poverty-opinions.txt, shanxi-2018-poverty-program.txt
  @Test func theCurrentPovertyLineIsNoNorm() {
    let text = "确保到2020年现行标准下全省232万农村贫困人口全部脱贫、58个贫困县全部摘帽,实现全面建成小康社会目标。"
    #expect(kind(of: 2_320_000, in: text, date: "2018-11-21") == .target)
    #expect(kind(of: 58, in: text, date: "2018-11-21") == .target)
  }

  // fujian-yunxiao-2018-funds-notice.txt: 已建档立卡 names the households, it reports nothing done.
  @Test func registeredHouseholdsAreNoReview() {
    let text = "(一)用于扶持已建档立卡贫困户发展特色优势农业和农产品加工等项目,每户(或项目)补助资金一般不超过10000元。"
    #expect(kind(of: 10000, in: text) == .standard)
  }

  // chongqing-banan-2025-funds-announcement.txt: 乡村建设行动 is the name of a kind of project.
  @Test func aProgrammeNamedForBuildingSetsNoGoal() {
    let text = "本批共安排项目23个,涉及资金1214万元,其中,产业发展类项目16个,涉及资金827万元;乡村建设行动类项目5个,涉及资金225万元。"
    #expect(kind(of: 5, in: text, date: "2025-12-25") == .allocation)
  }

  // jiangsu-2010-rural-work-task-division.txt: quotation marks stand inside the clause.
  @Test func quotationMarksDoNotEndTheClause() {
    let text = "新建“一池三改”户用沼气工程8万处、规模畜禽场沼气治理工程600处。"
    #expect(kind(of: 80000, in: text) == .target)
  }

  // MARK: - Eligibility thresholds

  // shanghai-2020-grain-oil-assistance-notice.txt, yunnan-2001-rural-poverty-outline.txt,
  // jiangxi-2017-deepen-poverty-opinions.txt
  @Test func aBoundThatSaysWhoQualifiesIsAStandard() {
    #expect(kind(of: 70, in: "本市最低生活保障家庭中的以下人员:70周岁(含70周岁)以上老人;学龄前儿童及中小学生。") == .standard)
    #expect(kind(of: 70, in: "对年满70周岁以上的老人发放高龄津贴。") == .standard)
    #expect(kind(of: 625, in: "按照国家核定的2000年农村贫困人口标准(农民人均纯收入在625元以下),全省还有405万特困人口。", date: "2001-06-01") == .standard)
    #expect(kind(of: 625, in: "将人均收入625元以下的家庭纳入扶持范围。") == .standard)
    #expect(kind(of: 10, in: "特别是现有贫困村和贫困发生率10%以上的非贫困村,给予更加集中的支持。") == .standard)
  }

  // liaoning-2002-village-opinions.txt, shaanxi-ankang-2020-consolidation-plan.txt (bundled)
  @Test func aBoundAmongConditionsIsAStandard() {
    let conditions = "新确定的贫困村,要符合贫困人口集中、贫困程度较重,村农民年人均纯收入1200元以下,村领导班子作风正派等条件。"
    #expect(kind(of: 1200, in: conditions) == .standard)
    #expect(kind(of: 2300, in: "符合条件的农户家庭人均纯收入低于2300元,由村民小组评议。") == .standard)
    let reward = "对流转贫困户土地的新型经营主体,流转土地在100亩以上、带动贫困户就业在20人以上可予一定资金补助。"
    #expect(kind(of: 100, in: reward) == .standard)
    #expect(kind(of: 20, in: reward) == .standard)
  }

  // guangxi-nanning-2015-precision-poverty-plan.txt, shaanxi-ankang-2020-consolidation-plan.txt,
  // shanxi-2016-poverty-opinions.txt, guizhou-2016-poverty-13th-five-year-program.txt
  @Test func aShareToReachIsNoThreshold() {
    #expect(kind(of: 95, in: "饮水安全问题基本解决,完成农村电网改造,95%以上农户用上电。") == .target)
    #expect(kind(of: 60, in: "2020年,全市各镇全部创建为文明镇,60%以上的村创建成为文明村。", date: "2020-03-01") == .target)
    #expect(kind(of: 80, in: "剩余的农村贫困人口80%以上集中分布在西部吕梁山黄土残垣沟壑区。", date: "2016-02-01") != .standard)
    #expect(kind(of: 17_000_000_000, in: "集中力量推进极贫乡镇脱贫,设立170 多亿元的极贫乡镇脱贫攻坚投资基金。") != .standard)
  }

  // MARK: - Norms

  // hunan-2019-poverty-county-exit-announcement.txt, gansu-2021-consolidation-opinions.txt,
  // shandong-linyi-2025-air-raid-siren-announcement.txt, hunan-2018-deep-poverty-plan.txt (bundled)
  @Test func aPeriodOrTimeLimitIsAStandard() {
    #expect(kind(of: 7, in: "如有异议,请于7天内(2019年3月17日—23日)向湖南省扶贫开发领导小组办公室反映。") == .standard)
    #expect(kind(of: 5, in: "脱贫攻坚目标任务完成后,设立5年过渡期,做到扶上马送一程。") == .standard)
    #expect(kind(of: 3, in: "解除警报:连续鸣3分钟;") == .standard)
    #expect(kind(of: 30, in: "力争到2019年深度贫困县县城实现30分钟内上高速。", date: "2018-06-01") == .target)
  }

  // liaoning-2002-village-opinions.txt, henan-xuchang-2018-three-year-action-plan.txt: funds
  // per village are a share handed out; a subsidy per unit stays a norm.
  @Test func fundsPerScopeAreAllocated() {
    let text = "其中6120万元用于2002年扶持的206个贫困村的继续扶持和巩固提高,每村扶持资金30万元;1亿元用于2003年新扶持的200个贫困村,每村扶持资金50万元。"
    for value in [61_200_000.0, 300_000, 100_000_000, 500_000] { #expect(kind(of: value, in: text) == .allocation, "\(value)") }
    #expect(kind(of: 10000, in: "新建牲畜棚圈3382座,单座面积不低于60平方米,每座补助10000元。", date: "2017-03-24") == .standard)
  }

  // hunan-2012-poverty-outline-task-division.txt: a promise per scope is a target.
  @Test func aPromisePerScopeIsATarget() {
    #expect(kind(of: 2, in: "4.到2015年,力争每个扶贫开发工作重点县有2—3个主导产业,建好一个特色产业园区。", date: "2012-08-07") == .target)
  }

  // MARK: - Allocations

  // sichuan-daying-2019-poverty-reduction-notice.txt, qinghai-haidong funds list
  @Test func placeSharesAfterAColonAreAllocations() {
    let text = "全县剩余的4267名未脱贫人口、8个未退出贫困村要全部脱贫退出,分别是未脱贫人口:河边镇941人、回马镇252人、金元镇457人;"
    for value in [4267.0, 8, 941, 252, 457] { #expect(kind(of: value, in: text, date: "2019-01-20") == .allocation, "\(value)") }
    let funds = "将本批追加的4000万资金全部分配给6县区,其中:乐都区819万元,民和县1226万元,互助县600万元。"
    #expect(kind(of: 8_190_000, in: funds) == .allocation)
    let categories = "全省还有50个贫困县、3723个贫困村、221.4万农村贫困人口,其中深度贫困县4个、深度贫困村1235个。"
    #expect(kind(of: 1235, in: "截至2017年底," + categories, date: "2018-07-06") == .baseline)
  }

  // ningxia-xiji-2025-funds-adjustment-plan.txt, xinjiang-yecheng-2026-minority-funds-announcement.txt:
  // a bare year dates what is handed out in it.
  @Test func projectsAndFundsOfAYearAreAllocations() {
    #expect(kind(of: 76, in: "2025年计划实施五大类76个项目,计划总投资66734.22万元。") == .allocation)
    #expect(kind(of: 15_080_017.13, in: "2026年中央财政衔接推进乡村振兴补助(少数民族发展任务)资金共计1508.001713万元。") == .allocation)
    #expect(kind(of: 830_000, in: "落实粮食安全党政同责,把粮食播种面积83万亩分解到乡镇、到村、到种植主体和田块。") == .allocation)
  }

  // MARK: - Dates

  // beijing-2016-urban-rural-program.txt (no date in the text): a bare year with no goal
  // dates a fact; henan-xuchang-2018-three-year-action-plan.txt: with a goal after, a target.
  @Test func aBareYearWithoutAGoalDatesAFact() {
    let text = "2015年建制乡镇182个、行政村3936个;行政村常住人口593.8万人。"
    #expect(kind(of: 182, in: text) == .baseline)
    #expect(kind(of: 3936, in: text) == .baseline)
    let plan = "2020年,4575户贫困户、完全丧失劳动能力的8352名贫困人口通过政策兜底实现脱贫。"
    #expect(kind(of: 4575, in: plan) == .target)
  }

  // heilongjiang-2014-growth-measures.txt: 今明两年 is a plan for the years to come.
  @Test func thisYearAndNextArePlanned() {
    #expect(kind(of: 53_000_000_000, in: "1.抓住国家加快铁路建设机遇,今明两年投资530亿元。") == .target)
  }
}
