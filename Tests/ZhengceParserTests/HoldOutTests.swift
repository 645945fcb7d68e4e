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
}
