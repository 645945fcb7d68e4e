import Testing
import ZhengceCore
@testable import ZhengceParser
import ZhengceTestSupport

/// Random documents of space-aligned header lines, rows, wrapped cells, blank
/// lines, page numbers, headings and prose: the normaliser never loses track of
/// where a scalar came from, and the outline still tiles the text.
@Suite struct SpaceTableFuzzTests {
  static let lines = [
    " 序号        主要任务              牵头单位      配合单位          完成时限",
    "重点任务　　　　　　牵头单位　　　配合单位　　　完成时限",
    "  1      完善低保制度，将符合条件的  省民政厅      省财政厅、        2020年底",
    "         贫困人口全部纳入                          省乡村振兴局",
    "  2.     加强饮水安全                省水利厅                        长期坚持",
    "建设产业基地，每个贫困　县农业农村局　县财政局　　2020年底",
    "                         牵头单位      配合单位       时限",
    "                                   — 6 —", "\u{0C}  3   开展技能培训   县人社局", "",
    "一、总体要求", "各地要抓好落实。", "附件1", "   注：各牵头单位按季度报送。", "\t加强饮水安全\t省水利厅",
    "索引号：  000014349/2019-00001", "省发展改革委        省财政厅", "1 2 3", "单位  部门  牵头单位",
  ]

  @Test func sourcesStayTrueAndTheOutlineTilesTheText() {
    let parser = Parser(registry: Departments.registry)
    var tables = 0
    forEachRandomInput(seed: 2_025_0601, count: 1_500) { random in
      let separator = Bool.random(using: &random) ? "\n" : "\r\n"
      let text = random.text(of: Self.lines, count: 1...16, separator: separator)
      let source = Array(text.unicodeScalars)
      let lines = TextNormalizer().lines(text)
      if !text.contains("\t"), lines.contains(where: { $0.scalars.contains("\t") }) { tables += 1 }
      for line in lines {
        for (u, s) in zip(line.scalars, line.sources) {
          guard source.indices.contains(Int(s)) else {
            Issue.record("source \(s) out of range in \(text.debugDescription)")
            return
          }
          let from = source[Int(s)]
          // A space or TAB stands for blanks or a line break; every other scalar is its source's, folded.
          if u != " " && u != "\t" && WidthFolding.fold(from) != u {
            Issue.record("\(u) from \(from) in \(text.debugDescription)")
            return
          }
        }
      }
      let result = parser.parse(SourceText(path: "t.txt", format: .text, encoding: .utf8, sha256: "", text: text))
      var end = 0
      for m in result.document.measures {
        #expect(m.span.start >= end && m.span.end > m.span.start && m.span.end <= result.normalized.scalars.count, "\(text)")
        end = m.span.end
      }
    }
    // The documents exercise the tables: many have one laid out with spaces.
    #expect(tables > 300)
  }
}
