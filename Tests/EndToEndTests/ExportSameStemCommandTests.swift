import Foundation
import Testing
import ZhengceTestSupport

/// Files sharing a name in different folders are all exported, told apart by folder.
@Suite struct ExportSameStemCommandTests {
  @Test func sameStemInTwoFoldersKeepsBothUnderQualifiedIDs() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try scratch.write("docs/湖南/通知.txt", try CorpusFixtures.bytes(CorpusFixtures.hunan))
    try scratch.write("docs/陕西/通知.txt", try CorpusFixtures.bytes(CorpusFixtures.ankang))
    try scratch.write("docs/辽宁.txt", try CorpusFixtures.bytes(CorpusFixtures.liaoning))
    let run = try CommandRunner.run(["export", "-o", "out.db", "docs"], in: scratch.url)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr == "")
    let db = try SQLiteQuery(path: scratch.path + "/out.db")
    #expect(try db.value("SELECT group_concat(id || '=' || path, ' ') FROM (SELECT * FROM documents ORDER BY id)")
      == "湖南/通知=docs/湖南/通知.txt 辽宁=docs/辽宁.txt 陕西/通知=docs/陕西/通知.txt")
    #expect(try db.value("SELECT count(*) FROM measures WHERE document_id = '湖南/通知'") == "33")
    #expect(try db.value("SELECT count(*) FROM measures WHERE document_id = '陕西/通知'") == "144")
    #expect(try db.value("SELECT min(id) FROM measures WHERE document_id = '湖南/通知'") == "湖南/通知#1")
  }
}
