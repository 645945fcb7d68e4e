import Testing
import ZhengceCore
@testable import ZhengceCorpus

/// The rows of the export tables, built from the bundled corpus.
@Suite struct ExportRowsTests {
  typealias F = ExportFixtures

  /// Rows per document, corpus file order: nanning, hunan, xiangxi, liaoning, ankang.
  @Test(arguments: [
    (ExportTable.documents, [1, 1, 1, 1, 1]),
    (.measures, [44, 33, 26, 53, 144]),  // each with its preamble measure(s)
    (.departments, [15, 82, 0, 3, 264]),
    (.commitments, [36, 36, 85, 28, 72]),  // Ankang: 力争2020年实现全市10县区通高速 counts its counties
    (.citations, [3, 4, 0, 11, 23]),
  ])
  func rowCountsPerDocument(table: ExportTable, counts: [Int]) {
    let documents = CompareCorpus.documents
    #expect(documents.map(\.id) == [F.nanning, F.hunan, F.xiangxi, F.liaoning, F.ankang])
    #expect(documents.map { table.rows(of: $0).count } == counts)
    #expect(documents.allSatisfy { table.rows(of: $0).allSatisfy { $0.count == table.columns.count } })
  }

  @Test func rowCountsAgreeWithTheParsedDocuments() {
    let measures = CompareCorpus.documents.flatMap(\.measures)
    #expect(F.rows(.measures).count == measures.count)
    #expect(F.rows(.departments).count == measures.reduce(0) { $0 + $1.departments.count })
    #expect(F.rows(.commitments).count == measures.reduce(0) { $0 + $1.commitments.count })
    #expect(F.rows(.departments).count == 364)
    #expect(F.rows(.commitments).count == 257)
  }

  @Test func theHunanFinanceMeasure() throws {
    let hunan = try #require(CompareCorpus.document(F.hunan))
    let measure = try #require(ExportTable.measures.rows(of: hunan).first { $0[3] == .text("三/(一)") })
    #expect(Array(measure.prefix(5)) == [
      .text("hunan-2018-deep-poverty-plan#8"), .text(F.hunan), .integer(8), .text("三/(一)"), .text("加大财政支持力度"),
    ])
    #expect(Array(measure.suffix(11)) == [
      .integer(963), .integer(1153), .text("财政投入"), .null, .null, .null, .text("湖南省"), .null, .null, .null, .text("numbered"),
    ])
    let departments = ExportTable.departments.rows(of: hunan).filter { $0[0] == .text("hunan-2018-deep-poverty-plan#8") }
    #expect(departments == [[
      .text("hunan-2018-deep-poverty-plan#8"), .integer(1), .text("省财政厅"), .text("省财政厅"), .text("lead"), .bool(false),
      .text("财政"), .text("省"), .null, .null, .null,
    ]])
  }

  @Test func separateLeadsAndRenamedBodiesOfHunanFinancialServices() throws {
    let hunan = try #require(CompareCorpus.document(F.hunan))
    let rows = ExportTable.departments.rows(of: hunan).filter { $0[0] == .text("hunan-2018-deep-poverty-plan#9") }
    #expect(rows.map { [$0[2], $0[3], $0[4], $0[5]] } == [
      [.text("省政府金融工作办公室"), .text("省政府金融办"), .text("lead"), .bool(true)],
      [.text("人民银行长沙中心支行"), .text("人民银行长沙中心支行"), .text("lead"), .bool(true)],
      [.text("湖南银保监局"), .text("湖南银监局"), .text("lead"), .bool(true)],
      [.text("湖南证监局"), .text("湖南证监局"), .text("lead"), .bool(true)],
      [.text("湖南银保监局"), .text("湖南保监局"), .text("lead"), .bool(true)],
      [.text("省财政厅"), .text("省财政厅"), .text("lead"), .bool(true)],
      [.text("省乡村振兴局"), .text("省扶贫办"), .text("lead"), .bool(true)],
    ])
    #expect(rows.map(\.[1]) == (1...7).map { .integer($0) })
    #expect(rows.last.map { Array($0.suffix(3)) } == [.text("省扶贫开发办公室"), .integer(2021), .null])
  }

  @Test func aRaiseAndARangeOfTheHunanPlan() throws {
    let hunan = try #require(CompareCorpus.document(F.hunan))
    let rows = ExportTable.commitments.rows(of: hunan).filter { $0[0] == .text("hunan-2018-deep-poverty-plan#23") }
    #expect(rows.count == 4)
    #expect(rows.first == [
      .text("hunan-2018-deep-poverty-plan#23"), .integer(1), .text("由每人3000元/年提高到5000元/年"), .real(5000), .null,
      .real(3000), .text("元/年"), .text("to"), .null, .null, .null, .text("补助标准"), .text("每人"), .text("standard"),
    ])
    #expect(rows.dropFirst(2).first == [
      .text("hunan-2018-deep-poverty-plan#23"), .integer(3), .text("1-2所"), .real(1), .real(2), .null, .text("所"),
      .text("range"), .null, .null, .null, .null, .text("每县"), .text("standard"),
    ])
  }

  @Test func documentAndCitationRowsOfNanning() throws {
    let nanning = try #require(CompareCorpus.document(F.nanning))
    let document = try #require(ExportTable.documents.rows(of: nanning).first)
    let columns = ExportTable.documents.columns.map(\.name)
    let byName = Dictionary(uniqueKeysWithValues: zip(columns, document))
    #expect(byName["title"] == .text("广西精准扶贫实施方案"))
    #expect(byName["province"] == .text("广西壮族自治区"))
    #expect(byName["city"] == .text("南宁市"))
    #expect(byName["county"] == .null)
    #expect(byName["plugin"] == .text("guangxi"))
    #expect(byName["encoding"] == .text("utf-8"))
    #expect(byName["sha256"] == .text("7c6bf3447199885ee129bd57bb9bfe941e0f0e1aad2b9a8243dfe2c678426471"))
    #expect(ExportTable.citations.rows(of: nanning).first == [
      .text(F.nanning), .integer(1), .text("关于创新机制扎实推进农村扶贫开发工作的意见"), .text("中办发〔2013〕25号"),
    ])
  }

  @Test func issuersAndTopicsAreJoinedByTheOneListSeparator() {
    let document = ParsedDocument(
      id: "d", source: SourceInfo(path: "d.txt", format: .text, encoding: "utf-8", sha256: "00"), title: "T",
      issuers: ["省财政厅", "省扶贫办"],
      measures: [Measure(id: "d#1", path: ["一", "(二)"], heading: "", text: "x", span: TextSpan(start: 0, end: 1), topics: ["产业扶贫", "金融扶贫"])])
    #expect(F.cell(ExportTable.documents.rows(of: document)[0], .documents, "issuers") == .text("省财政厅;省扶贫办"))
    #expect(F.cell(ExportTable.measures.rows(of: document)[0], .measures, "topics") == .text("产业扶贫;金融扶贫"))
    #expect(ExportTable.measureTopics.rows(of: document) == [
      [.text("d#1"), .integer(1), .text("产业扶贫")], [.text("d#1"), .integer(2), .text("金融扶贫")],
    ])
    #expect(F.cell(ExportTable.measures.rows(of: document)[0], .measures, "path") == .text("一/(二)"))
  }
}
