import Foundation
import Testing
import ZhengceCore
import ZhengceCorpus
import ZhengceTestSupport

/// A failed export leaves the previous output byte for byte, and no temporary file behind.
@Suite struct ExportAtomicityTests {
  typealias F = ExportFixtures

  private struct Interrupted: Error {}

  @Test func aFailureMidwayLeavesThePreviousDatabase() throws {
    let directory = try F.scratchDirectory()
    let path = directory + "/corpus.db"
    _ = try F.export(SQLiteExport(path: path))
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(throws: Interrupted.self) {
      try Export.run(SQLiteExport(path: path)) { feed in
        try feed.add(CompareCorpus.documents[0])
        throw Interrupted()
      }
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["corpus.db"])
    #expect(try SQLiteQuery(path: path).value("SELECT count(*) FROM measures") == "300")  // 294 numbered, 6 preamble
  }

  @Test func aFailureMidwayLeavesThePreviousCSV() throws {
    let directory = try F.scratchDirectory()
    let path = directory + "/measures.csv"
    try Data("old\r\n".utf8).write(to: URL(fileURLWithPath: path))
    #expect(throws: Interrupted.self) {
      try Export.run(TableTextExport(table: .measures, format: .csv, output: path)) { feed in
        for document in CompareCorpus.documents.prefix(2) { try feed.add(document) }
        throw Interrupted()
      }
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\r\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["measures.csv"])
  }

  @Test func aSQLiteErrorRollsTheWholeFileBack() throws {
    let directory = try F.scratchDirectory()
    let path = directory + "/corpus.db"
    try Data("previous".utf8).write(to: URL(fileURLWithPath: path))
    // Two measures with one id break the primary key on the second insert.
    let source = SourceInfo(path: "d.txt", format: .text, encoding: "utf-8", sha256: "00")
    let twice = Measure(id: "d#1", path: ["一"], heading: "", text: "x", span: TextSpan(start: 0, end: 1))
    let document = ParsedDocument(id: "d", source: source, title: "T", measures: [twice, twice])
    #expect {
      try Export.run(SQLiteExport(path: path)) { feed in try feed.add(document) }
    } throws: { error in
      "\(error)".hasPrefix("\(path): SQLite error: UNIQUE constraint failed: measures.id")
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "previous")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["corpus.db"])
  }

  @Test func anOutputInAMissingDirectoryOrOnADirectoryIsNamed() throws {
    let directory = try F.scratchDirectory()
    #expect(throws: ExportError.output(path: directory + "/no/such/corpus.db", reason: "no directory \(directory)/no/such")) {
      try SQLiteExport(path: directory + "/no/such/corpus.db")
    }
    #expect(throws: ExportError.output(path: directory, reason: "is a directory")) {
      try TableTextExport(table: .measures, format: .csv, output: directory)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == [])
  }

  @Test func aSecondFileWithTheSameIdIsSkippedAndNamed() throws {
    let path = try F.scratchDirectory() + "/corpus.db"
    let one = ParsedDocument(id: "d", source: SourceInfo(path: "a/d.txt", format: .text, encoding: "utf-8", sha256: "01"), title: "A")
    var other = one
    other.source = SourceInfo(path: "b/d.txt", format: .text, encoding: "utf-8", sha256: "02")
    var same = one
    same.source.path = "./a/d.txt"
    let skipped = try Export.run(SQLiteExport(path: path)) { feed in
      for document in [one, same, other] { try feed.add(document) }
    }
    #expect(skipped == [.duplicateDocument(id: "d", path: "b/d.txt", firstPath: "a/d.txt")])
    #expect("\(skipped[0])" == "b/d.txt: skipped, document id 'd' is already taken by a/d.txt")
    #expect(try SQLiteQuery(path: path).rows("SELECT id, path, title FROM documents") == [["d", "a/d.txt", "A"]])
  }
}

extension ExportAtomicityTests {
  @Test func temporariesOfAKilledExportAreRemovedOnTheNextOne() throws {
    let directory = try F.scratchDirectory()
    // No process has id 2^22 + 1 on Linux (pid_max is at most 2^22).
    let stale = directory + "/.corpus.db.tmp-4194305-7"
    let alive = directory + "/.corpus.db.tmp-\(getpid())-7"
    let unrelated = directory + "/.other.db.tmp-4194305-7"
    for path in [stale, alive, unrelated] { try Data("partial".utf8).write(to: URL(fileURLWithPath: path)) }
    _ = try Export.run(SQLiteExport(path: directory + "/corpus.db")) { feed in try feed.add(CompareCorpus.documents[0]) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == [
      ".corpus.db.tmp-\(getpid())-7", ".other.db.tmp-4194305-7", "corpus.db",
    ])
  }
}
