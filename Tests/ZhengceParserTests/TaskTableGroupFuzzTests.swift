import Testing
import ZhengceCore
import ZhengceParser
import ZhengceTestSupport

/// Random documents of task-table rows, category rows and paragraphs: the
/// outline still tiles the text, and a category row kept in its table opens a
/// block (no measure's text runs on over it) whose heading has no TABs.
@Suite struct TaskTableGroupFuzzTests {
  static let groups = ["一、加快基础设施建设\t\t\t", "\t(二)提升公共服务\t\t", "二、保障措施\t\t\t\t"]
  static let titles = ["加快基础设施建设", "提升公共服务", "保障措施"]
  static let lines = TaskTableFuzzTests.lines + groups + ["3\t一是改善办学条件\t省教育厅\t"]

  @Test func categoryRowsNeverEndUpInAMeasure() {
    let parser = Parser(registry: Departments.registry)
    forEachRandomInput(seed: 2_025_1231, count: 2_000) { random in
      let text = random.text(of: Self.lines, count: 1...16, separator: "\n")
      let result = parser.parse(SourceText(path: "t.txt", format: .text, encoding: .utf8, sha256: "", text: text))
      var end = 0
      for m in result.document.measures {
        #expect(m.span.start >= end && m.span.end > m.span.start && m.span.end <= result.normalized.scalars.count, "\(text)")
        #expect(m.text == result.normalized.slice(m.span), "\(text)")
        // A row kept as a group opens a block: no measure runs on over it, and no heading keeps its TABs.
        #expect(!Self.groups.contains { m.text.contains("\n" + $0) }, "\(text)")
        #expect(!Self.titles.contains { m.heading.contains($0) } || !m.heading.contains("\t"), "\(text)")
        end = m.span.end
      }
    }
  }
}
