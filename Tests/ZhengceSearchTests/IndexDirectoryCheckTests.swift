import Foundation
import Testing
@testable import ZhengceSearch

/// Where an index may be written and read: never over a file or into someone's folder.
@Suite struct IndexDirectoryCheckTests {
  static let records = [TestRecord(id: "r1", document: "d", province: nil, text: "扶贫")]

  @Test func aFileIsNeitherWrittenNorReadAsAnIndex() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    let file = dir + "/notes.txt"
    try "x".write(toFile: file, atomically: true, encoding: .utf8)
    #expect(throws: IndexError.io(path: file, reason: "is a file, not an index directory")) {
      try IndexWriter().commit(to: IndexDirectory(path: file))
    }
    #expect(throws: IndexError.io(path: file, reason: "is a file, not an index directory")) {
      try IndexReader(directory: file)
    }
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "x")
  }

  @Test func aFileOnThePathOfANewIndexIsNamed() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    try "x".write(toFile: dir + "/notes.txt", atomically: true, encoding: .utf8)
    let target = dir + "/notes.txt/index/a"
    #expect(throws: IndexError.io(path: target, reason: "cannot create directory: \(dir)/notes.txt is a file")) {
      try IndexWriter().commit(to: IndexDirectory(path: target))
    }
  }

  @Test(.enabled(if: getuid() != 0, "root writes whatever the mode"))
  func aReadOnlyFolderIsNamed() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    chmod(dir, 0o555)
    defer { chmod(dir, 0o755) }
    #expect(throws: IndexError.io(path: dir + "/idx", reason: "cannot create directory: no permission to write in \(dir)")) {
      try IndexWriter().commit(to: IndexDirectory(path: dir + "/idx"))
    }
    #expect(throws: IndexError.io(path: dir, reason: "cannot write in it (Permission denied)")) {
      try IndexWriter().commit(to: IndexDirectory(path: dir))
    }
  }

  @Test func aFolderHoldingOtherFilesIsRefusedBeforeAnythingIsWritten() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    try "x".write(toFile: dir + "/gen-notes.txt", atomically: true, encoding: .utf8)
    try "y".write(toFile: dir + "/报告.txt", atomically: true, encoding: .utf8)
    let writer = IndexWriter()
    writer.add(contentsOf: Self.records)
    #expect(throws: IndexError.io(path: dir, reason: "not an index directory (it holds 报告.txt); name a new or empty directory")) {
      try writer.commit(to: IndexDirectory(path: dir))
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["gen-notes.txt", "报告.txt"])
  }

  @Test func anEmptyFolderOrAnIndexTakesANewGeneration() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    _ = try TestIndex.build(Self.records, at: dir)
    _ = try TestIndex.build(Self.records, at: dir)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["CURRENT", "LOCK", "gen-000002"])
  }

  @Test func aCurrentPointerNamingNoGenerationIsCorrupt() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    try "garbage\n".write(toFile: dir + "/CURRENT", atomically: true, encoding: .utf8)
    #expect(throws: IndexError.corrupt(path: dir + "/CURRENT", reason: "names no generation")) {
      try IndexReader(directory: dir)
    }
  }

  @Test func ownTemporariesAreRemovedAndOthersKept() throws {
    let dir = TestIndex.temporaryDirectory()
    defer { TestIndex.remove(dir) }
    let own = dir + "/.tmp-\(getpid())-7"
    let other = dir + "/.tmp-1-7"
    for d in [own, other] { try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true) }
    IndexDirectory(path: dir).removeOwnTemporaries()
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == [".tmp-1-7"])
  }
}
