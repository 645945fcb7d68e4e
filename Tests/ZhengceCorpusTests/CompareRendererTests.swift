import Foundation
import Testing
import ZhengceCore
@testable import ZhengceCorpus

/// The table, Markdown and CSV renderers.
@Suite struct CompareRendererTests {
  func broadband() throws -> Comparison {
    try ComparisonBuilder(provinces: ["湖南", "辽宁"]).compare(CompareIndicatorTests.documents, selecting: TopicSelector("网络基础设施"))
  }

  @Test func tableLinesUpByDisplayWidth() throws {
    let text = CompareTableRenderer().render(try broadband())
    let grids = text.components(separatedBy: "\nindicators\n")
    #expect(grids.count == 2)
    for grid in grids {
      let lines = grid.split(separator: "\n").filter { $0.hasPrefix("|") || $0.hasPrefix("+") }
      #expect(lines.count > 4)
      #expect(Set(lines.map { DisplayWidth.columns(String($0), on: .terminal) }).count == 1, "ragged grid:\n\(grid)")
    }
    #expect(text.contains("| 湖南 "))
    #expect(text.contains("90% (>=) “90%以上”"))
    #expect(text.contains("I1 宽带网络覆盖 [%, 网络基础设施]"))
    #expect(text.hasPrefix("compare topic:网络基础设施 by province: 2 columns, 4 measures, 1 indicators\n"))
  }

  @Test func wrapAndWidthCountChineseAsTwo() {
    #expect(DisplayWidth.columns("湖南90%", on: .terminal) == 7)
    #expect(CompareText.wrap("深度贫困村有宽带", 6) == ["深度贫", "困村有", "宽带"])
    #expect(CompareText.wrap("", 6) == [""])
  }

  @Test func markdownHasBothTablesAndEscapesCells() throws {
    let md = CompareMarkdownRenderer().render(try broadband())
    #expect(md.contains("| | 湖南 | 辽宁 |\n|---|---|---|\n"))
    #expect(md.contains("## indicators"))
    #expect(md.contains("| **I1 宽带网络覆盖 \\[%, 网络基础设施\\]** | 90% (>=) “90%以上” | 90% (>=) “90%以上” |"))
    #expect(CompareMarkdownRenderer().escape("a|b<c>\n*d*") == "a\\|b&lt;c> \\*d\\*")
  }

  @Test func csvHasOneRecordPerMeasureLeadAndCommitment() throws {
    let comparison = try broadband()
    let csv = CompareCSVRenderer().render(comparison)
    let records = csv.components(separatedBy: "\r\n").dropLast()
    #expect(records.first == CompareCSVRenderer.header.joined(separator: ","))
    let measures = comparison.columns.reduce(0) { $0 + $1.measures.count }
    let leads = comparison.columns.reduce(0) { $0 + $1.measures.reduce(0) { $0 + $1.leads.count } }
    let commitments = comparison.columns.reduce(0) { $0 + $1.commitments.count }
    #expect(records.count == 1 + measures + leads + commitments)
    #expect(records.contains(
      "commitment,辽宁省,liaoning-2019-three-year-action-opinions,liaoning-2019-three-year-action-opinions#17,四/(四),,,,,I1,宽带网络覆盖,90%以上,90,,,%,>=,,贫困村,,网络基础设施,贫困村宽带网络覆盖"))
    #expect(TextCells.csv("a,b") == "\"a,b\"")
    #expect(TextCells.csv("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(TextCells.csv("line\r\nbreak") == "\"line\r\nbreak\"")
    #expect(TextCells.csv("平常") == "平常")
  }

  @Test func jsonRoundTripsTheComparison() throws {
    let comparison = try broadband()
    let decoded = try JSONDecoder().decode(Comparison.self, from: Data(try CompareFormat.json.render(comparison).utf8))
    #expect(decoded == comparison)
  }

  @Test func numbersReadAsInJSON() {
    #expect(CompareText.number(90) == "90")
    #expect(CompareText.number(2_400_000) == "2400000")
    #expect(CompareText.number(0.3333) == "0.3333")
  }
}
