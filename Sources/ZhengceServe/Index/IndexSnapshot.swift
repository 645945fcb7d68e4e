import ZhengceCore
import ZhengceCorpus
import ZhengceSearch

/// One generation of the index as the server answers from it. A request
/// takes the current snapshot once and uses only it, so a request in flight
/// when `zhengce index` publishes a new generation finishes on the old one.
final class IndexSnapshot: Sendable {
  let reader: IndexReader
  let searcher: Searcher
  /// Document id → the source file the index read it from. Requests name a
  /// document by id only; the path comes from here, never from the request.
  let sources: [String: SourceEntry]
  /// Department names and families in the index, most used first (suggestions).
  let departmentSuggestions: [String]
  /// Document titles → ids, read from each document's first record, for linking citations.
  let documentsByTitle: [String: String]

  /// Reads the facet counts and each document's first record, so the
  /// dictionary, postings and records are checked before a request is served.
  /// - Throws: `IndexError.corrupt` naming a damaged part.
  init(reader: IndexReader) throws(IndexError) {
    self.reader = reader
    let searcher = Searcher(reader: reader, schema: PolicySchema.schema)
    self.searcher = searcher
    var sources: [String: SourceEntry] = [:]
    for entry in reader.meta.sources {
      for id in entry.documents { sources[id] = entry }
    }
    self.sources = sources
    let counts = try searcher.search(.all, limit: 1, facets: true, facetFields: [.family, .department]).facets
    departmentSuggestions = counts.flatMap { $0.values.prefix(400).map(\.value) }
    var titles: [String: String] = [:]
    var previous = ""
    for d in reader.liveRecords {
      let document = Self.document(ofMeasure: reader.id(d))
      guard document != previous else { continue }
      previous = document
      let record = try reader.record(d, as: IndexRecord.self)
      if !record.title.isEmpty, titles[record.title] == nil { titles[record.title] = document }
    }
    documentsByTitle = titles
  }

  /// The generation directory, which identifies the snapshot.
  var generation: String { reader.path }

  /// `doc#12` → `doc`: a measure id is its document's id, `#` and its ordinal.
  static func document(ofMeasure id: String) -> String {
    guard let hash = id.lastIndex(of: "#") else { return id }
    return String(id[..<hash])
  }

  /// What a query matches, as the documents that hold it (in index order, each once) and the measure ids.
  /// - Throws: `WebError.internalError` with the message of a damaged part of the index.
  func matches(_ query: Query) throws(WebError) -> (documents: [String], measures: Set<String>) {
    var documents: [String] = []
    var seen = Set<String>()
    var measures = Set<String>()
    let hits: [SearchHit]
    do { hits = try searcher.search(query, limit: 0).hits } catch { throw .internalError("\(error)") }
    for d in hits.map(\.doc).sorted() {
      let measure = reader.id(d)
      measures.insert(measure)
      let document = Self.document(ofMeasure: measure)
      if seen.insert(document).inserted { documents.append(document) }
    }
    return (documents, measures)
  }

  /// The sources of `documents` known to the index, in the order given, without repeats.
  func sourceList(_ documents: [String]) -> [(id: String, entry: SourceEntry)] {
    var seen = Set<String>()
    return documents.compactMap { id in
      guard seen.insert(id).inserted, let entry = sources[id] else { return nil }
      return (id, entry)
    }
  }
}

extension IndexSnapshot {
  /// Citations that name a document in the index by its title, with that document's id.
  func citedDocuments(_ citations: [Citation]) -> [Citation: String] {
    var out: [Citation: String] = [:]
    for c in citations {
      guard let title = c.title, let id = documentsByTitle[title] else { continue }
      out[c] = id
    }
    return out
  }
}
