import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Random documents mixing numbered blocks, paragraphs and TAB-separated rows
/// (with and without a task-table header): the outline still tiles the text.
@Suite struct TaskTableFuzzTests {
  static let lines = [
    "一、总体要求", "二、任务分工", "(一)加强领导。", "1.完善制度。", "各地要抓好落实。", "序号\t重点任务\t牵头单位\t配合单位",
    "任务\t责任部门", "1\t完善低保制度\t省民政厅\t省财政厅", "2\t加强饮水安全\t省水利厅\t", "\t建设产业基地\t县农业农村局",
    "指标\t2020年", "贫困发生率\t1%", "\t", "附件1", "重点任务分工表", "(1)开展培训。", "——省扶贫办牵头。",
  ]

  @Test func outlineTilesTheTextWhateverTheRows() {
    let parser = Parser(registry: Departments.registry)
    forEachRandomInput(seed: 2_020_1231, count: 2_000) { random in
      let text = random.text(of: Self.lines, count: 1...14, separator: "\n")
      let result = parser.parse(SourceText(path: "t.txt", format: .text, encoding: .utf8, sha256: "", text: text))
      var end = 0
      for m in result.document.measures {
        #expect(m.span.start >= end && m.span.end > m.span.start && m.span.end <= result.normalized.scalars.count, "\(text)")
        #expect(m.text == result.normalized.slice(m.span), "\(text)")
        end = m.span.end
      }
      for m in result.document.measures where m.text.contains("\t") && !m.text.contains("\n") {
        #expect(m.departments.allSatisfy { m.text.contains($0.surface) }, "\(text)")
      }
    }
  }
}
