import Testing
import ZhengceCore
@testable import ZhengceParser
import ZhengceTestSupport

/// Rules found wrong on the sixth hold-out round of Tests/Fixtures/realworld (SOURCES.md,
/// "Sixth round"), asserted on those documents; the values are read from their texts.
@Suite struct HoldOutSixthRoundTests {
  /// shandong-2012: a forum's anti-copy noise after most lines (`) o2 n7 R5 G6 `* Q, x% {8 l关于…`)
  /// hid the title, the signature and the addressees. Without it: the issuer above the flattened
  /// title is part of it, the date before 主题词: on its line signs, and the addressees after the
  /// 文号 on the title's line carry the notice out.
  @Test func aForumsNoiseHidesNothing() throws {
    let shandong = try HoldOutTests.withManifests("shandong-2012-minimum-wage-notice.txt")
    #expect(shandong.title == "山东省人民政府关于公布全省最低工资标准的通知")
    #expect(shandong.docNumber == "鲁政字〔2012〕33号")
    #expect(shandong.issuers == ["山东省人民政府"] && shandong.date == "2012-02-29")
    let first = try #require(shandong.measures.first { $0.path == ["一"] })
    #expect(first.text.hasSuffix("(各市最低工资标准见附件)。"))
    let addressees = shandong.measures.filter { $0.kind == .preamble }.flatMap(\.departments).map(\.surface)
    #expect(addressees.contains("各市人民政府") && addressees.contains("各县(市、区)人民政府"))
    // 月最低工资标准分为3类:1240元、1100元、950元: the norm before the colon covers the list.
    let wages = first.commitments.filter { [1240, 1100, 950].contains($0.value) }
    #expect(wages.count == 3 && wages.allSatisfy { $0.kind == .standard })
  }

  /// Noise needs letters, punctuation and digits in short pieces; lists and figures are text.
  @Test func noiseIsTellableFromText() {
    let noise = JammerText.noise(in: Array("现公布如下:3 e3 s& |$ K9 t% Y".unicodeScalars))
    #expect(noise == [6..<24])
    let colon = JammerText.noise(in: Array("各高等学校:4 G7 u$ T9 S( T P".unicodeScalars))
    #expect(colon == [6..<23])
    for text in ["选项 A. B. C. D. E.", "网格 A1 B2 C3 D4 E5", "分别为 12 15 18 20 25", "(a) (b) (c) (d) (e)"] {
      #expect(JammerText.noise(in: Array(text.unicodeScalars)).isEmpty, "\(text)")
    }
  }

  /// jiangsu-changzhou-2006: the letterhead (常州市建设局 ⏎ 常州市财政局 ⏎ 常 建〔2006〕40号) names the
  /// issuers of a notice signed with a date alone, and the spread code is one 文号.
  @Test func aLetterheadNamesTheIssuers() throws {
    let changzhou = try HoldOutTests.parse("jiangsu-changzhou-2006-village-construction-funds-notice.txt")
    #expect(changzhou.issuers == ["常州市建设局", "常州市财政局"])
    #expect(changzhou.docNumber == "常建〔2006〕40号")
    #expect(changzhou.date == "2006-02-08")
  }

  /// national-2016: a task table flattened with one space between cells (序号 工 作 任 务 牵头负责部门
  /// ⏎ 1 居民消费价格涨幅3%左右 发展改革委): each row's body leads, and the year's list dates its goals.
  @Test func aTableFlattenedWithSingleSpaces() throws {
    let table = try HoldOutTests.withManifests("national-2016-work-report-quantitative-targets-task-division.txt")
    let rows = table.measures.filter { $0.text.contains("\t") }
    #expect(rows.count == 10)
    let jobs = try #require(rows.first { $0.text.contains("城镇新增就业") })
    #expect(jobs.departments.map { "\($0.surface) \($0.role.rawValue)" } == ["人力资源社会保障部 lead"])
    let railway = try #require(rows.flatMap(\.commitments).first { $0.value == 800_000_000_000 })
    #expect(railway.kind == .target && railway.comparator == .atLeast && railway.deadline == "2016")
    let fibre = try #require(rows.flatMap(\.commitments).first { $0.value == 50_000 })
    #expect(fibre.kind == .target && fibre.deadline == "2016")
  }

