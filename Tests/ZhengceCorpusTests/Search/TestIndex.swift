import Foundation
import ZhengceCorpus
import ZhengceSearch
import ZhengceTestSupport

/// Builds throwaway indexes of policy records (`IndexRecord`, `PolicySchema`) for tests.
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
    _ records: [IndexRecord], at dir: String? = nil, positions: Bool = true, segments: Int = 1
  ) throws -> IndexReader {
    guard let dir else {
      let temp = temporaryDirectory()
      defer { remove(temp) }
      return try build(records, at: temp, positions: positions, segments: segments)
    }
    let writer = IndexWriter(positions: positions)
    // Several parts exercise the merge at commit; each holds a contiguous run of records.
    let chunk = max(1, (records.count + segments - 1) / segments)
    let parts = (records.count + chunk - 1) / chunk
    writer.add(parts: parts) { k, add in
      for r in records[(k * chunk)..<min(records.count, (k + 1) * chunk)] { add(r) }
    }
    try writer.commit(to: IndexDirectory(path: dir))
    return try IndexReader(directory: dir)
  }

  static func ids(_ reader: IndexReader, _ query: String, limit: Int = 0) throws -> [String] {
    try Searcher(reader: reader, schema: PolicySchema.schema).search(try QueryParser.policy.parse(query), limit: limit).hits.map { reader.id($0.doc) }
  }

  static func total(_ reader: IndexReader, _ query: String) throws -> Int {
    try Searcher(reader: reader, schema: PolicySchema.schema).search(try QueryParser.policy.parse(query), limit: 1).total
  }

  /// The bundled corpus parsed into records (cached per process).
  static let corpusRecords: [IndexRecord] = {
    guard let dir = CorpusFiles.bundledDirectory(), let parser = try? PluginSetup.parser() else { return [] }
    let files = CorpusFiles.expand([dir])
    return CorpusParser(parser: parser).parse(files).enumerated().flatMap { i, result -> [IndexRecord] in
      guard case .success(let r) = result else { return [] }
      return IndexRecord.records(of: r.document, source: files[i])
    }
  }()

  /// A substring of `lengths` scalars (fewer for a shorter text) of a random corpus record's text.
  static func randomTerm(lengths: ClosedRange<Int>, using random: inout SeededRandom) -> String {
    let texts = corpusTexts
    let scalars = texts[Int.random(in: 0..<texts.count, using: &random)]
    let n = min(scalars.count, Int.random(in: lengths, using: &random))
    let start = Int.random(in: 0...(scalars.count - n), using: &random)
    return String(String.UnicodeScalarView(scalars[start..<(start + n)]))
  }

  private static let corpusTexts = corpusRecords.map { Array($0.text.unicodeScalars) }

  static let corpusReader: IndexReader? = try? build(corpusRecords, segments: 3)
  static let corpusReaderWithoutPositions: IndexReader? = try? build(corpusRecords, positions: false)

  static func corpusReader(positions: Bool) -> IndexReader? {
    positions ? corpusReader : corpusReaderWithoutPositions
  }

  /// An index of the bundled corpus `copies` times over, copy k cut to (copies − k)/copies
  /// of each measure's text after its heading: lists of common bigrams run
  /// past a thousand documents, with lengths and frequencies that vary.
  static let copies = 40
  static let corpusCopiesReader: IndexReader? = try? TestIndex.build(corpusCopies, segments: 3)

  /// The records of `corpusCopiesReader`.
  static let corpusCopies: [IndexRecord] = {
    var records: [IndexRecord] = []
    for copy in 0..<copies {
      for var r in TestIndex.corpusRecords {
        let scalars = Array(r.text.unicodeScalars)
        let heading = r.text.hasPrefix(r.heading) ? r.heading.unicodeScalars.count : 0
        let keep = heading + (scalars.count - heading) * (copies - copy) / copies
        r.id += "~\(copy)"
        r.text = String(String.UnicodeScalarView(scalars.prefix(max(1, keep))))
        records.append(r)
      }
    }
    return records
  }()
}
