import Testing
import ZhengceCore
@testable import ZhengceParser
import ZhengceTestSupport

/// Category rows in a task table (一、加快基础设施建设 spanning the table): which
/// rows are groups, and how the rows below them nest in the outline.
@Suite struct TaskTableGroupTests {
  func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

  func parse(_ text: String) -> ParseResult {
    Parser(registry: Departments.registry).parse(SourceText(path: "t.txt", format: .text, encoding: .utf8, sha256: "", text: text))
  }

  static let header = "序号\t主要任务\t牵头单位\t配合单位\t完成时限"

  @Test func aCategoryInOneCellIsAGroup() throws {
    let spanning = try #require(TaskTable.group(of: scalars("一、加快基础设施建设\t\t\t\t")))
    #expect(spanning.marker == Marker(style: .cn, label: "一", ordinal: 1))
    #expect((spanning.textStart, spanning.textEnd) == (2, 10))
    let inTaskColumn = try #require(TaskTable.group(of: scalars("\t(二)提升公共服务水平\t\t\t")))
    #expect(inTaskColumn.marker == Marker(style: .cnParen, label: "(二)", ordinal: 2))
    #expect((inTaskColumn.textStart, inTaskColumn.textEnd) == (4, 12))
    #expect(TaskTable.group(of: scalars("第三章 保障措施\t\t")).map(\.marker.style) == .chapter)
  }

  @Test func rowsOfTasksNumbersAndOtherMarkersAreNoGroups() {
    let rows = [
      "1\t一是加强水源保护,二是健全管护机制\t省水利厅\t\t2025年底前",  // a task whose text starts with 一是
      "5\t\t\t\t",  // a number alone
      "\t加强水源保护\t\t\t",  // a row whose other cells happen to be empty
      "3\t一、加强水源保护\t\t\t",  // a number and a task: two cells
      "\t一、加强水源保护\t省水利厅\t\t",  // a task in the 一、 form with its department
      "附件2\t\t\t",  // an annex ends the table
      "第三条 有关要求\t\t",  // so does an article
      "1.加强水源保护\t\t\t",  // arabic items are tasks
      "一、\t\t\t",  // a marker without a heading
      "一、加快基础设施建设",  // a line without cells
    ]
    #expect(rows.map { TaskTable.group(of: scalars($0)) == nil } == Array(repeating: true, count: rows.count))
  }

  @Test func aGroupNeedsATaskRowAfterIt() {
    let group = scalars("一、加快基础设施建设\t\t\t\t")
    #expect(TaskTable.isGroup(group, before: scalars("1\t实施农村公路提质改造\t省交通运输厅\t\t2025年底前")))
    #expect(!TaskTable.isGroup(group, before: nil))
    #expect(!TaskTable.isGroup(group, before: scalars("二、保障措施")))
    #expect(!TaskTable.isGroup(group, before: scalars(Self.header)))
    #expect(!TaskTable.isGroup(group, before: scalars("二、提升公共服务水平\t\t\t\t")))
  }

  @Test func rowsNestUnderTheirGroupsNumberedOnOrAfresh() {
    let result = parse("""
      一、任务分工
      \(Self.header)
      一、加快基础设施建设\t\t\t\t
      1\t实施农村公路提质改造\t省交通运输厅\t省财政厅\t2025年底前
      2\t推进农村供水建设\t省水利厅\t\t长期坚持
      \t二、提升公共服务水平\t\t\t
      3\t改善学校办学条件\t省教育厅\t省财政厅\t2024年底前
      二、保障措施
      加强组织领导。
      """)
    #expect(OutlineDump.render(result.outline.blocks) == """
      document
      ├─ 一 "任务分工"
      │  ├─ 一 "加快基础设施建设"
      │  │  ├─ 1 "实施农村公路提质改造"
      │  │  └─ 2 "推进农村供水建设"
      │  └─ 二 "提升公共服务水平"
      │     └─ 3 "改善学校办学条件"
      └─ 二 "保障措施"
      """)
    let measures = result.document.measures
    #expect(measures.map { $0.path.joined(separator: "/") } == ["一/一/1", "一/一/2", "一/二/3", "二"])
    #expect(measures[2].departments.map { "\($0.name) \($0.role.rawValue)" } == ["省教育厅 lead", "省财政厅 support"])
    #expect(measures.map { $0.due?.text ?? "-" } == ["2025年底前", "长期坚持", "2024年底前", "-"])
  }

  @Test func unnumberedRowsAreNumberedAfreshInEachGroup() {
    let result = parse("一、分工\n任务\t责任单位\n(一)产业\t\n建设产业基地\t县农业农村局\n(二)就业\t\n开展技能培训\t县人社局\n组织劳务输出\t县人社局")
    #expect(result.document.measures.map { $0.path.joined(separator: "/") } == ["一/(一)/1", "一/(二)/1", "一/(二)/2"])
    #expect(result.document.measures.map(\.heading) == ["建设产业基地", "开展技能培训", "组织劳务输出"])
  }

  @Test func aGroupRowThatNoTaskFollowsEndsTheTable() {
    let result = parse("""
      一、任务分工
      \(Self.header)
      1\t实施农村公路提质改造\t省交通运输厅\t省财政厅\t2025年底前
      二、保障措施\t\t\t\t
      加强组织领导。
      """)
    #expect(result.document.measures.map { "\($0.path.joined(separator: "/")) \($0.heading)" } == ["一/1 实施农村公路提质改造", "二 保障措施"])
    #expect(result.document.measures[1].text == "保障措施\n加强组织领导。")
  }

  @Test func aCategoryRowBeforeTheNextTablesHeaderIsText() {
    let lines = TextNormalizer().lines("""
      \(Self.header)
      1\t实施农村公路提质改造\t省交通运输厅\t省财政厅\t2025年底前
      二、其他任务\t\t\t\t
      \(Self.header)
      1\t改善学校办学条件\t省教育厅\t\t2024年底前
      """)
    #expect(lines.map(\.text)[2] == "二、其他任务")
  }
}
