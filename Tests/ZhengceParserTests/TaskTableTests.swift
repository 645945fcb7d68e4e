import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Task-division tables (任务分工表) as TAB-separated rows: cells survive
/// normalisation, and each row under a header naming a department column is a
/// measure whose departments come from the columns.
@Suite struct TaskTableTests {
  func parse(_ text: String) -> ParseResult {
    Parser(registry: Departments.registry).parse(SourceText(path: "t.txt", format: .text, encoding: .utf8, sha256: "", text: text))
  }

  @Test func cellsKeepTheirTabsAndIndentationGoes() {
    let lines = TextNormalizer().lines("序号 \t 任务\t\t牵头单位\t\n\t加强饮水安全\t省水利厅\n\t 一、总体要求\n省 财政厅")
    #expect(lines.map(\.text) == ["序号\t任务\t\t牵头单位", "\t加强饮水安全\t省水利厅", "一、总体要求", "省财政厅"])
  }

  /// A file that is only its table (an annex's 任务分工表 saved alone): the body
  /// starts at the header, so its rows are measures, not head lines.
  @Test func aDocumentThatIsItsTableHasItsRowsAsMeasures() throws {
    let result = parse("""
      重点任务分工表
      序号\t重点任务\t牵头单位\t配合单位\t完成时限
      1\t完善低保制度\t省民政厅\t省财政厅\t2020年底
      2\t加强饮水安全\t省水利厅\t\t长期坚持
      """)
    #expect(result.document.measures.map(\.path) == [["1"], ["2"]])
    #expect(result.document.measures.map { $0.departments.map(\.summary) } == [["省民政厅/lead", "省财政厅/support"], ["省水利厅/lead"]])
    #expect(result.document.measures.map(\.due?.text) == ["2020年底", "长期坚持"])
    let table = try #require(result.tree.tables.first)
    #expect(table.header.map(\.text) == ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"])
    #expect(table.header.map(\.column) == [.number, nil, .departments, .departments, .due])
    #expect(table.rows.map(\.cells.count) == [5, 5])
  }

  @Test func rowsUnderAHeaderAreMeasuresWithColumnRoles() throws {
    let result = parse("""
      一、总体要求
      坚持问题导向。
      二、任务分工
      各地要按分工抓好落实。
      序号\t重点任务\t牵头单位\t配合单位\t完成时限
      1\t完善低保制度。提高保障标准\t省民政厅\t省财政厅、省扶贫办\t2020年底
      2\t加强饮水安全\t省水利厅\t\t长期坚持
      表中任务每季度调度一次。
      三、保障措施
      加强组织领导。
      """)
    #expect(OutlineDump.render(result.tree.blocks) == """
      document
      ├─ 一 "总体要求"
      ├─ 二 "任务分工"
      │  ├─ 1 "完善低保制度"
      │  └─ 2 "加强饮水安全"
      └─ 三 "保障措施"
      """)
    let measures = result.document.measures
    #expect(measures.map { $0.path.joined(separator: "/") } == ["一", "二", "二/1", "二/2", "二", "三"])
    #expect(measures[1].text == "任务分工\n各地要按分工抓好落实。")
    #expect(measures[2].text == "1\t完善低保制度。提高保障标准\t省民政厅\t省财政厅、省扶贫办\t2020年底")
    #expect(measures[4].heading == "" && measures[4].text == "表中任务每季度调度一次。")
    #expect(measures[2].departments.map { "\($0.name) \($0.role.rawValue)" } == [
      "省民政厅 lead", "省财政厅 support", "省乡村振兴局 support",
    ])
    #expect(measures[3].departments.map { "\($0.name) \($0.role.rawValue)" } == ["省水利厅 lead"])
    // The 完成时限 column: a date when the cell states one, the words otherwise.
    #expect(measures[2].due == TaskDue(text: "2020年底", date: "2020-12-31"))
    #expect(measures[3].due == TaskDue(text: "长期坚持", date: nil))
    #expect(measures[1].due == nil && measures[4].due == nil)
    // The header row is set aside: it is in no measure.
    #expect(!measures.contains { $0.text.contains("牵头单位") })
  }

  @Test func rowsWithoutANumberAreNumberedByPlace() {
    let result = parse("一、分工\n任务\t责任单位\n建设产业基地\t县农业农村局\n开展技能培训\t县人社局")
    #expect(result.document.measures.map { $0.path.joined(separator: "/") } == ["一/1", "一/2"])
    #expect(result.document.measures[1].departments.map(\.role) == [.responsible])
  }

  @Test func aHeaderOfTwoRowsIsSetAsideWhole() {
    // 责任单位 spans 牵头单位 | 配合单位 (a page's colspan, repeated cell by cell).
    let result = parse("""
      一、任务分工
      序号\t重点任务\t责任单位\t责任单位\t完成时限
      序号\t重点任务\t牵头单位\t配合单位\t完成时限
      1\t培育特色产业\t市农业农村局\t市财政局\t2020年底
      """)
    #expect(result.document.measures.map { $0.path.joined(separator: "/") } == ["一/1"])
    #expect(result.document.measures[0].departments.map { "\($0.name) \($0.role.rawValue)" } == [
      "市农业农村局 lead", "市财政局 support",
    ])
  }

  @Test func theLastRowOfALongTableStillHasItsHeader() {
    // 800 rows, far more text than a backwards search for the header would look at.
    let rows = (1...800).map { "\($0)\t完善第\($0)项低保制度,提高保障标准\t省民政厅\t省财政厅\t2020年底" }
    let result = parse((["一、任务分工", "序号\t重点任务\t牵头单位\t配合单位\t完成时限"] + rows).joined(separator: "\n"))
    #expect(result.document.measures.count == 800)
    let last = result.document.measures[799]
    #expect(last.path == ["一", "800"])
    #expect(last.departments.map { "\($0.name) \($0.role.rawValue)" } == ["省民政厅 lead", "省财政厅 support"])
    #expect(last.due == TaskDue(text: "2020年底", date: "2020-12-31"))
  }

  @Test func aSecondTableStartsAtItsOwnHeader() {
    let result = parse("""
      一、任务分工
      序号\t工作任务\t责任部门\t完成时间
      1\t完善低保制度\t县民政局\t2020年底
      序号\t重点工作\t牵头部门\t协同部门
      1\t建设产业基地\t县农业农村局\t县财政局
      """)
    let measures = result.document.measures
    #expect(measures.map { $0.path.joined(separator: "/") } == ["一/1", "一/1"])
    #expect(measures.map { $0.departments.map { "\($0.name) \($0.role.rawValue)" } } == [
      ["县民政局 responsible"], ["县农业农村局 lead", "县财政局 support"],
    ])
    #expect(measures.map(\.due) == [TaskDue(text: "2020年底", date: "2020-12-31"), nil])
  }

  @Test func aTableWithoutADepartmentColumnStaysInItsMeasure() {
    let result = parse("一、指标\n指标\t2019年\t2020年\n贫困发生率\t3%\t1%")
    #expect(result.document.measures.map(\.text) == ["指标\n指标\t2019年\t2020年\n贫困发生率\t3%\t1%"])
  }
}