  /// shanxi-changzhi-2026: a notice that lists the document it issues as its annex (附件:2026年…清单)
  /// and ends at its signature holds the notice alone: the notice's title is the title.
  @Test func aNoticeWhoseAnnexWasNotKept() throws {
    let changzhi = try HoldOutTests.parse("shanxi-changzhi-2026-work-report-task-list-notice.txt")
    #expect(changzhi.title == "长治市人民政府办公室关于印发2026年市政府工作报告重点目标任务清单的通知")
    #expect(changzhi.noticeTitle == nil)
  }

  /// national-2024 (Traditional): a title opening with a span of years (2024—2025年…行动方案) is a title.
  @Test func aTitleOpeningWithASpanOfYears() throws {
    let plan = try HoldOutTests.parse("national-2024-energy-saving-carbon-plan-trad.txt")
    #expect(plan.title == "2024—2025年節能降碳行動方案")
  }

  /// guangxi-xingning-2020: the page drops 年, 月, 日, 〕 and 号 but keeps digits: 南兴府办函〔202058 is
  /// 南兴府办函〔2020〕58号 and the signature's 202091 is 2020年9月1日.
  @Test func aDocNumberWithoutItsClosingMarks() throws {
    let xingning = try HoldOutTests.parse("guangxi-xingning-2020-business-environment-plan.txt")
    #expect(xingning.docNumber == "南兴府办函〔2020〕58号")
    #expect(xingning.date == "2020-09-01")
    #expect(DocNumberScanner.withoutClosingMarks(Array("南兴府办函〔2020".unicodeScalars)) == nil)
  }

  /// qinghai-hainanzhou-2024: 到2025年底前,…。…90%的乡镇卫生院达到服务能力推荐标准: a paragraph opened by
  /// a limit to come sets goals for its later sentences too.
  @Test func aLimitOpeningTheParagraphSetsItsGoals() throws {
    let hainanzhou = try HoldOutTests.parse("qinghai-hainanzhou-2024-county-medical-community-plan.txt")
    let clinics = try #require(hainanzhou.measures.flatMap(\.commitments).first { $0.surface == "90%" })
    #expect(clinics.kind == .target && clinics.deadline == "2025-12-31")
  }

  /// guangxi-xingning-2020 (开办企业0.5个工作日内完成 in (一)): among a year's plan's goals, a time to
  /// reach is one of them; a time limit to keep (5个工作日内办结) stays a norm. The rule is shown on a
  /// plan of the same shape, as xingning's title puts its place between the year and 实施方案.
  @Test func aTimeToReachAmongTheGoals() {
    let text = "2020年优化营商环境工作方案\n\n一、目标任务\n\n(一)开办企业。开办企业0.5个工作日内完成。\n\n(二)审批。审批事项5个工作日内办结。\n"
    let parsed = TitleChoiceTests.parse(text)
    let times = parsed.measures.flatMap(\.commitments)
    #expect(times.map(\.kind) == [.target, .standard])
    #expect(times.first?.deadline == "2020")
  }

  /// shaanxi-tongchuan-2025: 促消费活动150场次 counts sessions in 场次.
  @Test func sessionsAreCountedInChangci() throws {
    let tongchuan = try HoldOutTests.parse("shaanxi-tongchuan-2025-work-report-task-division.txt")
    let events = try #require(tongchuan.measures.flatMap(\.commitments).first { $0.value == 150 })
    #expect(events.unit == "场次" && events.subject == "促消费活动")
  }
}
