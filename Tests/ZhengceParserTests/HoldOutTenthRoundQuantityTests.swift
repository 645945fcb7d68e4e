import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Quantities found wrong on the tenth hold-out round (SOURCES.md, "Tenth round") and, with
/// the same rules, on documents of earlier rounds; the values are read from their texts.
@Suite struct HoldOutTenthRoundQuantityTests {
  private static func commitments(_ name: String) throws -> [Commitment] {
    try HoldOutTests.parse(name).measures.flatMap(\.commitments)
  }

  /// xizang-lasa-2018: 今年经济社会发展的主要预期目标是:… in a report whose opening says 2018年是…开局之年
  /// is due in 2018; hainan-haikou-2013: 2013年海口经济社会发展的主要预期目标为:…;… dates every item of
  /// the list; 承上启下的关键一年 is no span of a year.
  @Test func goalsOfTheReportsYear() throws {
    let lasa = try Self.commitments("xizang-lasa-2018-work-report-targets.txt")
    let growth = try #require(lasa.first { $0.value == 16 && $0.unit == "%" })
    #expect(growth.kind == .target && growth.deadline == "2018" && growth.subject == "全社会固定资产投资")
    #expect(!lasa.contains { $0.unit == "年" && $0.value == 1 })
    let haikou = try Self.commitments("hainan-haikou-2013-work-report-targets-trad.txt")
    #expect(haikou.first { $0.value == 23 && $0.unit == "%" }?.deadline == "2013")
  }

  /// qinghai-guoluo-2023: 全社会固定资产投资79.82亿元,同比增长31.8%: figures compared with the year
  /// before are facts, and 同比 is no subject; jilin-changchun-2025: Latin abbreviations stay in
  /// the subject (CPI涨幅, 单位GDP能耗).
  @Test func statisticsAndTheirSubjects() throws {
    let guoluo = try Self.commitments("qinghai-guoluo-2023-work-report-targets.txt")
    let investment = try #require(guoluo.first { abs($0.value - 7_982_000_000) < 1 })
    #expect(investment.kind == .baseline && investment.subject == "全社会固定资产投资")
    let change = try #require(guoluo.first { $0.value == 31.8 })
    #expect(change.kind == .baseline && change.subject == "全社会固定资产投资")
    let changchun = try Self.commitments("jilin-changchun-2025-work-report-targets.txt")
    #expect(changchun.filter { $0.value == 2 && $0.unit == "%" }.map(\.subject) == ["CPI涨幅", "单位GDP能耗"])
  }

  /// neimenggu-alashanyouqi-2023: 每千人口拥有执业(助理)医师数达到3.9人 is per thousand people, and
  /// what it counts is the doctors.
  @Test func perThousandPeople() throws {
    let youqi = try Self.commitments("neimenggu-alashanyouqi-2023-14th-five-year-task-division.txt")
    let doctors = try #require(youqi.first { $0.value == 3.9 })
    #expect(doctors.per == "每千人口" && doctors.subject == "执业(助理)医师数")
  }

  /// Earlier rounds, the same rules: 以奖代补 and 对口 are words, and 各奖励 gives what follows
  /// (liaoning-panjin-2010, tianjin-2019); what a sum includes follows 含 (shaanxi-zhenan-2019);
  /// 按…的1%给予奖励 pays a reward, a rate of its base (qinghai-datong-2011).
  @Test func subjectsOfEarlierRounds() throws {
    let panjin = try Self.commitments("liaoning-panjin-2010-dayu-cup-decision.txt")
    #expect(panjin.first { $0.value == 150_000 }?.subject == "以奖代补资金")
    let tibetAid = try Self.commitments("tianjin-2019-tibet-aid-funds-notice.txt")
    #expect(tibetAid.first { $0.value == 45_010_000 }?.subject == "对口支援资金")
    let zhenan = try Self.commitments("shaanxi-zhenan-2019-assistance-funds-project-plan-notice.txt")
    #expect(zhenan.first { $0.value == 1_000_000 }?.subject == "定点帮扶资金")
    let datong = try Self.commitments("qinghai-datong-2011-investment-reward-rules.txt")
    let rewards = datong.filter { $0.unit == "%" }
    #expect(rewards.count == 7 && rewards.allSatisfy { $0.subject == "奖励" })
  }

  /// shanxi-qinxian-2025: 明确133项具体任务,涉及34个牵头单位 counts what the work is divided into,
  /// handed out though 任务 is a word of promise; 附件:1.2025年县…任务清单 is a list number and a year.
  @Test func theWorkDividedAndAListedYear() throws {
    let qinxian = try Self.commitments("shanxi-qinxian-2025-work-report-task-division.txt")
    let tasks = try #require(qinxian.first { $0.value == 133 })
    #expect(tasks.kind == .allocation && tasks.subject == "具体任务")
    #expect(qinxian.first { $0.value == 34 }?.kind == .allocation)
    #expect(!qinxian.contains { $0.unit == "年" })
  }
}
