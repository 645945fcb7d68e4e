import Foundation
import FuzzSupport
import ZhengceCorpus
import ZhengceSearch

// The index reader on mutated index files. The first byte of an input picks a
// file of a real generation, the rest replaces it; the reader must refuse the
// generation or answer queries over it without crashing.
let directory = FuzzIndex.write()
let generation = IndexDirectory(path: directory).currentGeneration() ?? directory
let files = ((try? FileManager.default.contentsOfDirectory(atPath: generation)) ?? []).sorted()
let originals = files.map { FileManager.default.contents(atPath: generation + "/" + $0) ?? Data() }
let queries = ["贫困", "\"易地扶贫搬迁\" OR 教育", "province:湖南 -学生", "COVID-19", "率"].compactMap { try? QueryParser.policy.parse($0) }
// The files are each a few hundred bytes: a seed is one of them with its file number in front.
if CommandLine.arguments.contains("-print-seeds") {
  for (i, data) in originals.enumerated() { FileManager.default.createFile(atPath: "seed-\(files[i])", contents: Data([UInt8(i)]) + data) }
  exit(0)
}
runFuzzer { bytes in
  guard let which = bytes.first, !files.isEmpty else { return }
  let i = Int(which) % files.count
  let path = generation + "/" + files[i]
  FileManager.default.createFile(atPath: path, contents: Data(bytes.dropFirst()))
  defer { FileManager.default.createFile(atPath: path, contents: originals[i]) }
  guard let reader = try? IndexReader(directory: directory) else { return }
  let searcher = Searcher(reader: reader, schema: PolicySchema.schema)
  // A damaged part is refused when a query first reads it: an error, never a crash.
  for query in queries { _ = try? searcher.search(query, limit: 3, facets: true) }
  _ = try? reader.allRecords(as: IndexRecord.self)
}
