import Testing
import ZhengceCore
import ZhengceParser

/// Constructions of documents from other provinces (Tests/Fixtures/realworld/docs), each
/// sentence quoted from the file named above it.
@Suite struct CommitmentsRealWorldTests {
  // guizhou-2016-poverty-13th-five-year-program.txt
  static let guizhou =
    "全省农村贫困人口从 2011 年的 1149 万人减少到 2015 年的 493 万人,五年累计减少贫困人口 656 万人,贫困人口占全国贫困人口的比重从 9.4% 下降到 8.8%,超额完成“2015 年全省贫困人口比 2011 年减少一半”的目标。"

  /// The year between the verb and the value dates the value: a change already made has no
  /// deadline; one still to come does.
  @Test func fromToWithTheYearsInBetween() {
    let found = commitments(Self.guizhou, date: "2016-12-01")
    #expect(found == [
      Expected("1149 万人减少到 2015 年的 493 万人", 4_930_000, from: 11_490_000, "人", .to),
      Expected("656 万人", 6_560_000, "人"),
      Expected("从 9.4% 下降到 8.8%", 8.8, from: 9.4, "%", .to),
      Expected("一半", 0.5, "ratio"),
    ])
  }

  @Test func aYearStillToComeIsTheDeadline() {
    #expect(commitments("贫困发生率从2015年的9.6%降低到2020年底的2%以下。", date: "2016-03-01") == [
      Expected("9.6%降低到2020年底的2%以下", 2, from: 9.6, "%", .atMost, deadline: "2020-12-31")
    ])
  }

  @Test func aReviewIsBaseline() {
    let extracted = CommitmentExtractor().extract(from: Self.guizhou, documentDate: "2016-12-01")
    #expect(extracted.map(\.kind) == [.baseline, .baseline, .baseline, .baseline])
  }

  // shanxi-2016-poverty-opinions.txt: figures of a review are facts, dated but not due.
  @Test func rateFromAYearToTheEndOfAnother() {
    let text = "“十二五”以来,全省扶贫开发取得明显成效,到2013年底,全省建档立卡农村贫困人口329万,2014、2015两年减贫97万,贫困发生率从2010年的18.7%降低到2015年底的9.6%。"
    #expect(commitments(text, date: "2016-02-01") == [
      Expected("329万", 3_290_000, "人"),
      Expected("97万", 970_000, "人"),
      Expected("18.7%降低到2015年底的9.6%", 9.6, from: 18.7, "%", .to),
    ])
  }

  // henan-sanmenxia-2018-three-year-action-plan.txt
  @Test func twoCountsChangeTogether() {
    let text = "2012年底至2017年底,全市农村贫困人口由8.3万户23.7万人减少到3.1万户8.8万人,贫困发生率由14.8%降至5.46%。"
    #expect(commitments(text, date: "2018-08-01") == [
      Expected("由8.3万户23.7万人减少到3.1万户", 31_000, from: 83_000, "户", .to),
      Expected("8.8万人", 88_000, from: 237_000, "人", .to),
      Expected("由14.8%降至5.46%", 5.46, from: 14.8, "%", .to),
    ])
  }

  // guizhou-2016-poverty-13th-five-year-program.txt
  @Test func moreThanBeforeTheMultiplierAndSpacesInFigures() {
    #expect(commitments("集中力量推进极贫乡镇脱贫,设立170 多亿元的极贫乡镇脱贫攻坚投资基金。") == [
      Expected("170 多亿元", 17_000_000_000, "元", .above)
    ])
    #expect(commitments("解决了 1300 万农村人口的饮水安全问题,新增农田有效灌溉面积 466.73 万亩。") == [
      Expected("1300 万农村人口", 13_000_000, "人"),
      Expected("466.73 万亩", 4_667_300, "亩"),
    ])
  }

  // yunnan-2001-rural-poverty-outline.txt, sichuan-daying-2019-poverty-reduction-notice.txt
  @Test func nounsOfPeopleCountPeople() {
    let yunnan = CommitmentExtractor().extract(from: "全省还有405万特困人口(含农村有劳动能力的贫困残疾人口)。", documentDate: nil)
    #expect(yunnan.map(\.unit) == ["人"])
    #expect(yunnan.first?.subject == "特困人口")
    let daying = CommitmentExtractor().extract(from: "全县剩余的4267名未脱贫人口、8个未退出贫困村要全部脱贫退出。", documentDate: "2019-03-01")
    #expect(daying.map(\.unit) == ["人", "个"])
    #expect(daying.map(\.value) == [4267, 8])
  }

  // heilongjiang-2014-growth-measures.txt (traditional characters)
  @Test func traditionalCharacters() {
    #expect(commitments("啟動哈爾濱至黑河一級公路蘭西至北安段建設項目,建設農村公路約6000公里。") == [
      Expected("約6000公里", 6000, "公里", .approximately)
    ])
  }

  // beijing-2018-rural-revitalization-program.txt
  @Test func cubicMetresAndReductions() {
    #expect(commitments("2014年至2017年,高耗水作物播种面积由290.8万亩调减到100.3万亩,农业年用新水从6.93亿立方米降至5.07亿立方米。") == [
      Expected("由290.8万亩调减到100.3万亩", 1_003_000, from: 2_908_000, "亩", .to, deadline: "2017"),
      Expected("从6.93亿立方米降至5.07亿立方米", 507_000_000, from: 693_000_000, "立方米", .to, deadline: "2017"),
    ])
  }

  // shaanxi-ankang-2020-consolidation-plan.txt (bundled): 县区 after the number is what it counts.
  @Test func aNounAfterAnArabicNumberIsItsUnit() {
    #expect(commitments("加快推进高速公路建设,力争2020年实现全市10县区通高速。") == [Expected("10县", 10, "县", deadline: "2020")])
  }

  @Test func versionsHotlinesAndBatchesAreNoCounts() {
    // liaoning-2019-three-year-action-opinions.txt, shaanxi-ankang-2020-consolidation-plan.txt, hunan-2018-deep-poverty-plan.txt
    #expect(commitments("深入实施“互联网+”农产品出村进城工程和电子商务进农村综合示范2.0行动计划。").isEmpty)
    #expect(commitments("每年表彰一批脱贫攻坚先进集体和先进个人,推出一系列典型。").isEmpty)
    #expect(commitments("一年来,各地积极推进。").isEmpty)
  }

  // hunan-liling-2019-poverty-funds-allocation-plan.txt: funds in 万 that write no 元.
  @Test func fundsInWanWithoutYuan() {
    #expect(commitments("一、 扶贫办:农业特色产业发展资金660万;") == [Expected("660万", 6_600_000, "元")])
    // Without a name of funds before it, 万 alone counts nothing known.
    #expect(commitments("全市共有660万;").isEmpty)
  }

  // guizhou-2012-poverty-outline-opinions.txt, shandong-linyi-2025-air-raid-siren-announcement.txt,
  // shanghai-2020-grain-oil-assistance-notice.txt, shanghai (含70周岁)
  @Test func smallPercentSecondsMillilitresAndIncludedBounds() {
    #expect(commitments("贫困发生率从23.9﹪下降到12.1﹪;") == [Expected("从23.9﹪下降到12.1﹪", 12.1, from: 23.9, "%", .to)])
    #expect(commitments("预先警报:鸣36秒,停24秒,反复三遍;").map(\.value) == [36, 24])
    #expect(commitments("实物供应量为10公斤大米、900ml食用油。").map(\.unit) == ["公斤", "ml"])
    #expect(commitments("以下人员:70周岁(含70周岁)以上老人;") == [Expected("70周岁(含70周岁)以上", 70, "岁", .atLeast)])
  }
}

/// A past year's figure under a heading that names targets is a target still.
@Suite struct CommitmentsTargetHeadingTests {
  /// jiangxi-anyuan-2019-three-year-opinions.txt: a three-year plan dated 2019 sets 2018's goal.
  @Test func aPastYearUnderTargetsIsATarget() {
    let extracted = CommitmentExtractor().extract(
      from: "任务目标\n2018年,作为深化落实年,加大攻坚力度,实现0.98万名贫困人口脱贫、4个贫困村退出。", documentDate: "2019-02-11")
    #expect(extracted.map(\.kind) == [.target, .target])
  }

  /// A past year's figure stated as there was, under targets, stays a baseline.
  @Test func whatThereWasUnderTargetsStaysABaseline() {
    let extracted = CommitmentExtractor().extract(
      from: "发展目标\n2015年全省有贫困人口493万人,到2020年全部脱贫。", documentDate: "2016-03-01")
    #expect(extracted.first?.kind == .baseline)
  }
}
