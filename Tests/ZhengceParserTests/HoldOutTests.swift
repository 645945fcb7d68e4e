import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Rules found wrong on the hold-out documents of Tests/Fixtures/realworld (SOURCES.md,
/// "Hold-out, 2026-12-07"), asserted on those documents; the values are read from their texts.
@Suite struct HoldOutTests {
  static func parse(_ name: String) throws -> ParsedDocument { try CorpusFixtures.parse(realWorld: name).document }

  /// With the bundled manifests, which name the bodies and their endings.
  static func withManifests(_ name: String) throws -> ParsedDocument {
    let path = CorpusFixtures.root.appendingPathComponent("Tests/Fixtures/realworld/docs/\(name)").path
    return Parser(registry: Departments.registry).parse(try SourceText.plainText(bytes: try FileBytes.read(path), path: path)).document
  }

  /// 吉林省人民政府关于印发 ⏎ 吉林省国民经济和社会发展 ⏎ 第十四个五年规划 ⏎ 和2035年远景目标纲要的通知:
  /// the line opening with 和 goes on with the title, which 规划 ended only by chance.
  @Test func aLineOpeningWithAConjunctionGoesOnWithTheTitle() throws {
    let jilin = try Self.parse("jilin-2021-14th-five-year-outline-program.txt")
    #expect(jilin.title == "吉林省国民经济和社会发展第十四个五年规划和2035年远景目标纲要")
    #expect(jilin.noticeTitle == "吉林省人民政府关于印发吉林省国民经济和社会发展第十四个五年规划和2035年远景目标纲要的通知")
    #expect(jilin.genre == .program)
    // 辽宁省人民政府关于印发《2023年 ⏎ 省〈政府工作报告〉任务分解 ⏎ 和责任分工方案》的通知
    let liaoning = try Self.parse("liaoning-2023-work-report-task-division.txt")
    #expect(liaoning.title == "2023年省《政府工作报告》任务分解和责任分工方案")
    #expect(liaoning.genre == .taskDivision)
  }

  /// 一、今年全省经济社会发展的主要预期目标 ⏎ 1.地区生产总值增长5%以上。 in a document of 2023-01-19;
  /// 2018年的主要預期目標是:地區生產總值增長7.5%;城鎮新增就業70萬人 (Traditional).
  @Test func theYearOfTheGoalsDatesTheTargetsListedUnderIt() throws {
    let liaoning = try Self.parse("liaoning-2023-work-report-task-division.txt")
    let growth = try #require(liaoning.measures.flatMap(\.commitments).first { $0.surface == "5%以上" })
    #expect(growth.deadline == "2023")
    let hubei = try Self.parse("hubei-2018-government-work-report-task-division.txt")
    let jobs = try #require(hubei.measures.flatMap(\.commitments).first { $0.value == 700_000 })
    #expect(jobs.deadline == "2018")
  }

  /// 责任单位:省工业和信息化厅、省农业农村厅、省商务厅等,各市人民政府: 等 is not part of the name.
  @Test func etceteraClosesTheListNotTheName() throws {
    let liaoning = try Self.withManifests("liaoning-2023-work-report-task-division.txt")
    let names = Set(liaoning.measures.flatMap(\.departments).map(\.surface))
    #expect(names.contains("省商务厅") && !names.contains("省商务厅等"))
  }

  /// 各乡(镇)财政所、社会事务办: (guizhou-zhengan-2009) and 各区人民政府,市政府各委、办、局,各市属机构:
  /// (beijing-2016): every addressee is a body that carries the notice out.
  @Test func townshipOfficesAndDirectlyAffiliatedBodiesAreAddressees() throws {
    let guizhou = try Self.withManifests("guizhou-zhengan-2009-relief-funds-notice.txt")
    #expect(guizhou.measures.flatMap(\.departments).contains { $0.surface == "各乡(镇)财政所" && $0.role == .responsible })
    let beijing = try Self.withManifests("beijing-2016-open-government-work-points.txt")
    #expect(beijing.measures.flatMap(\.departments).contains { $0.surface == "各市属机构" && $0.role == .responsible })
  }

  // MARK: - Second round

  /// fujian-2021-provincial-capital-opinions: 福州地区生产总值达1.7万亿元以上, 常住人口超1000万人, 比重超35%.
  @Test func tenThousandHundredMillionAndExceeding() throws {
    let fujian = try Self.parse("fujian-2021-provincial-capital-opinions.txt")
    let found = fujian.measures.flatMap(\.commitments)
    let gdp = try #require(found.first { $0.surface == "1.7万亿元以上" })
    #expect(gdp.value == 1_700_000_000_000 && gdp.unit == "元" && gdp.comparator == .atLeast)
    let people = try #require(found.first { $0.surface == "超1000万人" })
    #expect(people.value == 10_000_000 && people.comparator == .above)
  }

  /// shaanxi-2022-rural-revitalization-opinions: 加快建设千万亩“吨粮田” (no digit before 千).
  @Test func thousandsOfTenThousandsWithoutADigit() throws {
    let shaanxi = try Self.parse("shaanxi-2022-rural-revitalization-opinions.txt")
    let fields = try #require(shaanxi.measures.flatMap(\.commitments).first { $0.surface == "千万亩" })
    #expect(fields.value == 10_000_000 && fields.unit == "亩" && fields.subject == "吨粮田")
  }

  /// shanghai-fengxian-2024-vegetable-subsidy-funds-notice (Traditional): 補貼上限為5個畝次, 120元/畝次;
  /// 关于2023年奉贤区蔬菜上图补贴资金的通知 is about funds alone.
  @Test func acreTimesAndAFundsTitle() throws {
    let fengxian = try Self.parse("shanghai-fengxian-2024-vegetable-subsidy-funds-notice.txt")
    let found = fengxian.measures.flatMap(\.commitments)
    #expect(found.contains { $0.surface == "5個畝次" && $0.value == 5 && $0.unit == "亩次" })
    #expect(found.contains { $0.surface == "120元/畝次" && $0.value == 120 && $0.unit == "元/亩次" })
    #expect(fengxian.genre == .fundsNotice && fengxian.genreSource == .title)
    // 安徽省…關于下達安徽省2014年鞏固退耕還林成果任務計劃的通知: 本次任務計劃安排總投資58360.75萬元.
    #expect(try Self.parse("anhui-2014-returning-farmland-funds-notice-trad.txt").genre == .fundsNotice)
  }

  /// yunnan-2009-collective-economy-funds-rules ends mid-article (第九条 由县确定当年扶持的村委会,以村委会):
  /// a clause cut short is no signature.
  @Test func aClauseCutShortIsNoSignature() throws {
    #expect(try Self.parse("yunnan-2009-collective-economy-funds-rules.txt").issuers == [])
  }

  /// chongqing-pengshui-2023-industry-award-plan: 彭水自治县2023年度…奖补方案.
  @Test func anAutonomousCountyByItsShortName() throws {
    let pengshui = try Self.parse("chongqing-pengshui-2023-industry-award-plan.txt")
    #expect(pengshui.region.county == "彭水苗族土家族自治县" && pengshui.region.level == .county)
  }

  // MARK: - Third round

  /// 国务院关于落实《政府工作报告》重点工作部门分工的意见, 六安市人民政府关于2021年重点工作及责任分解的通知:
  /// a 意见 or 通知 about a task division is one.
  @Test func anOpinionOrNoticeAboutATaskDivisionIsOne() throws {
    #expect(try Self.parse("national-2020-work-report-task-division.txt").genre == .taskDivision)
    #expect(try Self.parse("anhui-luan-2021-key-work-task-division.txt").genre == .taskDivision)
  }

  /// 牵头责任单位:市发改委。 ⏎ 协同责任单位:市政府各部门、各直属机构。 (anhui-luan-2021): a lead and
  /// its support, not two bodies responsible.
  @Test func leadAndSupportLabelsThatSayResponsible() throws {
    let luan = try Self.withManifests("anhui-luan-2021-key-work-task-division.txt")
    let roles = luan.measures.flatMap(\.departments).map { "\($0.surface) \($0.role.rawValue)" }
    #expect(roles.contains("市发改委 lead") && roles.contains("市税务局 support"))
    #expect(!roles.contains("市发改委 responsible"))
  }

  /// A cover notice with items of its own signs after them, before its annexes (shanxi-qinxian-2025:
  /// …沁县人民政府办公室 ⏎ 2025年5月18日 ⏎ (此件公开发布) ⏎ 附件1) or the document it issues
  /// (hubei-wuhan-2018: …武汉市人民政府办公厅 ⏎ 2018年2月14日 ⏎ 2018年省《政府工作报告》…责任分解方案).
  @Test func aCoverNoticeSignsBeforeWhatItIssues() throws {
    let qinxian = try Self.parse("shanxi-qinxian-2025-work-report-task-division.txt")
    #expect(qinxian.date == "2025-05-18" && qinxian.issuers == ["沁县人民政府办公室"])
    #expect(try Self.parse("hubei-wuhan-2018-work-report-task-division.txt").date == "2018-02-14")
  }

  /// tianjin-2019-tibet-aid-funds-notice: the page lost the issuer above 2019年1月14日, which still
  /// dates the notice (not the page's 发布时间 2019-09-17); guangxi-2021: a 文号 in brackets after the
  /// title is not part of it.
  @Test func aSignatureDateWithoutItsIssuerAndANumberAfterTheTitle() throws {
    #expect(try Self.parse("tianjin-2019-tibet-aid-funds-notice.txt").date == "2019-01-14")
    let guangxi = try Self.parse("guangxi-2021-rural-revitalization-funds-notice.txt")
    #expect(guangxi.title == "自治区乡村振兴局关于做好2021年第四批自治区财政衔接推进乡村振兴补助资金安排有关情况的通知")
    #expect(guangxi.docNumber == "桂乡振发〔2021〕18号")
  }

  /// 乃东区人民政府2025年工作要点: a year's list of work dates its targets that year (力争完成固定资产投资
  /// 40亿元以上); 一、确保完成全年主要预期目标 (anhui-luan-2021) names the year's goals, and a task's
  /// 完成时限: its day; under (一)总体要求和
  /// 主要预期目标 (national-2020) a figure nothing marks as a fact is a goal (居民消费价格涨幅3.5%左右).
  @Test func aYearsListOfWorkAndItsGoalsAreDueThatYear() throws {
    let naidong = try Self.parse("xizang-naidong-2025-work-points.txt")
    let investment = try #require(naidong.measures.flatMap(\.commitments).first { $0.value == 4_000_000_000 })
    #expect(investment.deadline == "2025" && investment.kind == .target)
    let luan = try Self.parse("anhui-luan-2021-key-work-task-division.txt")
    let growth = try #require(luan.measures.flatMap(\.commitments).first { $0.surface == "8.5%以上" })
    // Its task says 完成时限:2021年12月31日.
    #expect(growth.deadline == "2021-12-31")
    let national = try Self.parse("national-2020-work-report-task-division.txt")
    let prices = try #require(national.measures.flatMap(\.commitments).first { $0.surface == "3.5%左右" })
    #expect(prices.kind == .target && prices.deadline == "2020")
  }

  /// guangdong-2018 has no title; its body calls itself a decision when it says from when it holds
  /// (…一律停止执行, 自本决定印发之日起): 自本 X 印发/施行 names its kind as 特此通知 does.
  @Test func aBodyThatSaysFromWhenItHoldsNamesItsKind() throws {
    let guangdong = try Self.parse("guangdong-2018-invalid-documents-decision.txt")
    #expect(guangdong.title == nil && guangdong.genre == .decision && guangdong.genreSource == .body)
  }

  /// jiangsu-yixing-2023: the portal's info rows 内容概况 (the title again) and 主题(一) …体裁 决定 are
  /// labels and values, not titles: the title is the page's heading.
  @Test func summaryAndSubjectRowsOfAnInfoBlockAreNoTitles() throws {
    let yixing = try Self.parse("jiangsu-yixing-2023-bravery-award-decision.txt")
    #expect(yixing.title == "市政府关于授予肖颖等同志见义勇为称号和表彰见义勇为工作先进单位先进工作者的决定")
    #expect(yixing.issuers == ["市政府"])
  }

  // MARK: - Fourth round

  /// beijing-2014: the page's info list is numbered (1. [主题分类] … 6. [发文字号] 政府令〔2014〕259号);
  /// its numbers open no outline, so the title, 文号 and date above the decision are read.
  @Test func aNumberedInfoListIsNoOutline() throws {
    let beijing = try Self.parse("beijing-2014-rules-amendment-decision.txt")
    #expect(beijing.title == "北京市人民政府关于修改《北京市机动车市场管理暂行规定》等13项规章部分条款的决定")
    #expect(beijing.docNumber == "政府令〔2014〕259号" && beijing.date == "2014-07-09" && beijing.genre == .decision)
    #expect(beijing.measures.contains { $0.path == ["一", "1"] && $0.text == "删去第八条。" })
  }

  /// jilin-2016: 吉财教指[2016] 500号, and a signature's date broken after its year (2014 ⏎ 年6月30日,
  /// as printed, though the notice is of 2016).
  @Test func aSpaceInTheNumberAndADateBrokenAfterItsYear() throws {
    let jilin = try Self.parse("jilin-2016-school-equipment-funds-notice.txt")
    #expect(jilin.docNumber == "吉财教指〔2016〕500号")
    #expect(jilin.date == "2014-06-30" && jilin.issuers == ["吉林省财政厅"])
  }

  /// shanxi-linfen-2018: (市环保局牵头,市经信委、市煤炭局配合,各县市区人民政府负责落实) ends with 负责落实,
  /// not 负责; in 临汾市水污染防治2018年行动计划, a year's plan, a goal with no year is that year's,
  /// and the count of sections it is about (8个地表水监测断面) is no goal.
  @Test func aYearsPlanAndRolesThatEndInCarryingOut() throws {
    let linfen = try Self.withManifests("shanxi-linfen-2018-water-pollution-plan.txt")
    let roles = Set(linfen.measures.flatMap(\.departments).map { "\($0.surface) \($0.role.rawValue)" })
    #expect(roles.isSuperset(of: ["市环保局 lead", "市经信委 support", "市煤炭局 support", "各县市区人民政府 responsible"]))
    let quantities = linfen.measures.flatMap(\.commitments)
    let share = try #require(quantities.first { $0.surface == "25%" })
    #expect(share.deadline == "2018" && share.kind == .target)
    let sections = try #require(quantities.first { $0.surface == "8个" })
    #expect(sections.kind != .target)
  }

  /// anhui-2018 (2018年全省民生工作要点): in an item of a year's list of work, a figure that nothing
  /// marks as a fact is one of the year's goals (新技工系统培养3.4万人).
  @Test func aFigureInAYearsListOfWorkIsAGoal() throws {
    let anhui = try Self.parse("anhui-2018-livelihood-work-points.txt")
    let trained = try #require(anhui.measures.flatMap(\.commitments).first { $0.value == 34_000 })
    #expect(trained.kind == .target && trained.deadline == "2018")
  }

  /// tianjin-binhai-2020: 文号 津滨教体[2020]1号 names 天津市 by 津, then 滨海新区 by 滨, the only
  /// district of 天津市 whose name opens with it.
  @Test func theSecondCharacterOfANumberNamesTheDistrict() throws {
    let binhai = try Self.parse("tianjin-binhai-2020-education-sports-work-points.txt")
    #expect(binhai.region.province == "天津市" && binhai.region.county == "滨海新区" && binhai.region.level == .county)
  }

  /// tianjin-jizhou-2024: 天津市蓟州区生态环境保护委员会办公室 ⏎ (区生态环境局代章) ⏎ 2024年5月31日: the
  /// seal's note between the issuer and the date is no issuer, and hides neither.
  @Test func aSealsNoteBetweenTheIssuerAndTheDate() throws {
    let jizhou = try Self.parse("tianjin-jizhou-2024-ecological-civilization-work-plan.txt")
    #expect(jizhou.issuers == ["天津市蓟州区生态环境保护委员会办公室"] && jizhou.date == "2024-05-31")
  }

  /// jilin-2016: 设备购置配备由各地按省教育厅提出的…标准…组织实施: the actor of 由 ends before 按, so
  /// 各地按省教育厅 is no body, and the addressees carry the notice out.
  @Test func anActorEndsBeforeAPreposition() throws {
    let jilin = try Self.withManifests("jilin-2016-school-equipment-funds-notice.txt")
    let names = jilin.measures.flatMap(\.departments).map(\.surface)
    #expect(!names.contains { $0.contains("按") })
    #expect(names.contains("各市(州)县(市)财政局") && names.contains("长白山管委会财政局"))
  }

  /// guizhou-2016 (…少数民族事业发展规划): under 第一章 规划背景 the plan says what was done, and its
  /// figures are facts (人均生产总值24523元, 建成四级航道791公里), though no word of theirs says so.
  @Test func figuresUnderAReviewsHeadingAreFacts() throws {
    let guizhou = try Self.parse("guizhou-2016-ethnic-affairs-13th-five-year-program.txt")
    let quantities = guizhou.measures.flatMap(\.commitments)
    let perHead = try #require(quantities.first { $0.value == 24_523 })
    let waterway = try #require(quantities.first { $0.value == 791 })
    #expect(perHead.kind == .baseline && waterway.kind == .baseline)
  }

  // MARK: - Fifth round

  /// jiangxi-taihe-2022: a page's heading before a colon is not the title (…高新技术企业奖励政策:
  /// 泰和县科技入园奖励资金实施细则(试行)), and a reward's sum is a norm for whoever earns it
  /// (给予 10 万元的一次性奖励), not a sum handed out.
  @Test func aPagesHeadingBeforeAColonAndARewardsSum() throws {
    let taihe = try Self.parse("jiangxi-taihe-2022-science-park-award-rules.txt")
    #expect(taihe.title == "泰和县科技入园奖励资金实施细则(试行)")
    let reward = try #require(taihe.measures.flatMap(\.commitments).first { $0.value == 100_000 })
    #expect(reward.kind == .standard)
  }

  /// xinjiang-gongliu-2020: a title without 关于 broken after a place and a year (巩留县2020年第二批
  /// 脱贫攻坚地方政府 ⏎ 债券项目安排使用情况公示) is one title, though its first line ends like an issuer.
  @Test func aTitleOpeningWithAPlaceAndAYear() throws {
    let gongliu = try Self.parse("xinjiang-gongliu-2020-bond-projects-announcement.txt")
    #expect(gongliu.title == "巩留县2020年第二批脱贫攻坚地方政府债券项目安排使用情况公示")
  }

  /// fujian-xiamen-2019: 责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同): under the rule the
  /// first listed leads and the next supports, and the rule's note is no body.
  @Test func theFirstListedResponsibleBodyLeads() throws {
    let xiamen = try Self.withManifests("fujian-xiamen-2019-business-environment-measures.txt")
    let roles = xiamen.measures.filter { $0.kind == .numbered }.flatMap(\.departments).map { "\($0.surface) \($0.role.rawValue)" }
    #expect(roles.starts(with: ["市发改委 lead", "市财政局 support", "市建设局 lead"]))
  }

  /// chongqing-2017-agricultural-gazetteer: 重庆市农业机械化技术推广总站 ⏎ 2017年7月31日 signs the
  /// notice (a 总站 issues), so its year tells 2010年末…268个 for a fact of the past.
  @Test func aStationSignsAndDatesTheNotice() throws {
    let chongqing = try Self.parse("chongqing-2017-agricultural-gazetteer-materials-notice.txt")
    #expect(chongqing.date == "2017-07-31" && chongqing.issuers == ["重庆市农业机械化技术推广总站"])
    let stations = try #require(chongqing.measures.flatMap(\.commitments).first { $0.value == 268 })
    #expect(stations.kind == .baseline && stations.deadline == nil)
  }

  /// zhejiang-huzhou-2023: the page lost the cover notice's title, so the notice (各区县人民政府,…: ⏎
  /// 《…》已经市政府同意,现印发给你们… ⏎ 湖州市人民政府办公室 ⏎ 2023年3月15日) comes before the first
  /// title; it is the document's text, not the page's chrome, and its addressees carry it out.
  @Test func aCoverNoticeWithoutItsTitleIsText() throws {
    let huzhou = try Self.withManifests("zhejiang-huzhou-2023-work-report-task-division.txt")
    let preamble = huzhou.measures.filter { $0.kind == .preamble }
    #expect(preamble.contains { $0.text.contains("已经市政府同意,现印发给你们") })
    let addressees = preamble.flatMap(\.departments).filter { $0.role == .responsible }.map(\.surface)
    #expect(addressees == ["各区县人民政府", "市府各部门", "市直各单位"])
  }
}
