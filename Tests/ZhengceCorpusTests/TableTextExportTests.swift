import Foundation
import Testing
import ZhengceCore
@testable import ZhengceCorpus

/// One table as CSV or JSON Lines, written to a file.
@Suite struct TableTextExportTests {
  typealias F = ExportFixtures

  private func written(_ table: ExportTable, _ format: TableTextExport.Format, bom: Bool = false, _ name: String = #function) throws -> String {
    let path = try F.scratchDirectory(name) + "/out"
    #expect(try F.export(TableTextExport(table: table, format: format, output: path, bom: bom)) == [])
    return try String(contentsOfFile: path, encoding: .utf8)
  }

  @Test func departmentsCSVOfTheHunanFinancialServicesMeasure() throws {
    let csv = try written(.departments, .csv)
    let lines = csv.components(separatedBy: "\r\n")
    #expect(lines.first == "measure_id,ordinal,name,surface,role,separately,family,level,renamed_from,renamed_in,inherited_from")
    #expect(lines.count == 1 + 364 + 1)
    #expect(lines.last == "")
    #expect(lines.filter { $0.hasPrefix("hunan-2018-deep-poverty-plan#9,") }.suffix(2) == [
      "hunan-2018-deep-poverty-plan#9,6,省财政厅,省财政厅,lead,true,财政,省,,,",
      "hunan-2018-deep-poverty-plan#9,7,省乡村振兴局,省扶贫办,lead,true,扶贫,省,省扶贫开发办公室,2021,",
    ])
  }

  @Test func measuresCSVHasABOMAndQuotesMultilineText() throws {
    let path = try F.scratchDirectory() + "/measures.csv"
    _ = try F.export(TableTextExport(table: .measures, format: .csv, output: path, bom: true))
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let csv = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    #expect(csv.hasPrefix("id,document_id,ordinal,path,heading,text,span_start,span_end,topics,due_text,due_date,due_precision,province,city,county,year,kind\r\n"))
    let measures = CompareCorpus.documents.flatMap(\.measures)
    let multiline = measures.filter { $0.text.contains("\n") }
    #expect(multiline.count == 44)  // with Ankang's preamble: the cover notice's addressee and its sentence
    for m in multiline {
      #expect(csv.contains("\r\n\(m.id),") && csv.contains(",\"\(m.text)\","))
    }
  }

  @Test func commitmentsAsJSONLines() throws {
    let lines = try written(.commitments, .jsonl).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 257 + 1)
    let raise = try #require(lines.first { $0.contains("\"measure_id\":\"hunan-2018-deep-poverty-plan#23\",\"ordinal\":1,") })
    #expect(raise == """
      {"measure_id":"hunan-2018-deep-poverty-plan#23","ordinal":1,"surface":"由每人3000元/年提高到5000元/年","value":5000,\
      "max":null,"from_value":3000,"unit":"元/年","comparator":"to","deadline":null,"deadline_date":null,"deadline_precision":null,\
      "subject":"补助标准","per":"每人","kind":"standard"}
      """)
    for line in lines.dropLast() {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      #expect(object?.count == ExportTable.commitments.columns.count)
    }
  }

  @Test func documentsAsJSONLinesParseBackToTheMetadata() throws {
    let lines = try written(.documents, .jsonl).split(separator: "\n")
    let objects = try lines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    #expect(objects.map { $0["id"] as? String } == [F.nanning, F.hunan, F.xiangxi, F.liaoning, F.ankang])
    #expect(objects.map { $0["plugin"] as? String } == ["guangxi", "hunan", "hunan", "liaoning", "shaanxi"])
    #expect(objects[0]["county"] is NSNull)
    #expect(objects.map { $0["issuers"] as? [String] } == [
      [], [], ["中共湘西自治州委", "湘西自治州人民政府"], ["中共辽宁省委", "辽宁省人民政府"], ["安康市脱贫攻坚领导小组"],
    ])
  }

  @Test func cellsEscapeForCSVAndJSON() {
    #expect(ExportValue.text("a,b").csvField == "\"a,b\"")
    #expect(ExportValue.text("say \"hi\"\nthen").csvField == "\"say \"\"hi\"\"\nthen\"")
    #expect(ExportValue.real(2_400_000).csvField == "2400000")
    #expect(ExportValue.real(0.3333).csvField == "0.3333")
    #expect(ExportValue.null.csvField == "")
    #expect(ExportValue.bool(true).csvField == "true")
    #expect(ExportValue.text("引号\"\\\u{1}\t").json == "\"引号\\\"\\\\\\u0001\\t\"")
    #expect(ExportValue.real(.nan).json == "null")
    #expect(ExportValue.integer(-3).json == "-3")
  }
}
