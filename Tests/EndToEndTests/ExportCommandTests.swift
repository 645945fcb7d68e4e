import Foundation
import Testing
import ZhengceTestSupport

/// `zhengce export` as an analyst runs it: the built binary over the bundled corpus.
@Suite struct ExportCommandTests {
  static let hunan = "hunan-2018-deep-poverty-plan"

  private func scratch(_ name: String = #function) throws -> String {
    let tag = name.prefix { $0.isLetter }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("zc-export-e2e-\(tag)-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func theBundledCorpusAsOneDatabase() throws {
    let path = try scratch() + "/corpus.db"
    let run = try CommandRunner.run(["export", "--output", path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout == "" && run.stderr == "")
    let db = try SQLiteQuery(path: path)
    #expect(try db.rows("SELECT d.id, count(m.id) FROM documents AS d JOIN measures AS m ON m.document_id = d.id GROUP BY d.id ORDER BY d.id") == [
      ["guangxi-nanning-2015-precision-poverty-plan", "44"], [Self.hunan, "33"],
      ["hunan-xiangxi-2016-precision-poverty-opinions", "26"], ["liaoning-2019-three-year-action-opinions", "53"],
      ["shaanxi-ankang-2020-consolidation-plan", "144"],
    ])
    #expect(try ["departments", "commitments", "citations"].map { try db.value("SELECT count(*) FROM \($0)") } == ["364", "257", "41"])
    #expect(try db.rows("""
      SELECT d.province, m.path, p.name, p.role FROM departments AS p JOIN measures AS m ON m.id = p.measure_id
      JOIN documents AS d ON d.id = m.document_id WHERE p.family = '审计' ORDER BY m.ordinal LIMIT 3
      """) == [["陕西省", "二/(十一)", "市审计局", "support"], ["湖南省", "五/(四)", "省审计厅", "lead"], ["广西壮族自治区", "四/(五)", "审计部门", "responsible"]])
  }

  /// The kind each title names (Ankang's through its cover notice 关于印发《…实施方案》的通知).
  @Test func documentsCSVCarriesTheGenre() throws {
    let run = try CommandRunner.run(["export", "--format", "csv", "--table", "documents"])
    #expect(run.status == 0, "\(run.stderr)")
    let rows = CSV.parse(run.stdout)
    let header = try #require(rows.first)
    let id = try #require(header.firstIndex(of: "id"))
    let genre = try #require(header.firstIndex(of: "genre"))
    #expect(header[genre - 1] == "notice_title")
    let genres = Dictionary(uniqueKeysWithValues: rows.dropFirst().filter { $0.count == header.count }.map { ($0[id], $0[genre]) })
    #expect(genres == [
      "guangxi-nanning-2015-precision-poverty-plan": "plan", Self.hunan: "plan",
      "hunan-xiangxi-2016-precision-poverty-opinions": "opinions", "liaoning-2019-three-year-action-opinions": "opinions",
      "shaanxi-ankang-2020-consolidation-plan": "plan",
    ])
  }

  @Test func aSecondExportReplacesTheDatabase() throws {
    let path = try scratch() + "/corpus.db"
    #expect(try CommandRunner.run(["export", "-o", path]).status == 0)
    let run = try CommandRunner.run(["export", "-o", path, "corpus/\(Self.hunan).txt"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try SQLiteQuery(path: path).value("SELECT count(*) FROM measures") == "33")
  }

  @Test func commitmentsCSVForExcelOnStandardOutput() throws {
    let run = try CommandRunner.run(["export", "--format", "csv", "--table", "commitments", "--bom"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.unicodeScalars.first == "\u{FEFF}")
    let lines = run.stdout.dropFirst().components(separatedBy: "\r\n")
    #expect(lines.first == "measure_id,ordinal,surface,value,max,from_value,unit,comparator,deadline,deadline_date,deadline_precision,subject,per,kind")
    #expect(lines.count == 1 + 257 + 1)
    #expect(lines.contains("\(Self.hunan)#23,3,1-2所,1,2,,所,range,,,,,每县,standard"))
    // A deadline of a year only is that year's last day, with its precision (pandas would read 2020 as 2020-01-01).
    #expect(lines.contains { $0.hasPrefix("\(Self.hunan)#") && $0.hasSuffix(",2020,2020-12-31,year,新增生态护林员指标,每年,target") })
  }

  @Test func departmentsAsJSONLinesToAFile() throws {
    let path = try scratch() + "/departments.jsonl"
    let run = try CommandRunner.run(["export", "--format", "jsonl", "--table", "departments", "-o", path, "corpus/\(Self.hunan).txt"])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == 82)
    #expect(lines.first { $0.contains("#8\"") } == """
      {"measure_id":"\(Self.hunan)#8","ordinal":1,"name":"省财政厅","surface":"省财政厅","role":"lead","separately":false,\
      "family":"财政","level":"省","renamed_from":null,"renamed_in":null,"inherited_from":null}
      """)
  }

  @Test func anUnreadableInputIsNamedAndTheOthersAreExported() throws {
    let path = try scratch() + "/corpus.db"
    let run = try CommandRunner.run(["export", "-o", path, "missing.txt", "corpus/\(Self.hunan).txt"])
    #expect(run.status == 1)
    #expect(run.stderr == "zhengce: missing.txt: no such file\n")
    #expect(try SQLiteQuery(path: path).value("SELECT count(*) FROM measures WHERE document_id = '\(Self.hunan)'") == "33")
  }

  @Test func anUnwritableOutputIsOneLineAndLeavesThePreviousFile() throws {
    let directory = try scratch()
    let missing = directory + "/no/corpus.db"
    let run = try CommandRunner.run(["export", "-o", missing])
    #expect(run.status == 1)
    #expect(run.stderr == "zhengce: \(missing): cannot write (no directory \(directory)/no)\n")
    let onDirectory = try CommandRunner.run(["export", "--format", "csv", "--table", "measures", "-o", directory])
    #expect(onDirectory.status == 1)
    #expect(onDirectory.stderr == "zhengce: \(directory): cannot write (is a directory)\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == [])
  }

  @Test func optionsThatDoNotFitAreUsageErrors() throws {
    let noTable = try CommandRunner.run(["export", "--format", "csv"])
    #expect(noTable.status == 64)
    #expect(noTable.stderr.hasPrefix("Error: --format csv needs --table (documents, measures, measure_topics, departments, commitments, citations)\n"))
    let noOutput = try CommandRunner.run(["export"])
    #expect(noOutput.status == 64)
    #expect(noOutput.stderr.hasPrefix("Error: --format sqlite needs --output FILE\n"))
    let badTable = try CommandRunner.run(["export", "--format", "jsonl", "--table", "outline"])
    #expect(badTable.status == 64)
  }
}

extension ExportCommandTests {
  /// The query of the README's pandas example runs on an exported database.
  @Test func theReadmePandasQueryRuns() throws {
    let readme = try String(contentsOf: CorpusFixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
    let call = try #require(readme.range(of: "pandas.read_sql(\""))
    let end = try #require(readme.range(of: "\", sqlite3.connect(\"corpus.db\"))", range: call.upperBound..<readme.endIndex))
    let path = try scratch() + "/corpus.db"
    #expect(try CommandRunner.run(["export", "-o", path]).status == 0)
    let rows = try SQLiteQuery(path: path).rows(String(readme[call.upperBound..<end.lowerBound]))
    #expect(rows.count == 44)
    #expect(rows.contains(["湖南省", "财政", "9"]) && rows.contains(["陕西省", "财政", "9"]))
  }
}

extension ExportCommandTests {
  /// A saved page's task table: each row a measure with its 完成时限 and its departments.
  @Test func aTaskTablePageKeepsDueDates() throws {
    let page = try #require(TaskTableCommandTests.page)
    let path = try scratch() + "/tasks.db"
    let run = try CommandRunner.run(["export", "-o", path, page.path])
    #expect(run.status == 0, "\(run.stderr)")
    let db = try SQLiteQuery(path: path)
    #expect(try db.rows("SELECT path, due_text, due_date FROM measures ORDER BY ordinal") == [
      ["前言", nil, nil], ["一", nil, nil], ["二/1", "2020年12月底", "2020-12-31"], ["二/2", "长期坚持", nil], ["二/3", "2020年底", "2020-12-31"],
      ["三", nil, nil],
    ])
    #expect(try db.rows("""
      SELECT p.name, p.role FROM departments AS p JOIN measures AS m ON m.id = p.measure_id WHERE m.path = '二/1' ORDER BY p.ordinal
      """) == [["省乡村振兴局", "lead"], ["省民政厅", "support"], ["省人力资源和社会保障厅", "support"]])
    #expect(try db.rows("SELECT format, plugin FROM documents") == [["html", "hunan"]])
  }
}

extension ExportCommandTests {
  /// Lists are lists in JSON Lines and the typed stream, and joined by `;` (once) in CSV:
  /// Xiangxi's two issuers, and the topics of Nanning's 二/(二)/—— (教育扶贫工作, which also
  /// speaks of 就业创业).
  @Test func listsAreArraysInJSONAndJoinedOnceInCSV() throws {
    let xiangxi = "hunan-xiangxi-2016-precision-poverty-opinions"
    let issuers = ["中共湘西自治州委", "湘西自治州人民政府"]
    let measure = "guangxi-nanning-2015-precision-poverty-plan#6"
    let topics = ["教育扶贫", "就业扶贫"]
    func objects(_ table: String) throws -> [[String: Any]] {
      let run = try CommandRunner.run(["export", "--format", "jsonl", "--table", table, "corpus"])
      #expect(run.status == 0, "\(run.stderr)")
      return try run.stdout.split(separator: "\n").map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    let documents = try objects("documents")
    #expect(documents.allSatisfy { $0["issuers"] is [String] })
    #expect(documents.first { $0["id"] as? String == xiangxi }?["issuers"] as? [String] == issuers)
    let measures = try objects("measures")
    #expect(measures.count == 300 && measures.allSatisfy { $0["topics"] is [String] })
    #expect(measures.first { $0["id"] as? String == measure }?["topics"] as? [String] == topics)

    let stream = try CommandRunner.run(["export", "--format", "stream", "corpus"])
    let rows = try stream.stdout.split(separator: "\n").compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    #expect(rows.first { ($0["row"] as? [Any])?.first as? String == xiangxi }?["row"].flatMap { ($0 as? [Any])?.last } as? [String] == issuers)

    let csv = try CommandRunner.run(["export", "--format", "csv", "--table", "measures", "corpus"])
    let table = CSV.parse(csv.stdout)
    let column = try #require(table.first?.firstIndex(of: "topics"))
    #expect(table.first { $0.first == measure }?[column] == topics.joined(separator: ";"))
  }
}
