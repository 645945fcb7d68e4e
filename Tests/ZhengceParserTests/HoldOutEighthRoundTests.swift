import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Rules found wrong on the eighth hold-out round of Tests/Fixtures/realworld (SOURCES.md,
/// "Eighth round"), asserted on those documents; the values are read from their texts.
@Suite struct HoldOutEighthRoundTests {
  /// national-2023-city-medical-group: forum noise without digits (`* j- l, J: F+ X: x& u c' e( h j( c`)
  /// hid the last of six signing offices; the list the notice issues is only a heading after the
  /// signature, so the notice is the document; its addressees run on into its first sentence.
  @Test func aForumRepostOfANoticeWhoseListWasNotKept() throws {
    let notice = try HoldOutTests.withManifests("national-2023-city-medical-group-pilot-list-notice.txt")
    #expect(notice.title == "关于印发紧密型城市医疗集团试点城市名单的通知")
    #expect(notice.noticeTitle == nil)
    #expect(notice.issuers == ["国家卫生健康委办公厅", "国家发展改革委办公厅", "财政部办公厅", "人力资源社会保障部办公厅", "国家中医药局综合司", "国家疾控局综合司"])
    #expect(notice.region.level == .national)
    let addressed = notice.measures.flatMap(\.departments).filter { $0.role == .responsible }.map(\.surface)
    #expect(addressed.contains("中医药局") && addressed.contains("疾控局"))
  }

  /// hainan-qionghai-2022: a letterhead spread one character apart (琼 海 市 人 民 政 府) names one
  /// issuer; 距离林业用地边缘100米范围内 bounds the zone the ban covers, a norm.
  @Test func aSpreadLetterheadAndADistanceThatBoundsAZone() throws {
    let qionghai = try HoldOutTests.parse("hainan-qionghai-2022-forest-fire-ban-announcement.txt")
    #expect(qionghai.issuers == ["琼海市人民政府"])
    let margin = try #require(qionghai.measures.flatMap(\.commitments).first { $0.unit == "米" })
    #expect(margin.value == 100 && margin.kind == .standard)
    let basu = try HoldOutTests.parse("xizang-basu-2026-fireworks-sang-offering-announcement.txt")
    #expect(basu.measures.flatMap(\.commitments).filter { $0.unit == "米" }.map(\.kind) == [.standard, .standard])
  }

  /// anhui-wuhu-2006: 并可处以300元罚款 sets a fine, a norm; 经济技术开发区、长江大桥开发区管委会 is one
  /// addressee (the place before 、 shares the body's ending), as guangxi-nanning-2016's
  /// 市直各事业、企业单位 is, while 各乡镇人民政府、国营农场、街道办事处 stays three.
  @Test func finesAreNormsAndAddresseesShareAnEnding() throws {
    let wuhu = try HoldOutTests.withManifests("anhui-wuhu-2006-city-appearance-rectification-announcement.txt")
    let fines = wuhu.measures.flatMap(\.commitments).filter { $0.unit == "元" }
    #expect(fines.map(\.value) == [300, 25, 50, 25, 50, 1000, 50, 2000, 30])
    #expect(fines.allSatisfy { $0.kind == .standard })
    #expect(wuhu.measures.flatMap(\.departments).contains { $0.surface == "经济技术开发区、长江大桥开发区管委会" && $0.role == .responsible })
    let nanning = try HoldOutTests.withManifests("guangxi-nanning-2016-district-boundary-notice.txt")
    #expect(nanning.measures.flatMap(\.departments).contains { $0.surface == "市直各事业、企业单位" })
    let jianping = try HoldOutTests.withManifests("liaoning-jianping-2022-open-government-work-points.txt")
    #expect(jianping.measures.flatMap(\.departments).contains { $0.surface == "街道办事处" })
  }

  /// hebei-hengshui-2021: 进行3天2次核酸检测 and 每7天进行一次核酸检测 say how often, a norm.
  @Test func howOftenOverASpanIsANorm() throws {
    let hengshui = try HoldOutTests.parse("hebei-hengshui-2021-epidemic-returnee-measures-notice.txt")
    let tests = hengshui.measures.flatMap(\.commitments).filter { $0.unit == "次" }
    #expect(tests.map(\.value) == [2, 1])
    #expect(tests.allSatisfy { $0.kind == .standard && $0.subject == "核酸检测" })
  }

  /// national-2020-yangtze-delta: 生态环境部 leads thirteen co-signers, four of them provincial
  /// governments: the plan is national.
  @Test func aMinistryLeadingProvincesIsNational() throws {
    let plan = try HoldOutTests.parse("national-2020-yangtze-delta-autumn-winter-air-plan.txt")
    #expect(plan.issuers.first == "生态环境部" && plan.issuers.contains("上海市人民政府"))
    #expect(plan.region.level == .national && plan.region.province == nil)
  }

  /// national-2021-compulsory-education: the 文号's line dates the page ([财教〔2021〕175号]  [2021-09-26]);
  /// under 单位:万元 a row runs its label into its figure (河北10683, 内蒙古2043: an amount, not a year).
  /// guangxi-nanning-2016: 南府办〔2016〕40 号 is a 文号 with a space before 号.
  @Test func aMinistrysPageAndItsTable() throws {
    let funds = try HoldOutTests.parse("national-2021-compulsory-education-funds-notice.txt")
    #expect(funds.docNumber == "财教〔2021〕175号" && funds.date == "2021-09-26")
    let rows = funds.measures.flatMap(\.commitments).filter { $0.kind == .allocation }
    #expect(rows.first { $0.subject == "河北" }?.value == 106_830_000)
    #expect(rows.first { $0.subject == "内蒙古" }?.value == 20_430_000)
    #expect(rows.first { $0.subject == "合计" }?.value == 3_034_950_000)
    // 支出列“205教育支出”: a budget code in quotes, no quantity.
    #expect(!funds.measures.flatMap(\.commitments).contains { $0.value == 205 })
    let nanning = try HoldOutTests.parse("guangxi-nanning-2016-district-boundary-notice.txt")
    #expect(nanning.docNumber == "南府办〔2016〕40号")
  }

  /// anhui-2022: items numbered with a small full stop (1﹒全省生产总值增长7%以上) are items 1, 2, …;
  /// 固定资产投资力争增长10%以上: the subject ends before the change. The meeting's number
  /// (省十三届人大五次会议) is no quantity.
  @Test func smallFormsNumberItemsAndChangesEndSubjects() throws {
    let anhui = try HoldOutTests.parse("anhui-2022-key-work-task-division-forum.txt")
    let first = try #require(anhui.measures.first { $0.path == ["一", "1"] })
    #expect(first.commitments.map(\.value) == [7])
    let second = try #require(anhui.measures.first { $0.path == ["一", "2"] })
    #expect(second.commitments.first?.subject == "固定资产投资")
    #expect(!anhui.measures.flatMap(\.commitments).contains { $0.unit == "次" })
  }

  /// tianjin-2021 (Traditional): 單位地區生產總值能耗降低3.7% measures the energy used, and
  /// 成立100周年 is an anniversary. guangxi-nanning-2016: 界线比原界线缩短了约 700 米 measures the
  /// boundary. national-2022-green-transport: under 一、规划基础 (一)发展成效, 现有LNG动力船舶290余艘 is
  /// a fact.
  @Test func subjectsEndBeforeTheChangeOrTheComparison() throws {
    let tianjin = try HoldOutTests.parse("tianjin-2021-state-council-work-report-task-division-trad.txt")
    let energy = try #require(tianjin.measures.flatMap(\.commitments).first { $0.value == 3.7 })
    #expect(energy.subject == "單位地區生產總值能耗")
    #expect(!tianjin.measures.flatMap(\.commitments).contains { $0.value == 100 })
    let nanning = try HoldOutTests.parse("guangxi-nanning-2016-district-boundary-notice.txt")
    #expect(nanning.measures.flatMap(\.commitments).first { $0.value == 700 }?.subject == "界线")
    let transport = try HoldOutTests.parse("national-2022-green-transport-14th-five-year-program.txt")
    let ships = try #require(transport.measures.flatMap(\.commitments).first { $0.unit == "艘" })
    #expect(ships.value == 290 && ships.comparator == .above && ships.kind == .baseline)
  }

  /// shanghai-qingpu-2012 (round 7): 思想作风(15分): a score in brackets is for the words before them.
  @Test func aScoreInBracketsIsForTheWordsBefore() throws {
    let qingpu = try HoldOutTests.parse("shanghai-qingpu-2012-justice-bureau-target-assessment.txt")
    let manner = try #require(qingpu.measures.flatMap(\.commitments).first { $0.value == 15 && $0.unit == "分" })
    #expect(manner.subject == "思想作风")
  }
}
