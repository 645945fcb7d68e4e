import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Rules found wrong on the seventh hold-out round of Tests/Fixtures/realworld (SOURCES.md,
/// "Seventh round") and on a text the page flattened, asserted on those documents; the values
/// are read from their texts.
@Suite struct HoldOutSeventhRoundTests {
  /// chongqing-2017-mechanization: 增1.5个百分点以上的得1.5分 is a score in 分, the scoring rule's norm;
  /// shandong-linyi-2025: 10时00分至10时20分 is a time of day, no quantity.
  @Test func scoresAreCountedInFenAndMinutesOfTheClockAreNot() throws {
    let scoring = try HoldOutTests.parse("chongqing-2017-mechanization-level-report-notice.txt")
    let points = scoring.measures.flatMap(\.commitments).filter { $0.unit == "分" }
    #expect(points.map(\.value) == [1.5, 0.5])
    #expect(points.allSatisfy { $0.kind == .standard })
    let siren = try HoldOutTests.parse("shandong-linyi-2025-air-raid-siren-announcement.txt")
    #expect(!siren.measures.flatMap(\.commitments).contains { $0.unit == "分" })
  }

  /// zhejiang-ruian-2012: 优秀得票率在90%及以上的,得满分200分;…在80%(含)-90%的,得190分: a threshold that
  /// earns a score is the scoring rule's norm. sichuan-dachuan-2024: 按1%提取项目管理费 is a rate of the
  /// funds it is taken from. henan-yanjin-2021: 预计安排资金500万元 is money to hand out, planned.
  @Test func thresholdsThatEarnScoresRatesAndPlannedSums() throws {
    let ruian = try HoldOutTests.parse("zhejiang-ruian-2012-cadre-performance-scoring-assessment.txt")
    let shares = ruian.measures.flatMap(\.commitments).filter { $0.unit == "%" && [90, 80, 70].contains($0.value) }
    #expect(shares.count >= 3 && shares.allSatisfy { $0.kind == .standard })
    let dachuan = try HoldOutTests.parse("sichuan-dachuan-2024-linkage-funds-announcement.txt")
    let fee = try #require(dachuan.measures.flatMap(\.commitments).first { $0.surface.hasPrefix("1%") })
    #expect(fee.kind == .standard)
    let yanjin = try HoldOutTests.parse("henan-yanjin-2021-linkage-funds-projects-announcement.txt")
    let planned = try #require(yanjin.measures.flatMap(\.commitments).first { $0.value == 5_000_000 && $0.surface.hasPrefix("500") })
    #expect(planned.kind == .allocation && planned.deadline == nil)
  }

  /// hunan-xupu-2025: 其中产业发展项目352个,11098万元: the sum after a count of things is what those
  /// things cost. qinghai-minhe-2016 (round 6): 每人每月增加15元,由125元提高到140元 raises a norm.
  @Test func aSumAfterACountAndARaisedNorm() throws {
    let xupu = try HoldOutTests.parse("hunan-xupu-2025-support-funds-project-plan-notice.txt")
    let industry = try #require(xupu.measures.flatMap(\.commitments).first { $0.value == 110_980_000 })
    #expect(industry.subject == "产业发展项目")
    let minhe = try HoldOutTests.parse("qinghai-minhe-2016-basic-pension-funds-notice.txt")
    let pension = try #require(minhe.measures.flatMap(\.commitments).first { $0.value == 140 })
    #expect(pension.kind == .standard && pension.comparator == .to && pension.from == 125)
  }

  /// shanghai-qingpu-2012: a page tool's label alone on its line (字号, 打印) takes no value: the
  /// title under it (青浦区司法局2012年机关目标管理考核办法) is the title.
  @Test func aPageToolsLabelTakesNoValue() throws {
    let qingpu = try HoldOutTests.parse("shanghai-qingpu-2012-justice-bureau-target-assessment.txt")
    #expect(qingpu.title == "青浦区司法局2012年机关目标管理考核办法")
    #expect(qingpu.genre == .assessment)
  }

  /// hainan-2025: a title broken before its kind and notes (海南省深化推进全域“无废岛”建设工作 ⏎
  /// 方案(2025—2027年)(征求意见稿)) is one title; the draft's note is a version note, left out as
  /// (修订) is. henan-2010: a document-sharing page's file name loses its extension (….docx), and
  /// its 上传时间 dates the page.
  @Test func aTitleBrokenBeforeItsKindAndAFileName() throws {
    let hainan = try HoldOutTests.parse("hainan-2025-zero-waste-island-work-plan-draft.txt")
    #expect(hainan.title == "海南省深化推进全域“无废岛”建设工作方案(2025—2027年)")
    let henan = try HoldOutTests.parse("henan-2010-city-fine-management-assessment.txt")
    #expect(henan.title == "河南省城市精细化管理考核项目及评分标准")
    #expect(henan.date == "2023-02-06")
  }

  /// heilongjiang-daqing-2007: a law database's line naming the body again (黑龙江省大庆市人民政府)
  /// above a title that opens with it (大庆市人民政府关于印发…) is not a second issuer.
  @Test func aBodyNamedAgainAboveTheTitleIsNoSecondIssuer() throws {
    let daqing = try HoldOutTests.parse("heilongjiang-daqing-2007-mayor-special-award-rules.txt")
    #expect(daqing.noticeTitle == "大庆市人民政府关于印发《大庆市市长特别奖奖励暂行办法》的通知")
    #expect(daqing.issuers == ["大庆市人民政府"])
  }

  /// hubei-2022 (round 4): a page that lost its line breaks runs notice, title and headings into one
  /// paragraph (…提出如下实施意见。一、总体要求…。到2025年:(一)城乡环境面貌全面改善——…建成5000个
  /// 美丽乡村示范村。(二)…): its headings are found where sentences end, and 到2025年: closing 一's own
  /// text dates the goals of the items under it.
  @Test func aFlattenedTextKeepsItsOutline() throws {
    let hubei = try HoldOutTests.parse("hubei-2022-patriotic-health-campaign-opinions.txt")
    #expect(hubei.measures.map(\.path).filter { $0.first == "一" } == [["一"], ["一", "(一)"], ["一", "(二)"]])
    let villages = try #require(hubei.measures.flatMap(\.commitments).first { $0.value == 5000 })
    #expect(villages.kind == .target && villages.deadline == "2025")
    let literacy = try #require(hubei.measures.flatMap(\.commitments).first { $0.value == 30 })
    #expect(literacy.deadline == "2025")
  }
}
