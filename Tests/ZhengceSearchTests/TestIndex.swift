import Foundation
@testable import ZhengceSearch

/// Builds throwaway indexes for tests.
enum TestIndex {
  static func temporaryDirectory(_ name: String = #function) -> String {
    let dir = NSTemporaryDirectory() + "zhengce-search-tests-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  static func remove(_ dir: String) { try? FileManager.default.removeItem(atPath: dir) }

  /// Builds an index of `records`; without `dir`, in a temporary directory that is
  /// removed once the reader has mapped it (the mapping outlives the files).
  static func build(
    _ records: [TestRecord], at dir: String? = nil, positions: Bool = true, segments: Int = 1
  ) throws -> IndexReader {
    guard let dir else {
      let temp = temporaryDirectory()
      defer { remove(temp) }
      return try build(records, at: temp, positions: positions, segments: segments)
    }
    let writer = IndexWriter(positions: positions)
    // Several segments exercise the merge at commit; each holds a contiguous run of records.
    let chunk = max(1, (records.count + segments - 1) / segments)
    for start in stride(from: 0, to: records.count, by: chunk) {
      writer.startSegment()
      for r in records[start..<min(records.count, start + chunk)] { writer.add(r) }
    }
    try writer.commit(to: IndexDirectory(path: dir))
    return try IndexReader(directory: dir)
  }

  static func ids(_ reader: IndexReader, _ query: String, limit: Int = 0) throws -> [String] {
    try Searcher(reader: reader).search(try TestSchema.parser.parse(query), limit: limit).hits.map { reader.id($0.doc) }
  }

  static func total(_ reader: IndexReader, _ query: String) throws -> Int {
    try Searcher(reader: reader).search(try TestSchema.parser.parse(query), limit: 1).total
  }
}
