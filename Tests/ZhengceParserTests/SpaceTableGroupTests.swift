import Testing
import ZhengceCore
@testable import ZhengceParser

/// Group rows (一、强化规划引领) inside a task table laid out with spaces: they
/// come out as rows of their own with one cell, as an HTML spanning cell does,
/// when a row follows them; otherwise the table ends before them.
@Suite struct SpaceTableGroupTests {
  func normalized(_ lines: [String]) -> [String] { TextNormalizer().lines(lines.joined(separator: "\n")).map(\.text) }

  static let header = " 序号             主要任务                 牵头单位        配合单位                  完成时限"
  static let first = "  1      编制全省农村供水保障规划         省水利厅        省财政厅                  2025年6月底前"
  static let second = "  1      加强水源地保护                   省生态环境厅                              长期坚持"

  @Test func aGroupRowBetweenRowsStaysInTheTable() {
    #expect(normalized([Self.header, "", " 一、强化规划引领", Self.first, " 二、加强水源保护", Self.second]) == [
      "序号\t主要任务\t牵头单位\t配合单位\t完成时限",
      "一、强化规划引领\t\t\t\t",
      "1\t编制全省农村供水保障规划\t省水利厅\t省财政厅\t2025年6月底前",
      "二、加强水源保护\t\t\t\t",
      "1\t加强水源地保护\t省生态环境厅\t\t长期坚持",
    ])
  }

  @Test func anUnmarkedCategoryInTheNumberColumnIsAGroupRow() {
    #expect(normalized([Self.header, " 基础设施建设", Self.first, " 水源保护", Self.second, " 合计"]) == [
      "序号\t主要任务\t牵头单位\t配合单位\t完成时限",
      "基础设施建设\t\t\t\t",
      "1\t编制全省农村供水保障规划\t省水利厅\t省财政厅\t2025年6月底前",
      "水源保护\t\t\t\t",
      "1\t加强水源地保护\t省生态环境厅\t\t长期坚持",
      "合计",
    ])
  }

  @Test func aSectionHeadingAfterTheTableEndsIt() {
    // A heading that prose follows, or a new annex, is no group row: the table ends before it.
    #expect(normalized([Self.header, Self.first, "", "    三、保障措施", "    各地要加强组织领导。"]) == [
      "序号\t主要任务\t牵头单位\t配合单位\t完成时限",
      "1\t编制全省农村供水保障规划\t省水利厅\t省财政厅\t2025年6月底前",
      "三、保障措施",
      "各地要加强组织领导。",
    ])
    #expect(normalized([Self.header, Self.first, "附件2", Self.header, Self.second]) == [
      "序号\t主要任务\t牵头单位\t配合单位\t完成时限",
      "1\t编制全省农村供水保障规划\t省水利厅\t省财政厅\t2025年6月底前",
      "附件2",
      "序号\t主要任务\t牵头单位\t配合单位\t完成时限",
      "1\t加强水源地保护\t省生态环境厅\t\t长期坚持",
    ])
    // A group row right before the next table's header is text too.
    #expect(normalized([Self.header, Self.first, " 二、其他任务", Self.header, Self.second])[2] == "二、其他任务")
  }
}
