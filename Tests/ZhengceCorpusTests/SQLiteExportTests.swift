import Foundation
import Testing
import ZhengceCore
import ZhengceCorpus
import ZhengceTestSupport

/// The SQLite database of the bundled corpus, read back through its own connection.
@Suite struct SQLiteExportTests {
  typealias F = ExportFixtures

  private func corpusDatabase(_ name: String = #function) throws -> SQLiteQuery {
    let path = try F.scratchDirectory(name) + "/corpus.db"
    #expect(try F.export(SQLiteExport(path: path)) == [])
    return try SQLiteQuery(path: path)
  }

  @Test func measuresPerDocument() throws {
    let db = try corpusDatabase()
    #expect(try db.rows("SELECT document_id, count(*) FROM measures GROUP BY document_id ORDER BY document_id") == [
      [F.nanning, "44"], [F.hunan, "33"], [F.xiangxi, "26"], [F.liaoning, "53"], [F.ankang, "144"],
    ])
    #expect(try db.value("SELECT count(*) FROM measures WHERE document_id = '\(F.hunan)'") == "33")
  }

  @Test func tableTotals() throws {
    let db = try corpusDatabase()
    let totals = try ["documents", "measures", "departments", "commitments", "citations"].map {
      try db.value("SELECT count(*) FROM \($0)")
    }
    #expect(totals == ["5", "300", "364", "257", "41"])  // 300 measures: 294 numbered, 6 preamble; 257 commitments (Ankang 10县 counted)
  }

  @Test func leadsPerProvinceThroughTheJoins() throws {
    let db = try corpusDatabase()
    #expect(try db.rows("""
      SELECT d.province, count(*) FROM departments AS p
      JOIN measures AS m ON m.id = p.measure_id JOIN documents AS d ON d.id = m.document_id
      WHERE p.role = 'lead' GROUP BY d.province ORDER BY d.province
      """) == [["广西壮族自治区", "1"], ["湖南省", "81"], ["辽宁省", "1"], ["陕西省", "140"]])  // 辽宁: 由住房城乡建设部门会同…
  }

  @Test func theHunanFinanceMeasureAndItsDepartment() throws {
    let db = try corpusDatabase()
    #expect(try db.rows("""
      SELECT m.ordinal, m.heading, m.span_start, m.span_end, p.name, p.role, p.separately, p.family, p.level, p.renamed_from
      FROM measures AS m JOIN departments AS p ON p.measure_id = m.id
      WHERE m.document_id = '\(F.hunan)' AND m.path = '三/(一)'
      """) == [["8", "加大财政支持力度", "963", "1153", "省财政厅", "lead", "0", "财政", "省", nil]])
    #expect(try db.rows("""
      SELECT surface, renamed_from, renamed_in FROM departments WHERE measure_id = '\(F.hunan)#9' AND renamed_in IS NOT NULL
      ORDER BY ordinal
      """) == [["湖南银监局", "湖南银监局", "2018"], ["湖南保监局", "湖南保监局", "2018"], ["省扶贫办", "省扶贫开发办公室", "2021"]])
  }

  @Test func inheritedDepartmentsSayWhereFrom() throws {
    let db = try corpusDatabase()
    #expect(try db.rows("""
      SELECT inherited_from, count(*) FROM departments WHERE inherited_from IS NOT NULL
      GROUP BY inherited_from ORDER BY count(*) DESC, inherited_from LIMIT 3
      """) == [["二/(一)", "72"], ["二/(十一)", "24"], ["二/(四)", "24"]])
  }

  @Test func aCommitmentKeepsNumbersAsNumbers() throws {
    let db = try corpusDatabase()
    #expect(try db.rows("""
      SELECT typeof(value), value, typeof(max), from_value, unit, comparator, deadline, subject
      FROM commitments WHERE measure_id = '\(F.hunan)#23' AND ordinal = 1
      """) == [["real", "5000.0", "null", "3000.0", "元/年", "to", nil, "补助标准"]])
    #expect(try db.value("SELECT sum(value * 3) FROM commitments WHERE unit = 'ratio'") == "2.4999")
  }

  @Test func foreignKeysHoldAndAreEnforced() throws {
    let path = try F.scratchDirectory() + "/corpus.db"
    _ = try F.export(SQLiteExport(path: path))
    let db = try SQLiteQuery(path: path, writable: true)
    #expect(try db.rows("PRAGMA foreign_key_check") == [])
    #expect(try db.value("PRAGMA user_version") == "4")
    #expect(throws: SQLiteQuery.Failure.self) {
      try db.rows("INSERT INTO departments (measure_id, ordinal, name, surface, role, separately) VALUES ('nope#1', 1, 'a', 'a', 'lead', 0)")
    }
  }

  @Test func everyJoinKeyAndDepartmentFilterLeadsAnIndex() throws {
    let db = try corpusDatabase()
    var leading: Set<String> = []
    for (table,) in try db.rows("SELECT name FROM sqlite_master WHERE type = 'table'").map({ ($0[0] ?? "",) }) {
      for index in try db.rows("PRAGMA index_list(\(table))") {
        let first = try db.rows("PRAGMA index_info(\(index[1] ?? ""))").first { $0[0] == "0" }
        leading.insert("\(table).\(first?[2] ?? "")")
      }
    }
    #expect(leading.isSuperset(of: [
      "documents.id", "measures.id", "measures.document_id", "departments.measure_id", "departments.name",
      "departments.family", "commitments.measure_id", "citations.document_id",
    ]))
    let plan = try db.rows("EXPLAIN QUERY PLAN SELECT * FROM departments WHERE family = '财政'").map { $0.last ?? "" }
    #expect(plan.contains { $0?.contains("USING INDEX departments_family") == true })
  }

  @Test func textWithQuotesAndEmptyStringsIsStoredAsGiven() throws {
    let path = try F.scratchDirectory() + "/odd.db"
    let document = ParsedDocument(
      id: "o'brien", source: SourceInfo(path: "o'brien.txt", format: .html, encoding: "gb18030", sha256: "ab"),
      title: "a \"quoted\"; DROP TABLE documents; --", issuers: [],
      measures: [Measure(id: "o'brien#1", path: [], heading: "", text: "", span: TextSpan(start: 0, end: 0))])
    #expect(try Export.run(SQLiteExport(path: path)) { feed in try feed.add(document) } == [])
    let db = try SQLiteQuery(path: path)
    #expect(try db.rows("SELECT id, format, encoding, title, issuers, notice_title FROM documents") == [
      ["o'brien", "html", "gb18030", "a \"quoted\"; DROP TABLE documents; --", "", nil],
    ])
    #expect(try db.rows("SELECT path, heading, text, typeof(text), topics FROM measures") == [["", "", "", "text", ""]])
  }
}
