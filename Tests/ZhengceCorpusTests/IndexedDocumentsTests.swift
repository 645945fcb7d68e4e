import Foundation
import Testing
import ZhengceCore
@testable import ZhengceCorpus
import ZhengceSearch
import ZhengceTestSupport

/// The documents an index stores come back equal to the parse, whole or with
/// the measures asked for; an update carries unchanged ones over as they were.
@Suite struct IndexedDocumentsTests {
  private static func temporaryDirectory() -> String {
    NSTemporaryDirectory() + "zhengce-stored-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
  }

  /// The bundled corpus parsed the way the index parses it, by id.
  private static func parsed(_ files: [String]) throws -> [String: ParsedDocument] {
    var out: [String: ParsedDocument] = [:]
    for result in CorpusParser(parser: try PluginSetup.parser()).parse(files, ids: CorpusFiles.documentIDs(files)) {
      if case .success(let r) = result { out[r.document.id] = r.document }
    }
    return out
  }

  @Test func everyDocumentComesBackAsParsed() throws {
    let corpus = try #require(CorpusFiles.bundledDirectory())
    let dir = Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    _ = try CorpusIndexer(parser: CorpusParser(parser: try PluginSetup.parser()), builder: "test").update(IndexDirectory(path: dir), paths: [corpus])
    let documents = IndexedDocuments(try IndexReader(directory: dir))
    let files = CorpusFiles.expand([corpus]).map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    let expected = try Self.parsed(files)
    var read: [ParsedDocument] = []
    try documents.forEach { read.append($0) }
    #expect(read.map(\.id) == files.map(SourceText.stem(of:)))
    for document in read {
      #expect(document == expected[document.id], "\(document.id)")
    }
    #expect(read.reduce(0) { $0 + $1.measures.count } == documents.reader.documentCount)
  }

  @Test func aTransformSeesEveryDocumentInOrderAndTheOutlineCanStayUnread() throws {
    let corpus = try #require(CorpusFiles.bundledDirectory())
    let dir = Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    _ = try CorpusIndexer(parser: CorpusParser(parser: try PluginSetup.parser()), builder: "test").update(IndexDirectory(path: dir), paths: [corpus])
    let files = CorpusFiles.expand([corpus]).map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    let expected = try Self.parsed(files)
    var read: [String] = []
    try IndexedDocuments(try IndexReader(directory: dir)).forEach(outline: false, transform: { ($0.outline.isEmpty, $0) }) {
      unread, document in
      #expect(unread, "\(document.id)")
      var whole = document
      whole.outline = expected[document.id]?.outline ?? []
      #expect(whole == expected[document.id], "\(document.id)")
      read.append(document.id)
    }
    #expect(read == files.map(SourceText.stem(of:)))
  }

  @Test func selectedMeasuresComeAloneAndInOrder() throws {
    let corpus = try #require(CorpusFiles.bundledDirectory())
    let dir = Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    _ = try CorpusIndexer(parser: CorpusParser(parser: try PluginSetup.parser()), builder: "test").update(IndexDirectory(path: dir), paths: [corpus])
    let reader = try IndexReader(directory: dir)
    let documents = IndexedDocuments(reader)
    let records: [Int32] = [40, 3, 41, 3, Int32(reader.documentCount - 1)]
    var read: [ParsedDocument] = []
    try documents.forEach(selecting: records, everyDocument: false) { read.append($0) }
    #expect(read.flatMap { $0.measures.map(\.id) } == [3, 40, 41, reader.documentCount - 1].map { reader.id(Int32($0)) })
    #expect(read.allSatisfy { $0.outline.isEmpty && $0.citations.isEmpty && !$0.measures.isEmpty })
    var every: [ParsedDocument] = []
    try documents.forEach(selecting: [], everyDocument: true) { every.append($0) }
    #expect(every.count == 5 && every.allSatisfy(\.measures.isEmpty))
    #expect(every.map(\.id) == CorpusFiles.expand([corpus]).map(SourceText.stem(of:)))
  }

  @Test func anUpdateCarriesUnchangedDocumentsOverAsStored() throws {
    let corpus = try #require(CorpusFiles.bundledDirectory())
    let work = Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: work) }
    try FileManager.default.createDirectory(atPath: work + "/docs", withIntermediateDirectories: true)
    for stem in [CorpusFixtures.hunan, CorpusFixtures.nanning] {
      try FileManager.default.copyItem(atPath: corpus + "/\(stem).txt", toPath: work + "/docs/\(stem).txt")
    }
    let directory = IndexDirectory(path: work + "/index")
    let indexer = CorpusIndexer(parser: CorpusParser(parser: try PluginSetup.parser()), builder: "test")
    _ = try indexer.update(directory, paths: [work + "/docs"])
    func stored() throws -> [String: StoredDocument] {
      let documents = try IndexReader(directory: directory.path).storedDocuments
      var out: [String: StoredDocument] = [:]
      for k in 0..<documents.count {
        let entry = try documents.entry(k)
        out[entry.id] = entry.document
      }
      return out
    }
    let before = try stored()
    let hunan = work + "/docs/\(CorpusFixtures.hunan).txt"
    let text = try String(contentsOfFile: hunan, encoding: .utf8)
    try text.replacingOccurrences(of: "易地扶贫搬迁", with: "易地扶贫迁移").write(toFile: hunan, atomically: true, encoding: .utf8)
    let update = try indexer.update(directory, paths: [work + "/docs"])
    #expect((update.parsed, update.unchanged) == (1, 1))
    let after = try stored()
    #expect(after[CorpusFixtures.nanning] == before[CorpusFixtures.nanning])
    #expect(after[CorpusFixtures.hunan] != before[CorpusFixtures.hunan])
    var read: [ParsedDocument] = []
    try IndexedDocuments(try IndexReader(directory: directory.path)).forEach { read.append($0) }
    let fresh = try Self.parsed([hunan, work + "/docs/\(CorpusFixtures.nanning).txt"])
    #expect(read.count == 2 && read.allSatisfy { $0 == fresh[$0.id] })
  }

  @Test func aDocumentOfAnotherContractVersionIsNamed() throws {
    let dir = Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    var head = try JSONSerialization.jsonObject(
      with: JSONEncoder().encode(ParsedDocument(id: "old", source: SourceInfo(path: "old.txt", format: .text, encoding: "utf-8", sha256: ""), title: nil)))
      as? [String: Any] ?? [:]
    head["schemaVersion"] = 1
    let writer = IndexWriter()
    writer.store(StoredDocument(id: "old", parts: [Array(try JSONSerialization.data(withJSONObject: head)), Array("[]".utf8), Array("[]".utf8)]), records: 0)
    try writer.commit(to: IndexDirectory(path: dir))
    let reader = try IndexReader(directory: dir)
    #expect {
      try IndexedDocuments(reader).forEach { _ in }
    } throws: { error in
      // Not called damaged: sound, but written by another zhengce.
      (error as? IndexError).map { if case .outdated = $0 { true } else { false } } == true
        && "\(error)".hasPrefix(
          "\(reader.path)/stored.zx: built by another version of zhengce (document old: schemaVersion: schemaVersion 1 is not supported")
        && "\(error)".hasSuffix("); rebuild with zhengce index")
    }
  }
}
