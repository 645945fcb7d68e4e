import Foundation
import Testing
import ZhengceCore
@testable import ZhengceCorpus

/// The typed export stream the Python package and the Parquet writer read.
@Suite struct ExportStreamTests {
  typealias F = ExportFixtures

  private func object(_ line: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
  }

  @Test func theHeaderDeclaresDatesListsAndNullableTitles() throws {
    let header = try object(ExportStream().header)
    #expect(header["stream"] as? String == "zhengce-export")
    #expect(header["schemaVersion"] as? Int == 6)
    let tables = try #require(header["tables"] as? [[String: Any]])
    #expect(tables.compactMap { $0["name"] as? String } == ExportTable.allCases.map(\.rawValue))
    func column(_ table: Int, _ name: String) -> [String: Any]? {
      (tables[table]["columns"] as? [[String: Any]])?.first { $0["name"] as? String == name }
    }
    #expect(column(0, "date")?["type"] as? String == "date")
    #expect(column(0, "issuers")?["type"] as? String == "list<string>")
    // Contract v2: a page that shows only its body has no title.
    #expect(column(0, "title")?["nullable"] as? Bool == true)
    #expect(column(1, "topics")?["type"] as? String == "list<string>")
    // A due date is a full ISO date (its precision beside it), so it is typed as a date.
    #expect(column(1, "due_date")?["type"] as? String == "date")
    #expect(column(1, "year")?["type"] as? String == "int64")
    #expect(column(2, "topic")?["type"] as? String == "string")
    #expect(column(3, "separately")?["type"] as? String == "bool")
    #expect(column(4, "value")?["type"] as? String == "double")
  }

  @Test func rowsKeepListsAndTheEndLineCountsThem() throws {
    let hunan = try #require(CompareCorpus.document(F.hunan))
    var stream = ExportStream()
    let lines = stream.counting(ExportStream.lines(of: hunan)).split(separator: "\n").map(String.init)
    #expect(lines.count == ExportTable.allCases.reduce(0) { $0 + $1.rows(of: hunan).count })
    // corpus/hunan-2018-deep-poverty-plan.txt 四(五): "…(省教育厅、省人力资源社会保障厅、省财政厅、省委统战部、省扶贫办分别牵头负责)", topic 教育扶贫.
    let row = try #require(lines.map(object).first { ($0["row"] as? [Any])?.first as? String == "\(F.hunan)#23" })
    #expect(row["table"] as? String == "measures")
    let cells = try #require(row["row"] as? [Any])
    #expect(cells[3] as? String == "四/(五)")
    #expect(cells[8] as? [String] == ["教育扶贫"])
    let end = try #require(try object(stream.end)["end"] as? [String: Int])
    #expect(end == ["documents": 1, "measures": 33, "measure_topics": 27, "departments": 82, "commitments": 36, "citations": 4])
  }

  @Test func typedRowsKeepTheListsThatRowsJoin() throws {
    let document = ParsedDocument(
      id: "d", source: SourceInfo(path: "d.txt", format: .text, encoding: "utf-8", sha256: "00"), title: nil,
      issuers: ["省财政厅", "省扶贫办"], date: "2020-02-14")
    let typed = ExportTable.documents.typedRows(of: document)[0]
    #expect(F.cell(typed, .documents, "issuers") == .list(["省财政厅", "省扶贫办"]))
    #expect(F.cell(typed, .documents, "title") == .null)
    #expect(F.cell(ExportTable.documents.rows(of: document)[0], .documents, "issuers") == .text("省财政厅;省扶贫办"))
    #expect(ExportValue.list(["a\"", "乙"]).json == "[\"a\\\"\",\"乙\"]")
  }

  @Test func aDocumentWithoutATitleIsExportedToSQLite() throws {
    // Contract v2 allows a null title; the column must accept it.
    let document = ParsedDocument(
      id: "untitled", source: SourceInfo(path: "untitled.txt", format: .text, encoding: "utf-8", sha256: "00"), title: nil)
    let path = try F.scratchDirectory() + "/untitled.db"
    #expect(try Export.run(try SQLiteExport(path: path)) { feed in try feed.add(document) }.isEmpty)
    #expect(FileManager.default.fileExists(atPath: path))
  }
}
