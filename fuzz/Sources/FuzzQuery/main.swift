import FuzzSupport
import ZhengceCorpus
import ZhengceSearch

// The query language and the `--batch` protocol: each input is parsed both as a
// query and as a batch line, and what parses is run against a small index.
let searcher = Searcher(reader: openFuzzIndex(), schema: PolicySchema.schema)
runFuzzer { bytes in
  let text = String(decoding: bytes, as: UTF8.self)
  if let query = try? QueryParser.policy.parse(text) {
    search(query, limit: 3, facets: true)
  }
  if case .success(let batch) = BatchQuery.parse(bytes) {
    search(batch.query, limit: batch.limit)
  }
}

/// A search of the sound index: it throws only for a damaged part, so a throw here is a finding.
func search(_ query: Query, limit: Int, facets: Bool = false) {
  do {
    _ = try searcher.search(query, limit: limit, facets: facets)
  } catch {
    fatalError("fuzz: a search of a sound index failed: \(error)")
  }
}

func openFuzzIndex() -> IndexReader {
  do {
    return try IndexReader(directory: FuzzIndex.write())
  } catch {
    fatalError("fuzz: cannot open the index: \(error)")
  }
}
