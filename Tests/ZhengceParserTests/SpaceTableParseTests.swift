import Testing
import ZhengceCore
@testable import ZhengceParser
import ZhengceTestSupport

/// A task table laid out with spaces parses as its TAB-separated copy does:
/// one measure per row, departments from the columns, `due` from 完成时限, and
/// spans whose source scalars are the row's own text.
@Suite struct SpaceTableParseTests {
  func parse(_ text: String) -> ParseResult {
    Parser(registry: Departments.registry).parse(SourceText(path: "t.txt", format: .text, encoding: .utf8, sha256: "", text: text))
  }

  static let head = ["一、总体要求", "坚持问题导向。", "二、任务分工", "各地要按分工抓好落实。"]
  static let tail = ["", "三、保障措施", "加强组织领导。"]

  static let spaced = [
    " 序号           重点任务                 牵头单位      配合单位                完成时限",
    "  1    完善低保制度，将符合条件的贫困    省民政厅      省财政厅、省乡村振兴    2020年底",
    "       人口全部纳入                                    局",
    "  2    加强饮水安全                      省水利厅                              长期坚持",
    "  3    支持特色产业发展，每个贫困县培    省农业农村厅  省财政厅                2020年12月底前",
    "       育2个以上主导产业",
  ]

  static let tabbed = [
    "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
    "1\t完善低保制度，将符合条件的贫困人口全部纳入\t省民政厅\t省财政厅、省乡村振兴局\t2020年底",
    "2\t加强饮水安全\t省水利厅\t\t长期坚持",
    "3\t支持特色产业发展，每个贫困县培育2个以上主导产业\t省农业农村厅\t省财政厅\t2020年12月底前",
  ]

  @Test func spacedAndTabbedCopiesGiveTheSameMeasures() {
    let spaced = parse((Self.head + Self.spaced + Self.tail).joined(separator: "\n")).document.measures
    let tabbed = parse((Self.head + Self.tabbed + Self.tail).joined(separator: "\n")).document.measures
    func summary(_ m: Measure) -> String {
      let departments = m.departments.map { "\($0.name) \($0.role.rawValue)" }.joined(separator: ", ")
      let commitments = m.commitments.map { "\($0.surface) \($0.deadline ?? "-")" }.joined(separator: ", ")
      return "\(m.path.joined(separator: "/")) | \(m.heading) | \(m.text) | \(departments) | \(m.due?.text ?? "-") | \(commitments)"
    }
    #expect(spaced.map(summary) == tabbed.map(summary))
    #expect(spaced.map(summary) == [
      "一 | 总体要求 | 总体要求\n坚持问题导向。 |  | - | ",
      "二 | 任务分工 | 任务分工\n各地要按分工抓好落实。 |  | - | ",
      "二/1 | 完善低保制度,将符合条件的贫困人口全部纳入 | 1\t完善低保制度,将符合条件的贫困人口全部纳入\t省民政厅\t省财政厅、省乡村振兴局\t2020年底"
        + " | 省民政厅 lead, 省财政厅 support, 省乡村振兴局 support | 2020年底 | ",
      "二/2 | 加强饮水安全 | 2\t加强饮水安全\t省水利厅\t\t长期坚持 | 省水利厅 lead | 长期坚持 | ",
      "二/3 | 支持特色产业发展,每个贫困县培育2个以上主导产业 | 3\t支持特色产业发展,每个贫困县培育2个以上主导产业\t省农业农村厅\t省财政厅\t2020年12月底前"
        + " | 省农业农村厅 lead, 省财政厅 support | 2020年12月底前 | 2个以上 2020-12-31",
      "三 | 保障措施 | 保障措施\n加强组织领导。 |  | - | ",
    ])
  }

  @Test func aRowsSpanMapsBackToItsOwnLines() throws {
    let text = (Self.head + Self.spaced + Self.tail).joined(separator: "\n")
    let source = Array(text.unicodeScalars)
    let result = parse(text)
    let row = try #require(result.document.measures.first { $0.path == ["二", "1"] })
    let map = result.normalized.sourceIndex[row.span.start..<row.span.end].map(Int.init)
    // Every scalar of the row's text comes from that scalar of the source (a TAB from the blank before a cell).
    for (u, s) in zip(row.text.unicodeScalars, map) {
      if u == "\t" { #expect(source[s] == " ") } else { #expect(source[s] == u || source[s].value - 0xFEE0 == u.value) }
    }
    // The source text from the row's first scalar to its last is its two lines, number to 局.
    let from = try #require(map.min())
    let to = try #require(map.max())
    #expect(String(String.UnicodeScalarView(source[from...to])) == String(Self.spaced[1].dropFirst(2)) + "\n" + Self.spaced[2])
  }

  @Test func aHeaderOfTwoLinesGivesItsLabelsTheirColumns() {
    // 完成 wraps over 时限; 牵头单位 | 配合单位 sit under a spanning 责任单位.
    let lines = [
      "一、任务分工",
      " 序号         重点任务             责任单位             完成",
      "                            牵头单位      配合单位      时限",
      "  1   培育特色产业          市农业农村局  市财政局      2020年底",
      "  2   开展技能培训          市人社局                    长期坚持",
    ]
    let result = parse(lines.joined(separator: "\n"))
    #expect(result.normalized.text == "一、任务分工\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
      + "1\t培育特色产业\t市农业农村局\t市财政局\t2020年底\n2\t开展技能培训\t市人社局\t\t长期坚持")
    let measures = result.document.measures
    #expect(measures.map { $0.path.joined(separator: "/") } == ["一/1", "一/2"])
    #expect(measures.map { $0.departments.map { "\($0.name) \($0.role.rawValue)" } } == [
      ["市农业农村局 lead", "市财政局 support"], ["市人力资源和社会保障局 lead"],
    ])
    #expect(measures.map { $0.due?.text } == ["2020年底", "长期坚持"])
  }

  @Test func twoHeaderLinesAreBothSetAside() {
    let lines = [
      "一、任务分工",
      " 序号    重点任务          责任单位      责任单位      完成时限",
      " 序号    重点任务          牵头单位      配合单位      完成时限",
      "  1      培育特色产业      市农业农村局  市财政局      2020年底",
    ]
    let result = parse(lines.joined(separator: "\n"))
    #expect(result.document.measures.map { $0.path.joined(separator: "/") } == ["一/1"])
    #expect(result.document.measures[0].departments.map { "\($0.name) \($0.role.rawValue)" } == [
      "市农业农村局 lead", "市财政局 support",
    ])
  }

  @Test func aTableAfterWrappedTextLeavesTheTextAsItWas() throws {
    // Rows wider than the page would count as lines longer than its width: as TAB rows they do not.
    let text = try String(contentsOfFile: CorpusFixtures.path(CorpusFixtures.ankang), encoding: .utf8)
    let wrapped = HardWrapTests.wrap(text, columns: 56)
    let plain = parse(wrapped).document.measures
    let withTable = parse(wrapped + "\n附件1\n任务分工表\n" + Self.spaced.joined(separator: "\n")).document.measures
    func summary(_ m: Measure) -> String { "\(m.path) \(m.text) \(m.departments.map(\.name))" }
    // 142 numbered measures, after the two preamble measures (the cover notice's text, the plan's opening).
    #expect(plain.count == 144)
    #expect(withTable.prefix(plain.count).map(summary) == plain.map(summary))
    #expect(withTable.dropFirst(plain.count).map { $0.path.joined(separator: "/") } == ["附件1/1", "附件1/2", "附件1/3"])
  }
}
