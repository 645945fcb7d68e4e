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
    let spanning = try #require(TableRowSyntax.group(of: scalars("一、加快基础设施建设\t\t\t\t"), numbered: false))
    #expect(spanning.marker == Marker(style: .cn, label: "一", ordinal: 1))
    #expect((spanning.textStart, spanning.textEnd) == (2, 10))
    let inTaskColumn = try #require(TableRowSyntax.group(of: scalars("\t(二)提升公共服务水平\t\t\t"), numbered: false))
    #expect(inTaskColumn.marker == Marker(style: .cnParen, label: "(二)", ordinal: 2))
    #expect((inTaskColumn.textStart, inTaskColumn.textEnd) == (4, 12))
    #expect(TableRowSyntax.group(of: scalars("第三章 保障措施\t\t"), numbered: false)?.marker?.style == .chapter)
    // Where the 序号 would be, a short heading without a marker: the table numbers it.
    let unmarked = try #require(TableRowSyntax.group(of: scalars("基础设施建设\t\t\t\t"), numbered: true))
    #expect(unmarked.marker == nil && (unmarked.textStart, unmarked.textEnd) == (0, 6))
    #expect(TableRowSyntax.groupMarker(2) == Marker(style: .cn, label: "二", ordinal: 2))
    #expect([10, 11, 20, 35].map { TableRowSyntax.groupMarker($0).label } == ["十", "十一", "二十", "三十五"])
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
      "加强水源地保护,开展水质检测\t\t\t",  // a sentence is a task's
      "建立健全农村供水工程运行管护长效机制和水价形成机制\t\t\t",  // longer than a category heading
      "2025\t\t\t",  // a number
    ]
    #expect(rows.map { TableRowSyntax.group(of: scalars($0), numbered: true) == nil } == Array(repeating: true, count: rows.count))
    // Without a 序号 column the first cell is the task's: only a marker makes a group.
    #expect(TableRowSyntax.group(of: scalars("基础设施建设\t\t\t\t"), numbered: false) == nil)
  }

  @Test func aGroupNeedsATaskRowAfterIt() {
    let group = scalars("一、加快基础设施建设\t\t\t\t")
    let row = scalars("1\t实施农村公路提质改造\t省交通运输厅\t\t2025年底前")
    #expect(TableRowSyntax.isGroup(group, before: row, numbered: true))
    #expect(!TableRowSyntax.isGroup(group, before: nil, numbered: true))
    #expect(!TableRowSyntax.isGroup(group, before: scalars("二、保障措施"), numbered: true))
    #expect(!TableRowSyntax.isGroup(group, before: scalars(Self.header), numbered: true))
    #expect(!TableRowSyntax.isGroup(group, before: scalars("二、提升公共服务水平\t\t\t\t"), numbered: true))
    // An unmarked one needs a numbered row.
    let unmarked = scalars("基础设施建设\t\t\t\t")
    #expect(TableRowSyntax.isGroup(unmarked, before: row, numbered: true))
    #expect(!TableRowSyntax.isGroup(unmarked, before: scalars("\t实施农村公路提质改造\t省交通运输厅\t\t"), numbered: true))
    #expect(TableRowSyntax.isNumbered(header: scalars(Self.header)) && !TableRowSyntax.isNumbered(header: scalars("任务\t责任单位")))
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
    #expect(OutlineDump.render(result.tree.blocks) == """
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

  @Test func unmarkedCategoriesInTheNumberColumnAreNumberedByTheTable() {
    let result = parse("""
      一、任务分工
      \(Self.header)
      基础设施建设\t\t\t\t
      1\t实施农村公路提质改造\t省交通运输厅\t省财政厅\t2025年底前
      公共服务\t\t\t\t
      1\t改善学校办学条件\t省教育厅\t\t2024年底前
      合计\t\t\t\t
      二、保障措施
      """)
    #expect(result.document.measures.map { "\($0.path.joined(separator: "/")) \($0.heading)" } == [
      "一/一/1 实施农村公路提质改造", "一/二/1 改善学校办学条件", "一 ", "二 保障措施",
    ])
    // A last row that no numbered row follows ends the table: text after it.
    #expect(result.document.measures[2].text == "合计")
    #expect(result.tree.blocks[0].children.map(\.title) == ["基础设施建设", "公共服务"])
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
