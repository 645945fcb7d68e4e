import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Rules found wrong on the ninth hold-out round of Tests/Fixtures/realworld (SOURCES.md,
/// "Ninth round"), asserted on those documents; the values are read from their texts.
@Suite struct HoldOutNinthRoundTests {
  /// liaoning-anshan-2023: a portal's record labels its fields 信息名称 and 文  号 without colons;
  /// the name is the notice's title, and the spread label's 号 is no part of the 文号.
  @Test func aPortalsRecordWithSpreadLabels() throws {
    let anshan = try HoldOutTests.parse("liaoning-anshan-2023-work-report-task-division.txt")
    #expect(anshan.noticeTitle == "鞍山市人民政府关于印发《2023年市〈政府工作报告〉任务分解和责任分工方案》的通知")
    #expect(anshan.docNumber == "鞍政发〔2023〕1号")
    #expect(anshan.date == "2023-01-29")
  }

  /// hebei-2019: 月最低工资标准四档分别为1900元、1790元、1680元、1580元: the figures listed after the
  /// first share its subject, and 分别 is no part of it. hainan-2018: 将现行最低工资标准提高240元
  /// measures the minimum wage (现行 says which one).
  @Test func aListOfFiguresSharesItsSubject() throws {
    let hebei = try HoldOutTests.parse("hebei-2019-minimum-wage-notice.txt")
    let monthly = hebei.measures.flatMap(\.commitments).filter { $0.value >= 1000 }
    #expect(monthly.map(\.value) == [1900, 1790, 1680, 1580])
    #expect(Set(monthly.map(\.subject)).count == 1 && monthly.first?.subject?.hasPrefix("月最低工资标准") == true)
    let hourly = hebei.measures.flatMap(\.commitments).filter { $0.value < 100 && $0.unit == "元" }
    #expect(hourly.map(\.subject) == Array(repeating: "小时最低工资标准", count: 4))
    let hainan = try HoldOutTests.parse("hainan-2018-minimum-wage-notice.txt")
    #expect(hainan.measures.flatMap(\.commitments).first { $0.value == 240 }?.subject == "最低工资标准")
  }

  /// guangxi-2024: 其中,南宁市274户,柳州市369户,… hands the region's 4894 households out city by city:
  /// each is an allocation, though no colon opens the list.
  @Test func aBreakdownByPlaceAfterQiZhong() throws {
    let guangxi = try HoldOutTests.parse("guangxi-2024-rural-dilapidated-housing-plan.txt")
    let shares = guangxi.measures.flatMap(\.commitments).filter { $0.unit == "户" && $0.value < 4894 }
    #expect(shares.count == 14 && shares.allSatisfy { $0.kind == .allocation })
    #expect(shares.first.map { ($0.subject, $0.value) }.map { $0 == "南宁市" && $1 == 274 } == true)
    let total = try #require(guangxi.measures.flatMap(\.commitments).first { $0.value == 4894 })
    #expect(total.subject == "农村危房改造任务")
  }
}
