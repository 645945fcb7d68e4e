import Foundation
import Testing
import ZhengceCorpus
import ZhengceSearch

/// The benchmark protocol: records files in, one answer line per query out.
@Suite struct BatchProtocolTests {
  @Test func recordsFileReadsFlatObjects() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    let path = dir + "/records.jsonl"
    let lines = [
      #"{"id": "r1", "province": "湖南省", "doc": "d1", "text": "深度贫困\"县\"\n\u5e74", "extra": [1, {"a": "}"}]}"#,
      "",
      #"{"id":"r2","province":null,"doc":"d2","text":"易地扶贫搬迁","score":1.5}"#,
    ]
    try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    let records = try RecordsFile.read(path)
    #expect(records == [
      IndexRecord(id: "r1", document: "d1", province: "湖南省", text: "深度贫困\"县\"\n年"),
      IndexRecord(id: "r2", document: "d2", province: nil, text: "易地扶贫搬迁"),
    ])
  }

  @Test func badRecordNamesFileAndLine() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    let path = dir + "/bad.jsonl"
    try "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": 3, \"text\": \"y\"}\n".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(throws: IndexError.io(path: path + ":2", reason: "record needs string \"id\" and \"text\"")) {
      try RecordsFile.read(path)
    }
  }

  @Test func largeRecordsFileKeepsOrderAndCountsLinesAcrossParts() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    let path = dir + "/many.jsonl"
    let good = (1...3000).map { #"{"id": "r\#($0)", "text": "第\#($0)条"}"# }
    try good.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    let records = try RecordsFile.read(path)
    #expect(records.map(\.id) == (1...3000).map { "r\($0)" })
    #expect(records.last?.text == "第3000条")

    let bad = dir + "/late-bad.jsonl"
    try (good + ["{\"id\": \"x\"", "{\"id\": \"y\", \"text\": \"z\"}"]).joined(separator: "\n")
      .write(toFile: bad, atomically: true, encoding: .utf8)
    #expect(throws: IndexError.io(path: bad + ":3001", reason: "not a JSON object")) {
      try RecordsFile.read(bad)
    }
  }

  @Test func recordsFileStreamsIntoAWriterInOrder() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    let path = dir + "/many.jsonl"
    let lines = (1...3000).map { n in #"{"id": "r\#(n)", "text": "\#(n % 7 == 0 ? "易地扶贫搬迁" : "产业扶贫")第\#(n)项"}"# }
    try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    let writer = IndexWriter()
    try RecordsFile.add(path, to: writer)
    #expect(writer.count == 3000)
    try writer.commit(to: IndexDirectory(path: dir + "/index"))
    let reader = try IndexReader(directory: dir + "/index")
    #expect((0..<3000).map { reader.id(Int32($0)) } == (1...3000).map { "r\($0)" })
    #expect(try TestIndex.ids(reader, "搬迁").sorted() == (1...3000).filter { $0 % 7 == 0 }.map { "r\($0)" }.sorted())

    let bad = dir + "/bad.jsonl"
    try (lines + ["{\"id\": \"x\"}"]).joined(separator: "\n").write(toFile: bad, atomically: true, encoding: .utf8)
    #expect(throws: IndexError.io(path: bad + ":3001", reason: "record needs string \"id\" and \"text\"")) {
      try RecordsFile.add(bad, to: IndexWriter())
    }
  }

  @Test func aNonStringDocOrProvinceOrAMisspelledNullIsNamed() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    let path = dir + "/bad.jsonl"
    try "{\"id\": \"a\", \"text\": \"x\", \"province\": 5}\n".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(throws: IndexError.io(path: path + ":1", reason: "\"province\" must be a string or null")) { try RecordsFile.read(path) }
    try "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\", \"text\": \"y\", \"doc\": [\"d\"]}\n".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(throws: IndexError.io(path: path + ":2", reason: "\"doc\" must be a string or null")) { try RecordsFile.read(path) }
    try "{\"id\": \"a\", \"text\": \"x\", \"province\": nope}\n".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(throws: IndexError.io(path: path + ":1", reason: "not a JSON object")) { try RecordsFile.read(path) }
  }

  @Test func queriesParseAndAnswer() throws {
    guard case .success(let q) = BatchQuery.parse(#"{"terms": ["扶贫", "搬迁"], "province": null, "limit": 0, "k": 1}"#) else {
      Issue.record("did not parse")
      return
    }
    #expect(q == BatchQuery(terms: ["扶贫", "搬迁"], province: nil, limit: 0))
    #expect(q.query == .and([.term("扶贫"), .term("搬迁")]))
    guard case .failure = BatchQuery.parse(#"{"terms": "扶贫"}"#) else {
      Issue.record("accepted a bad query")
      return
    }
    #expect(BatchQuery.answer(ids: ["a\"1", "b"], total: 7) == #"{"ids": ["a\"1", "b"], "total": 7}"#)
  }

  @Test func answersRankAndCountExactly() throws {
    let reader = try TestIndex.build([
      IndexRecord(id: "x1", document: "d", province: "湖南省", text: "扶贫"),
      IndexRecord(id: "x2", document: "d", province: "湖南省", text: "扶贫扶贫,扶贫"),
      IndexRecord(id: "x3", document: "d", province: "陕西省", text: "扶贫搬迁"),
    ])
    let searcher = Searcher(reader: reader, schema: PolicySchema.schema)
    let all = try searcher.search(BatchQuery(terms: ["扶贫"], limit: 0).query, limit: 0)
    #expect(all.total == 3)
    #expect(all.hits.map { reader.id($0.doc) } == ["x2", "x1", "x3"])
    #expect(try searcher.search(BatchQuery(terms: [""], limit: 0).query, limit: 0).total == 3)
    let one = try searcher.search(BatchQuery(terms: ["扶贫"], province: "湖南省", limit: 1).query, limit: 1)
    #expect(one.total == 2 && one.hits.map { reader.id($0.doc) } == ["x2"])
  }

  /// The batch protocol's province reads like the CLI's `province:` (issue 20: 湖南 was refused where 湖南省 worked).
  @Test func provinceReadsLikeTheCommandLine() throws {
    let reader = try TestIndex.build([
      IndexRecord(id: "a", document: "d", province: "湖南省", text: "深度贫困县"),
      IndexRecord(id: "b", document: "d", province: "陕西省", text: "贫"),
      IndexRecord(id: "c", document: "d", province: "陕西省", text: "扶贫"),
    ])
    let searcher = Searcher(reader: reader, schema: PolicySchema.schema)
    #expect(try searcher.search(BatchQuery(terms: ["贫"], province: "陕西省").query, limit: 0).total == 2)
    #expect(try searcher.search(BatchQuery(terms: ["贫"], province: "陕西").query, limit: 0).total == 2)
    #expect(
      try searcher.search(BatchQuery(terms: ["贫"], province: "陕西").query, limit: 0).total
        == searcher.search(try QueryParser.policy.parse("贫 province:陕西"), limit: 0).total)
    #expect(try searcher.search(BatchQuery(terms: ["深度", "县"], province: nil).query, limit: 0).total == 1)
  }
}
